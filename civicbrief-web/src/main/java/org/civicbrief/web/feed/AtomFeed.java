package org.civicbrief.web.feed;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.civicbrief.store.Store;
import org.civicbrief.store.briefing.BriefingSummary;
import org.civicbrief.web.http.Links;

/**
 * {@code GET /feed.atom}: the fifty latest published briefings as an Atom feed (RFC 4287). An
 * entry's {@code published} is the first publication, its {@code updated} the last review change.
 * Text is escaped by the XML writer; characters XML cannot hold are replaced.
 */
public final class AtomFeed {

  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final Store store;
  private final Supplier<String> base;
  private final Instant started;
  private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

  /** The feed of {@code store}, with links under the URL {@code base} gives. */
  public AtomFeed(Store store, Supplier<String> base, Instant started) {
    this.store = store;
    this.base = base;
    this.started = started;
  }

  /** Registers {@code GET /feed.atom}. */
  public void register(RoutesConfig routes) {
    routes.get("/feed.atom", this::feed);
  }

  private void feed(Context ctx) throws XMLStreamException {
    String baseUrl = base.get();
    List<BriefingSummary> entries = store.briefings().published(ENTRIES, 0);
    Instant updated =
        entries.stream().map(BriefingSummary::updatedAt).max(Instant::compareTo).orElse(started);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    XMLStreamWriter w = xml.createXMLStreamWriter(bytes, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("feed");
    w.writeDefaultNamespace(ATOM);
    element(w, "id", baseUrl + "/");
    element(w, "title", "civicbrief: civic briefings");
    element(w, "subtitle", "Published briefings, every statement linked to its source sentence.");
    element(w, "updated", updated.toString());
    link(w, "self", baseUrl + "/feed.atom", "application/atom+xml");
    link(w, "alternate", baseUrl + "/", "text/html");
    w.writeStartElement("author");
    element(w, "name", "civicbrief");
    w.writeEndElement();
    for (BriefingSummary b : entries) {
      w.writeStartElement("entry");
      element(w, "id", baseUrl + Links.briefing(b.id()));
      element(w, "title", b.headline());
      element(w, "updated", b.updatedAt().toString());
      element(w, "published", b.publishedAt().orElse(b.updatedAt()).toString());
      link(w, "alternate", baseUrl + Links.briefing(b.id()), "text/html");
      if (!b.dek().isBlank()) {
        element(w, "summary", b.dek());
      }
      w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("application/atom+xml; charset=utf-8").result(bytes.toByteArray());
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(xmlSafe(text));
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, String type)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", xmlSafe(href));
  }

  /** {@code s} without the characters XML 1.0 forbids (control characters, lone surrogates). */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean ok =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      out.appendCodePoint(ok ? cp : 0xFFFD);
    }
    return out.toString();
  }
}
