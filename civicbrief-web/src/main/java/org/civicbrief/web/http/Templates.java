package org.civicbrief.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The page templates, compiled to Java at build time (jte): every {@code ${…}} is escaped for the
 * HTML context it stands in, so text from an article can never become markup.
 */
public final class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders template {@code name} (such as {@code home.jte}) with its one parameter. */
  public byte[] render(String name, Object page) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render(name, page, out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
    try {
      out.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy a rendered page", e);
    }
    return bytes.toByteArray();
  }

  /** Renders {@code name} as the HTML response of {@code ctx}. */
  public void send(Context ctx, String name, Object page) {
    ctx.contentType("text/html; charset=utf-8").result(render(name, page));
  }
}
