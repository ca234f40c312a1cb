package org.civicbrief.core.render;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of a briefing (section headings, buttons) in a language: Spanish for a Spanish
 * article, English otherwise (ADR 21). A small message bundle, {@code labels.properties} and its
 * translations, so that a language is a file, not code.
 */
public final class Labels {

  private static final Labels ENGLISH = new Labels(load(Locale.ROOT), Locale.ROOT);
  private static final Labels SPANISH = new Labels(load(Locale.of("es")), Locale.of("es"));

  private final ResourceBundle bundle;
  private final Locale locale;

  private Labels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The labels for the language {@code code} (an ISO 639-1 code); English when it has none. */
  public static Labels of(String code) {
    return "es".equals(code) ? SPANISH : ENGLISH;
  }

  /** The label named {@code key}. */
  public String get(String key) {
    return bundle.getString(key);
  }

  /**
   * A date of the plain-text formats (Markdown, exports) as a reader of this language writes it:
   * Spanish "10 de abril de 2025" (R-es2 read ISO dates and "published 2025-…" as English on a
   * Spanish page); English keeps the ISO date its readers and tools have always had.
   */
  public String date(String isoDate, org.civicbrief.core.briefing.DatePrecision precision) {
    return locale.equals(Locale.ROOT) ? isoDate : DisplayDate.human(isoDate, precision, locale);
  }

  /** What kind of source {@code kind} is, as a reader of this language says it ("person"). */
  public String sourceKind(org.civicbrief.core.briefing.SourceKind kind) {
    return get("source." + kind.name().toLowerCase(Locale.ROOT));
  }

  /** What kind of actor {@code kind} is, as a reader of this language says it ("Persona"). */
  public String actorKind(org.civicbrief.core.briefing.ActorKind kind) {
    return get(kind == org.civicbrief.core.briefing.ActorKind.PERSON ? "person" : "organization");
  }

  /**
   * How often the article names {@code actor}, and by what other names: "Aparece 4 veces, también
   * como Trump" on a Spanish page, where the English line was shown before (ADR 21).
   */
  public String mentions(org.civicbrief.core.briefing.Actor actor) {
    String count =
        actor.mentions() == 1
            ? get("mentionedOnce")
            : get("mentioned").replace("{0}", Integer.toString(actor.mentions()));
    return actor.aliases().isEmpty()
        ? count
        : count + get("alsoAs") + String.join(", ", actor.aliases());
  }

  /** The label named {@code key} with {@code value} in its place holder: "Más resúmenes con X". */
  public String get(String key, Object value) {
    return get(key).replace("{0}", String.valueOf(value));
  }

  /** "sentence 3" or "oración 3": where in the article an item's evidence is. */
  public String sentence(int number) {
    return get("sentence").replace("{0}", Integer.toString(number));
  }

  private static ResourceBundle load(Locale locale) {
    return ResourceBundle.getBundle(
        "org.civicbrief.core.render.labels",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
