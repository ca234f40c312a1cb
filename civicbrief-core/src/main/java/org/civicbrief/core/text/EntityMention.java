package org.civicbrief.core.text;

import java.util.Objects;

/**
 * A contiguous run of tokens that names an entity or states a value.
 *
 * @param sentence index of the sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token (inclusive)
 * @param start character offset in the article text
 * @param end character offset just past the mention
 * @param text the mention as it stands in the text
 * @param type the entity type
 * @param normalized a normalized value (ISO date, number), or the empty string
 */
public record EntityMention(
    int sentence,
    int firstToken,
    int lastToken,
    int start,
    int end,
    String text,
    EntityType type,
    String normalized) {

  private static final java.util.Set<String> MONTHS = WordList.of("months");

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normalized, "normalized");
    if (lastToken < firstToken || end < start) {
      throw new IllegalArgumentException("bad mention span " + text);
    }
  }

  /** True when token {@code i} of the mention's sentence is inside the mention. */
  public boolean covers(int i) {
    return i >= firstToken && i <= lastToken;
  }

  /**
   * True when the mention names a thing rather than stating a value: a number that is part of a
   * name or a label ("SB 8", "Proposition 50", "the 14th Amendment"), a time of day ("11 p.m."), or
   * a date or year that modifies a noun after a determiner ("the 2026 midterm elections", "all Jan.
   * 6, 2021, Capitol riot defendants"). Such a value is no event of the story and no fact to test.
   *
   * @param s the mention's sentence
   */
  public boolean isLabel(Sentence s) {
    Token before = firstToken > 0 ? s.token(firstToken - 1) : null;
    int after = lastToken + 1;
    if (after < s.size() && s.token(after).text().equals(",") && type == EntityType.DATE) {
      after++;
    }
    Token next = after < s.size() ? s.token(after) : null;
    if (type == EntityType.DATE) {
      boolean determined =
          before != null
              && (before.pos().equals("DT")
                  || before.pos().equals("PDT")
                  || before.pos().equals("PRP$")
                  || before.pos().equals("POS"));
      return determined && next != null && (next.pos().startsWith("JJ") || next.isNoun());
    }
    if (type != EntityType.NUMBER && type != EntityType.MONEY && type != EntityType.PERCENT) {
      return false;
    }
    boolean tally =
        text.matches(".*\\d[-–]\\d.*")
            || (next != null && (next.text().equals("-") || next.text().equals("–")));
    boolean named = labelledBy(s) && !tally;
    boolean ordinalName =
        text.matches("\\d+(st|nd|rd|th)") && next != null && next.pos().startsWith("NNP");
    // "15 September": a day of a date the recognizer did not read as one.
    boolean day =
        (next != null && MONTHS.contains(next.text().toLowerCase(java.util.Locale.ROOT)))
            || (before != null
                && MONTHS.contains(before.text().toLowerCase(java.util.Locale.ROOT)));
    boolean clock =
        next != null && next.text().toLowerCase(java.util.Locale.ROOT).matches("[ap]\\.?m\\.?");
    return named || ordinalName || clock || day;
  }

  /** Nouns that name a measure or a provision by its number ("Measure 12", "Section 2"). */
  private static final java.util.Set<String> LABEL_NOUNS =
      java.util.Set.of(
          "measure",
          "proposition",
          "prop.",
          "prop",
          "section",
          "title",
          "article",
          "amendment",
          "bill",
          "act",
          "rule",
          "question",
          "issue",
          "initiative",
          "resolution",
          "order");

  /**
   * True when a capitalized word stands right before the mention, past a parenthesis ("Section 2",
   * "Proposition (Prop) 50", "SB 8"), other than a sentence's first word that is no name. A vote
   * count after a chamber ("the House 263-156") is no label; the caller tells it apart.
   */
  private boolean labelledBy(Sentence s) {
    int i = firstToken - 1;
    if (i >= 0 && s.token(i).text().equals(")")) {
      while (i >= 0 && !s.token(i).text().equals("(")) {
        i--;
      }
      i--;
    } else if (i >= 0 && s.token(i).end() + 1 != s.token(firstToken).start()) {
      return false;
    }
    // The sentence's first word is capitalized whatever it is ("Some 200 troops"); it labels the
    // number only when the tagger reads it as a name ("Prop. 50 requires …").
    if (i < 0
        || (i == 0
            && !s.token(0).pos().startsWith("NNP")
            && !LABEL_NOUNS.contains(s.token(0).text().toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    String word = s.token(i).text();
    return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLetter);
  }
}
