package org.civicbrief.web.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicbrief.web.http.PageFrame;

/**
 * The search page: the form, filled in as sent, and the hits.
 *
 * @param frame the page frame
 * @param form the search
 * @param asked true when there was a search to run
 * @param total how many briefings matched
 * @param hits this page of hits
 * @param newer the previous page, if any
 * @param older the next page, if any
 */
public record SearchPage(
    PageFrame frame,
    SearchForm form,
    boolean asked,
    long total,
    List<Hit> hits,
    Optional<String> newer,
    Optional<String> older) {

  /**
   * One briefing that matched.
   *
   * @param href the briefing page
   * @param headline the headline
   * @param date the briefing's date for readers
   * @param dateIso the same for machines
   * @param actors the key actors, each with a link that filters on it
   * @param snippetHtml the matching passages, matches marked, everything else escaped
   */
  public record Hit(
      String href,
      String headline,
      String date,
      String dateIso,
      List<ActorLink> actors,
      String snippetHtml) {
    public Hit {
      actors = List.copyOf(actors);
    }
  }

  /**
   * An actor name that searches for briefings with that actor.
   *
   * @param name the actor
   * @param href the filtered search
   */
  public record ActorLink(String name, String href) {}

  public SearchPage {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(form, "form");
    hits = List.copyOf(hits);
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(older, "older");
  }

  /** "1 briefing", "12 briefings". */
  public String totalText() {
    return total == 1 ? "1 briefing" : total + " briefings";
  }
}
