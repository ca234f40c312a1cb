package org.civicbrief.core.civic;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A card's name as it reads inside a sentence ("That turns on the War Powers Resolution", "… on due
 * process", "… on the preliminary injunction"). Cards write their names to open a sentence; a
 * why-it-matters item that joins the article's fact to the concept needs the name mid-sentence,
 * with the article English wants and without the capital a common noun only has at a sentence's
 * start. Read from the card's own text, so a new card needs no new field.
 */
final class CardNames {

  /** Small words that stay lower case inside a proper name ("Bill of Rights"). */
  private static final Set<String> SMALL =
      Set.of("of", "the", "and", "for", "to", "in", "on", "a", "an", "by", "or", "pro", "v.");

  /** Proper names that take no article: numbered provisions, cases, possessives. */
  private static final Pattern NO_ARTICLE =
      Pattern.compile(
          "^(?:The|Title|Section|Article|Articles|NATO|Proposition)\\b|\\bArticle [IVX\\d]|\\bv\\."
              + "|^\\p{L}+['’]s\\b|^\\p{L}+ Proposition\\b|^\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+ and the\\b");

  /**
   * Head nouns of common names that count one thing, so take "the" ("the debt limit", "the grand
   * jury"); other common names are mass nouns or plurals and take none ("due process", "removal
   * proceedings").
   */
  private static final Set<String> COUNT_HEADS =
      Set.of(
          "order",
          "jury",
          "injunction",
          "shutdown",
          "petition",
          "writ",
          "limit",
          "power",
          "election",
          "veto",
          "docket",
          "action",
          "request",
          "resolution",
          "designation",
          "list",
          "rule",
          "doctrine",
          "emergency",
          "declaration",
          "clause",
          "census",
          "counsel",
          "leader",
          "vote",
          "status",
          "commission",
          "agreement",
          "law",
          "service",
          "construction",
          "address",
          "stay");

  private CardNames() {}

  /** The card's name with its article, as it reads after "That turns on". */
  static String inSentence(ConceptCard card) {
    String name = card.name();
    String[] words = name.split(" ");
    if (Character.isDigit(name.charAt(0))) {
      return "the " + name;
    }
    boolean proper = false;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      // A capital or a number past the first word makes a proper name ("Title 10").
      if (!SMALL.contains(w)
          && !w.isEmpty()
          && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        proper = true;
      }
    }
    if (proper || isAcronym(words[0]) || words[0].matches("\\p{L}+['’]s")) {
      return NO_ARTICLE.matcher(name).find() ? name : "the " + name;
    }
    // A common noun phrase: lower case, unless its first word is a proper adjective the card
    // itself writes with a capital inside a sentence ("Texas legislative quorum rule").
    String common = keepsCapital(words[0], card) ? name : lowerFirst(name);
    return COUNT_HEADS.contains(head(words)) ? "the " + common : common;
  }

  private static boolean isAcronym(String w) {
    return w.length() > 1 && w.chars().filter(Character::isUpperCase).count() > 1;
  }

  /** The head noun: the last word before "of", "to", "for", "pending", "and" or a comma. */
  private static String head(String[] words) {
    String last = words[0];
    for (String w : words) {
      String bare = w.replaceAll("[,]$", "");
      if (w != words[0] && Set.of("of", "to", "for", "pending", "and", "under").contains(w)) {
        break;
      }
      last = bare;
      if (!bare.equals(w)) {
        break;
      }
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static boolean keepsCapital(String first, ConceptCard card) {
    Pattern inside = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b" + Pattern.quote(first) + "\\b");
    return inside.matcher(card.explanation()).find() || card.gloss().contains(first);
  }

  private static String lowerFirst(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
