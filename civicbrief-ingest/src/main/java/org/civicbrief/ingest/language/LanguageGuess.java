package org.civicbrief.ingest.language;

import java.util.Locale;
import java.util.Objects;

/**
 * The language a text looks like.
 *
 * @param code the ISO 639-1 code, or {@code und} when the language could not be told
 * @param confidence between 0 and 1; low for short texts and texts that mix languages
 */
public record LanguageGuess(String code, double confidence) {

  /** The code for a language that could not be told. */
  public static final String UNDETERMINED = "und";

  public LanguageGuess {
    Objects.requireNonNull(code, "code");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
  }

  /** True for English. */
  public boolean isEnglish() {
    return code.equals("en");
  }

  /** The language's English name, such as {@code Spanish}. */
  public String name() {
    if (code.equals(UNDETERMINED)) {
      return "an unrecognised language";
    }
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }
}
