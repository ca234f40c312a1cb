package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Quote;

/**
 * Merges the briefings of a story's articles into the story briefing. Near-identical statements
 * (most content words shared, the same numbers, the same polarity) are one fact that lists every
 * outlet that reported it; a hedge or an attribution in any report is kept.
 */
final class MergeBriefing {

  /** Jaccard of content words from which two statements are the same fact. */
  static final double SAME_FACT = 0.6;

  /** Jaccard of content words from which two quotations are the same quotation. */
  static final double SAME_QUOTE = 0.8;

  private record Report(StoryMember member, BriefItem item) {
    StoryEvidence evidence() {
      return new StoryEvidence(member.articleId(), item.evidence());
    }
  }

  private MergeBriefing() {}

  /**
   * The story briefing of {@code members}, given in publication order; facts whose evidence is in
   * {@code superseded} are marked so.
   */
  static StoryBriefing merge(List<StoryMember> members, Set<StoryEvidence> superseded) {
    StoryMember newest = members.getLast();
    List<Report> all = new ArrayList<>();
    for (StoryMember m : members) {
      all.add(new Report(m, m.briefing().dek()));
      m.briefing().summary().stream()
          .filter(i -> !sameSentence(i, m.briefing().dek()))
          .forEach(i -> all.add(new Report(m, i)));
      m.briefing().coreFacts().forEach(i -> all.add(new Report(m, i)));
    }
    StoryFact dek = fact(List.of(new Report(newest, newest.briefing().dek())), all, superseded);
    List<StoryFact> summary = new ArrayList<>();
    for (BriefItem i : newest.briefing().summary()) {
      // The story's dek is its newest article's lead (or its main clause), which that article's
      // summary opens on: the sentence is shown once.
      if (sameSentence(i, newest.briefing().dek())) {
        continue;
      }
      summary.add(fact(List.of(new Report(newest, i)), all, superseded));
    }
    Set<String> outlets = new LinkedHashSet<>();
    members.forEach(m -> outlets.addAll(m.toArticle().outlets()));
    return new StoryBriefing(
        dek, summary, facts(members, superseded), quotes(members), List.copyOf(outlets));
  }

  /** The core facts of all articles, near-identical ones merged, most widely reported first. */
  private static List<StoryFact> facts(List<StoryMember> members, Set<StoryEvidence> superseded) {
    List<List<Report>> groups = new ArrayList<>();
    for (StoryMember m : members) {
      for (BriefItem i : m.briefing().coreFacts()) {
        List<Report> home = null;
        for (List<Report> g : groups) {
          if (g.stream().noneMatch(r -> r.member() == m)
              && ContentWords.sameStatement(g.getFirst().item().text(), i.text(), SAME_FACT)) {
            home = g;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          groups.add(home);
        }
        home.add(new Report(m, i));
      }
    }
    List<StoryFact> out = new ArrayList<>();
    for (List<Report> g : groups) {
      out.add(fact(g, List.of(), superseded));
    }
    List<StoryFact> firstSeen = List.copyOf(out);
    out.sort(
        Comparator.comparingInt((StoryFact f) -> -f.outlets().size())
            .thenComparingInt(firstSeen::indexOf));
    return out;
  }

  /**
   * A fact made of {@code reports}, joined by the reports in {@code others} of other articles that
   * say the same thing.
   */
  private static StoryFact fact(
      List<Report> reports, List<Report> others, Set<StoryEvidence> superseded) {
    Report first = reports.getFirst();
    List<Report> all = new ArrayList<>(reports);
    Set<String> covered = new LinkedHashSet<>();
    reports.forEach(r -> covered.add(r.member().articleId()));
    for (Report o : others) {
      if (!covered.contains(o.member().articleId())
          && ContentWords.sameStatement(first.item().text(), o.item().text(), SAME_FACT)) {
        all.add(o);
        covered.add(o.member().articleId());
      }
    }
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> attributed = new LinkedHashSet<>();
    List<StoryEvidence> evidence = new ArrayList<>();
    boolean hedged = false;
    boolean changed = false;
    for (Report r : all) {
      outlets.addAll(r.member().toArticle().outlets());
      attributed.addAll(r.item().attributedTo());
      evidence.add(r.evidence());
      hedged |= r.item().hedged();
      changed |= superseded.contains(r.evidence());
    }
    return new StoryFact(
        first.item().text(),
        first.evidence(),
        evidence,
        List.copyOf(outlets),
        List.copyOf(attributed),
        hedged,
        changed);
  }

  /** The quotations of all articles, each once, in the order they first appeared. */
  private static List<StoryQuote> quotes(List<StoryMember> members) {
    record Carried(StoryMember member, Quote quote) {}
    List<List<Carried>> groups = new ArrayList<>();
    for (StoryMember m : members) {
      for (Quote q : m.briefing().quotes()) {
        List<Carried> home = null;
        for (List<Carried> g : groups) {
          if (ContentWords.jaccard(
                  ContentWords.of(g.getFirst().quote().text()), ContentWords.of(q.text()))
              >= SAME_QUOTE) {
            home = g;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          groups.add(home);
        }
        home.add(new Carried(m, q));
      }
    }
    List<StoryQuote> out = new ArrayList<>();
    for (List<Carried> g : groups) {
      Carried first = g.getFirst();
      List<StoryEvidence> reports = new ArrayList<>();
      Set<String> outlets = new LinkedHashSet<>();
      for (Carried c : g) {
        reports.add(new StoryEvidence(c.member().articleId(), c.quote().evidence()));
        outlets.addAll(c.member().toArticle().outlets());
      }
      out.add(
          new StoryQuote(
              first.quote().text(),
              first.quote().speaker(),
              reports.getFirst(),
              reports,
              List.copyOf(outlets)));
    }
    return out;
  }

  /** True when {@code a} and {@code b} come from the same sentence of their article. */
  private static boolean sameSentence(BriefItem a, BriefItem b) {
    return a.evidence().sentence() == b.evidence().sentence();
  }
}
