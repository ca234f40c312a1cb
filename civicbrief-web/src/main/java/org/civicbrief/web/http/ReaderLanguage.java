package org.civicbrief.web.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The interface language of a reader's page: the one they chose with {@code ?lang=en} or {@code
 * ?lang=es} (the switch in every page's footer), else the language of what the page shows (ADR 21).
 * The choice travels in the address, not in a cookie, so cached pages stay one per address.
 */
public final class ReaderLanguage {

  private ReaderLanguage() {}

  /** The language the reader asked for on this request, if one this site speaks. */
  public static Optional<String> asked(Context ctx) {
    String lang = ctx.queryParam("lang");
    return "en".equals(lang) || "es".equals(lang) ? Optional.of(lang) : Optional.empty();
  }

  /** The page's language: the reader's choice, else {@code contentLanguage} ("es" or English). */
  public static String of(Context ctx, String contentLanguage) {
    return asked(ctx).orElse("es".equals(contentLanguage) ? "es" : "en");
  }

  /**
   * {@code href} with the reader's choice carried on, so the next page speaks the same language: a
   * query of its own keeps its fragment last ("?from=1&to=9&lang=es#ev").
   */
  public static String carry(Context ctx, String href) {
    return carry(asked(ctx), href);
  }

  /** {@code href} with {@code ?lang=} of {@code language}, when there is one. */
  public static String carry(Optional<String> language, String href) {
    if (language.isEmpty()) {
      return href;
    }
    int hash = href.indexOf('#');
    String path = hash < 0 ? href : href.substring(0, hash);
    String fragment = hash < 0 ? "" : href.substring(hash);
    return path + (path.contains("?") ? "&" : "?") + "lang=" + language.get() + fragment;
  }
}
