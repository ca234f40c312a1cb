package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.TestBriefing;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class RenderHtmlTest {

  private final RenderHtml render = new RenderHtml();

  @Test
  void the_page_is_well_formed_xhtml_compatible_markup() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Element html = page.getDocumentElement();
    assertThat(html.getTagName()).isEqualTo("html");
    assertThat(html.getAttribute("lang")).isEqualTo("en");
    assertThat(all(page, "main")).hasSize(1);
    assertThat(all(page, "h1"))
        .singleElement()
        .extracting(Element::getTextContent)
        .isEqualTo("Riverton council votes to close Mill Street bridge");
  }

  @Test
  void the_page_forbids_scripts_and_needs_none() throws Exception {
    String html = render.render(SampleBriefings.bridge());
    Document page = parse(html);

    assertThat(all(page, "meta"))
        .filteredOn(m -> m.getAttribute("http-equiv").equals("Content-Security-Policy"))
        .singleElement()
        .extracting(m -> m.getAttribute("content"))
        .asString()
        .startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertThat(all(page, "script")).isEmpty();
    assertThat(all(page, "link")).isEmpty();
  }

  @Test
  void a_skip_link_leads_to_main_and_every_section_is_labelled_by_its_heading() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Element skip = all(page, "a").getFirst();
    assertThat(skip.getAttribute("href")).isEqualTo("#main");
    assertThat(all(page, "main").getFirst().getAttribute("id")).isEqualTo("main");
    List<String> headings = new ArrayList<>();
    for (Element section : all(page, "section")) {
      Element heading = byId(page, section.getAttribute("aria-labelledby"));
      assertThat(heading.getTagName()).isEqualTo("h2");
      headings.add(heading.getTextContent());
    }
    assertThat(headings)
        .containsExactly(
            "Summary", "Core facts", "Key actors", "Quotes", "Timeline", "Sources", "The article");
  }

  @Test
  void empty_sections_are_left_out() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridgeSummaryOnly()));

    assertThat(all(page, "h2"))
        .extracting(Element::getTextContent)
        .containsExactly("Summary", "Sources", "The article");
  }

  @Test
  void every_summary_sentence_shows_its_exact_source_text_and_sentence_number() throws Exception {
    Briefing b = SampleBriefings.bridge();
    Document page = parse(render.render(b));
    List<Element> summary = items(byId(page, "h-summary"));

    assertThat(summary).hasSize(b.summary().size());
    for (int i = 0; i < summary.size(); i++) {
      Element li = summary.get(i);
      Evidence evidence = b.summary().get(i).evidence();
      assertThat(li.getAttribute("tabindex")).isEqualTo("0");
      Element tip = byId(page, li.getAttribute("aria-describedby"));
      assertThat(tip.getAttribute("class")).isEqualTo("tip");
      assertThat(tip.getParentNode()).isSameAs(li);
      assertThat(all(tip, "q").getFirst().getTextContent())
          .isEqualTo(evidence.in(b.article().text()));
      assertThat(tip.getTextContent()).contains("sentence " + (evidence.sentence() + 1));
    }
  }

  @Test
  void every_evidence_link_lands_on_a_mark_that_holds_the_evidenced_text() throws Exception {
    Briefing b = SampleBriefings.bridge();
    Document page = parse(render.render(b));

    List<Element> links =
        all(page, "a").stream().filter(a -> a.getAttribute("class").equals("tip-link")).toList();
    assertThat(links).hasSizeGreaterThan(10);
    for (Element link : links) {
      Element mark = byId(page, link.getAttribute("href").substring(1));
      assertThat(mark.getTagName()).isEqualTo("mark");
      String tipText =
          ((Element) link.getParentNode()).getElementsByTagName("q").item(0).getTextContent();
      assertThat(mark.getTextContent()).contains(tipText);
    }
  }

  @Test
  void summary_sentences_carry_source_chips() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    assertThat(items(byId(page, "h-summary")))
        .extracting(li -> chips(li))
        .containsExactly(
            List.of("Riverton Ledger"),
            List.of("according to the state transport office"),
            List.of("Riverton Ledger"));
  }

  @Test
  void the_article_keeps_its_paragraphs_and_marks_each_evidence_span_once() throws Exception {
    Briefing b = SampleBriefings.bridge();
    Document page = parse(render.render(b));

    Element details = all(page, "details").getFirst();
    assertThat(all(details, "summary").getFirst().getTextContent()).startsWith("Read the article");
    List<Element> paragraphs = all(details, "p");
    assertThat(paragraphs).hasSize(4);
    assertThat(paragraphs.getFirst().getTextContent())
        .isEqualTo("Riverton council votes to close Mill Street bridge");
    String shown = String.join("", paragraphs.stream().map(Element::getTextContent).toList());
    assertThat(shown).isEqualTo(b.article().text().replace("\n", ""));
    // The dek, a summary sentence and a timeline event all quote sentence 1: one mark, not three.
    Evidence vote = b.dek().evidence();
    assertThat(all(details, "mark"))
        .filteredOn(m -> m.getTextContent().contains(vote.in(b.article().text())))
        .hasSize(1);
  }

  @Test
  void ids_are_unique_on_the_page() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Set<String> seen = new HashSet<>();
    for (Element e : all(page, "*")) {
      if (e.hasAttribute("id")) {
        assertThat(seen.add(e.getAttribute("id"))).as("id %s", e.getAttribute("id")).isTrue();
      }
    }
  }

  @Test
  void actors_are_cards_with_role_stance_mentions_and_quotes() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Element card = byId(page, "actor-a1");
    assertThat(all(card, "h3").getFirst().getTextContent()).isEqualTo("Ana Ruiz");
    assertThat(card.getTextContent())
        .contains("Mayor")
        .contains("Stance: Mayor Ana Ruiz said the closure would last")
        .contains("Mentioned 2 times")
        .contains("We cannot gamble with people's safety,");
    // A body that is only named, never acting, gets no card (R17: "Mentioned once" bodies).
    assertThat(all(page, "h3"))
        .extracting(Element::getTextContent)
        .doesNotContain("Riverton city council");
  }

  @Test
  void quotes_name_their_speaker_and_link_to_the_speakers_card() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Element figure =
        all(page, "figure").stream()
            .filter(f -> f.getAttribute("class").equals("item quote"))
            .findFirst()
            .orElseThrow();
    assertThat(all(figure, "blockquote").getFirst().getTextContent())
        .isEqualTo("We cannot gamble with people's safety,");
    Element caption = all(figure, "figcaption").getFirst();
    assertThat(caption.getTextContent()).isEqualTo("— Ana Ruiz, told");
    assertThat(all(caption, "a").getFirst().getAttribute("href")).isEqualTo("#actor-a1");
  }

  @Test
  void the_timeline_gives_machine_readable_dates_and_flags_approximate_ones() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    List<Element> events = items(byId(page, "h-timeline"));
    assertThat(events).hasSize(2);
    Element exact = all(events.get(0), "time").getFirst();
    assertThat(exact.getAttribute("datetime")).isEqualTo("2025-03-11");
    assertThat(exact.getTextContent()).isEqualTo("March 11, 2025");
    assertThat(events.get(0).getTextContent()).doesNotContain("approx.");
    assertThat(all(events.get(1), "time").getFirst().getAttribute("datetime")).isEqualTo("2025-06");
    assertThat(events.get(1).getTextContent())
        .contains("June 2025")
        .contains("approx., from “early June”");
  }

  @Test
  void the_publisher_links_to_the_canonical_url() throws Exception {
    Document page = parse(render.render(SampleBriefings.bridge()));

    Element publisher = items(byId(page, "h-sources")).getFirst();
    Element link = all(publisher, "a").getFirst();
    assertThat(link.getTextContent()).isEqualTo("Riverton Ledger");
    assertThat(link.getAttribute("href"))
        .isEqualTo("https://ledger.example/news/mill-street-bridge");
  }

  @Test
  void hostile_article_content_shows_as_text_and_never_as_markup() throws Exception {
    String html = render.render(SampleBriefings.hostile());
    Document page = parse(html);

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(all(page, "h1").getFirst().getTextContent())
        .isEqualTo(SampleBriefings.HOSTILE_TITLE);
    assertThat(all(page, "blockquote").getFirst().getTextContent())
        .isEqualTo(SampleBriefings.HOSTILE_QUOTE);
    for (Element e : all(page, "*")) {
      assertThat(e.getTagName()).isNotIn("script", "img", "iframe", "object", "embed", "b");
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        assertThat(((Attr) attributes.item(i)).getName()).doesNotStartWith("on");
      }
    }
  }

  @Test
  void links_are_only_ever_http_https_or_within_the_page() throws Exception {
    String html = render.render(SampleBriefings.hostile());
    Document page = parse(html);

    assertThat(html).doesNotContainIgnoringCase("javascript:");
    assertThat(all(page, "a"))
        .extracting(a -> a.getAttribute("href"))
        .allSatisfy(href -> assertThat(href).matches("#[A-Za-z0-9_-]+|https?://\\S+"));
    assertThat(all(page, "a"))
        .extracting(Element::getTextContent)
        .doesNotContain("Gazette", "Flyer");
  }

  @Test
  void a_language_code_that_is_not_one_falls_back_to_undetermined() throws Exception {
    Document page = parse(render.render(SampleBriefings.hostile()));

    assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("und");
  }

  @Test
  void evidence_outside_the_article_text_is_reported_as_the_bug_it_is() {
    Briefing good = SampleBriefings.bridgeSummaryOnly();
    int length = good.article().text().length();
    BriefItem broken =
        new BriefItem("x", new Evidence(9, length - 2, length + 5), List.of(), false);
    Briefing bad =
        TestBriefing.of(good.article(), good.headline(), good.dek())
            .schemaVersion(1)
            .summary(List.of(broken))
            .build();

    assertThatThrownBy(() -> render.render(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentence 9")
        .hasMessageContaining("outside the article text of " + length + " characters");
  }

  @Test
  void control_characters_in_the_article_do_not_break_the_page() throws Exception {
    Briefing b = SampleBriefings.bridgeSummaryOnly();
    Briefing odd =
        TestBriefing.of(
                b.article(),
                new org.civicbrief.core.briefing.Headline(
                    "Bell\u0007 and \uD800 lone", Optional.empty()),
                b.dek())
            .schemaVersion(1)
            .pipelineVersion("test\u0001")
            .summary(b.summary())
            .build();

    assertThat(all(parse(render.render(odd)), "h1").getFirst().getTextContent())
        .isEqualTo("Bell\uFFFD and \uFFFD lone");
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static List<Element> all(Document page, String tag) {
    return elements(page.getElementsByTagName(tag));
  }

  private static List<Element> all(Element root, String tag) {
    return elements(root.getElementsByTagName(tag));
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static Element byId(Document page, String id) {
    return all(page, "*").stream()
        .filter(e -> e.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** The list items of the section a heading labels. */
  private static List<Element> items(Element heading) {
    Element section = (Element) heading.getParentNode();
    return all(section, "li");
  }

  private static List<String> chips(Element item) {
    return all(item, "span").stream()
        .filter(s -> s.getAttribute("class").equals("chip"))
        .map(Element::getTextContent)
        .toList();
  }

  @Test
  void citationsLinkToTheirTextsAndACardsOwnIsShownWithItsSentenceOnly() throws Exception {
    String html = render.render(SampleBriefings.cited());
    parse(html);

    String why = html.substring(html.indexOf("id=\"h-why\""), html.indexOf("id=\"h-cited\""));
    String cited = html.substring(html.indexOf("id=\"h-cited\""));
    cited = cited.substring(0, cited.indexOf("</section>"));
    assertThat(why)
        .contains(
            "Cited in the article: <a href=\"https://www.law.cornell.edu/uscode/text/10/251\""
                + " rel=\"noreferrer\">10 U.S.C. § 251</a>.");
    assertThat(cited)
        .contains(">Laws and cases cited</h2>")
        .contains("Trump v. Ohio <span class=\"kind-label\">case</span>")
        .doesNotContain("10 U.S.C.");
  }
}
