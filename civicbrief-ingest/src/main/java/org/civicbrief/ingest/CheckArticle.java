package org.civicbrief.ingest;

import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.common.Outcome;
import org.civicbrief.ingest.extract.Extraction;
import org.civicbrief.ingest.language.DetectLanguage;
import org.civicbrief.ingest.language.LanguageGuess;
import org.civicbrief.ingest.text.DetectBinary;
import org.civicbrief.ingest.text.Words;

/**
 * The checks every article passes whatever its format: not empty, text, in a language civicbrief
 * reads (English or Spanish), long enough.
 */
final class CheckArticle {

  private static final String LANGUAGES_READ =
      "civicbrief reads English and Spanish articles for now";
  // Spanish has its own CoreNLP models and briefing templates (ADR 21); other languages have
  // neither.
  private static final Set<String> READ = Set.of("en", "es");

  private final IngestConfig config;
  private final DetectLanguage detectLanguage = new DetectLanguage();
  private final DetectBinary detectBinary = new DetectBinary();

  CheckArticle(IngestConfig config) {
    this.config = config;
  }

  /** The article, or why it was skipped or failed; {@code source} is where it was read from. */
  Outcome<Article> check(Extraction extraction, String source) {
    String text = extraction.text();
    if (text.isBlank()) {
      return Outcome.failed("no article text found in the input");
    }
    Optional<String> binary = detectBinary.problem(text);
    if (binary.isPresent()) {
      return Outcome.failed(binary.get());
    }
    LanguageGuess language = detectLanguage.detect(text);
    if (!READ.contains(language.code())) {
      return Outcome.skipped(notEnglish(language, extraction.declaredLanguage()));
    }
    int words = Words.count(extraction.body());
    if (words < config.minWords()) {
      return Outcome.skipped(
          "too short to be an article: found "
              + words
              + (words == 1 ? " word" : " words")
              + ", the minimum is "
              + config.minWords()
              + " (ingest.minWords)"
              + (extraction.looksPaywalled()
                  ? "; the page looks like it is behind a paywall"
                  : ""));
    }
    return Outcome.ok(extraction.toArticle(language.code(), source));
  }

  private static String notEnglish(LanguageGuess guess, Optional<String> declared) {
    LanguageGuess named = guess;
    if (guess.code().equals(LanguageGuess.UNDETERMINED)
        && declared.isPresent()
        && !declared.get().equals("en")
        && declared.get().length() == 2) {
      // The detector knows a handful of languages; the page's own lang attribute can name the rest.
      named = new LanguageGuess(declared.get(), guess.confidence());
    }
    if (named.code().equals(LanguageGuess.UNDETERMINED)) {
      return "this article does not look like English; " + LANGUAGES_READ;
    }
    return "this article looks like " + named.name() + " (" + named.code() + "); " + LANGUAGES_READ;
  }
}
