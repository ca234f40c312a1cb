package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Executive orders that news names by their subject rather than their number ("the order on
 * birthright citizenship", "an executive order to shut down the Education Department"), each with
 * its number, official title and signing date as the Federal Register prints them. A sentence that
 * speaks of a president's order and of the subject of exactly one order signed on or before the
 * article's date cites that order; when two orders on one subject could be meant (the TikTok delays
 * and their extensions), none is, as a guess would be an invented citation. The rows are curated
 * like the cards: add an order only from its Federal Register page.
 */
final class OrdersBySubject {

  /** One order: the words news uses for its subject, each of which the sentence must hold. */
  private record Order(int number, String title, LocalDate signed, List<Pattern> subject) {}

  private static Order order(int number, String title, String signed, String... subject) {
    List<Pattern> all = new ArrayList<>();
    for (String words : subject) {
      all.add(Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new Order(number, title, LocalDate.parse(signed), List.copyOf(all));
  }

  private static final String TIKTOK = "\\bTikTok\\b";

  private static final List<Order> ORDERS =
      List.of(
          order(
              14160,
              "Protecting the Meaning and Value of American Citizenship",
              "2025-01-20",
              "\\bbirthright citizenship\\b"),
          order(
              14166,
              "Application of Protecting Americans From Foreign Adversary Controlled Applications"
                  + " Act to TikTok",
              "2025-01-20",
              TIKTOK,
              "\\b(?:delay\\w*|pause\\w*|postpone\\w*)\\b"),
          order(
              14258,
              "Extending the Delay for TikTok",
              "2025-04-04",
              TIKTOK,
              "\\b(?:delay\\w*|pause\\w*|postpone\\w*|extend\\w*|extension)\\b"),
          order(
              14310,
              "Further Extending the Delay for TikTok",
              "2025-06-19",
              TIKTOK,
              "\\b(?:delay\\w*|pause\\w*|postpone\\w*|extend\\w*|extension)\\b"),
          order(
              14350,
              "Further Extending the Delay for TikTok",
              "2025-09-16",
              TIKTOK,
              "\\b(?:delay\\w*|pause\\w*|postpone\\w*|extend\\w*|extension)\\b"),
          order(
              14352,
              "Saving TikTok While Protecting National Security",
              "2025-09-25",
              TIKTOK,
              "\\b(?:deal|divest\\w*|joint venture|sold off|sale)\\b"),
          order(
              14242,
              "Improving Education Outcomes by Empowering Parents, States, and Communities",
              "2025-03-20",
              "\\b(?:clos\\w+|shut\\w* down|dismantl\\w+|wind\\w* down|eliminat\\w+)\\b",
              "\\b(?:Department of Education|Education Department)\\b"),
          order(
              14290,
              "Ending Taxpayer Subsidization of Biased Media",
              "2025-05-01",
              "\\b(?:fund\\w*|subsid\\w*|grants?)\\b",
              "\\b(?:NPR|PBS|public broadcasting|Corporation for Public Broadcasting)\\b"));

  /** A president's order: "executive order", or an order beside a president's name or office. */
  private static final Pattern ORDER =
      Pattern.compile(
          "\\bexecutive orders?\\b|\\b(?:president(?:ial)?|Trump|White House)\\b[^.;]{0,40}?"
              + "\\b(?:order|directive)\\b",
          Pattern.CASE_INSENSITIVE);

  private OrdersBySubject() {}

  /** The order {@code sentence} cites by its subject, if exactly one can be meant. */
  static List<CitationForms.Found> find(String sentence, Optional<LocalDate> published) {
    // Most sentences speak of no order: a plain search first, the expressions only after it.
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (!lower.contains("order") && !lower.contains("directive")) {
      return List.of();
    }
    Matcher anchor = ORDER.matcher(sentence);
    if (!anchor.find()) {
      return List.of();
    }
    List<Order> meant = new ArrayList<>();
    for (Order o : ORDERS) {
      if ((published.isEmpty() || !o.signed().isAfter(published.get()))
          && o.subject().stream().allMatch(p -> p.matcher(sentence).find())) {
        meant.add(o);
      }
    }
    if (meant.size() != 1) {
      return List.of();
    }
    Order o = meant.getFirst();
    return List.of(
        new CitationForms.Found(
            CitationKind.EXECUTIVE_ORDER,
            "Executive Order " + o.number() + " (" + o.title() + ")",
            "eo/" + o.number(),
            CitationTables.executiveOrderUrl(o.number()),
            anchor.start(),
            anchor.end()));
  }
}
