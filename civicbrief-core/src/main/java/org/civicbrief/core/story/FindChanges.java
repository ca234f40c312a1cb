package org.civicbrief.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.TimelineEvent;
import org.civicbrief.core.text.WordList;

/**
 * Finds what the newest article of a story changes in what the earlier ones said, comparing the
 * statements of their briefings (dek, summary, core facts, timeline):
 *
 * <ul>
 *   <li>a <b>reversal</b>: one statement is negated and the other is not, and what the negation
 *       denies overlaps the other's content words ("no public evidence of planning" against
 *       "officials had begun detailed planning");
 *   <li>a <b>changed number</b>: the same counted noun with another value ("1,500 troops" against
 *       "10,000 troops") in statements that share other content words too;
 *   <li>a <b>new fact</b>: a core fact of the newest article that no earlier statement reports;
 *   <li>a <b>new actor</b>: a key actor no earlier article names.
 * </ul>
 */
final class FindChanges {

  /** Overlap coefficient of content words from which a negated statement reverses another. */
  static final double REVERSAL_OVERLAP = 0.25;

  /**
   * Content words, times aside, that what a negation denies must share with the other statement:
   * one is too few ("adjourned without passing a budget" against "passed a stopgap measure").
   */
  static final int REVERSAL_SCOPE = 2;

  /** In how many statements of the story a word may stand and still tell two topics apart. */
  static final int DISTINCTIVE = 2;

  /** Words of time, which say when and not what was affirmed or denied. */
  private static final Set<String> TIME_WORDS = WordList.of("time-words");

  /** Content words (the counted noun included) two statements with a changed number must share. */
  static final int NUMBER_CONTEXT = 2;

  /** Overlap coefficient of content words from which an earlier statement already reported one. */
  static final double KNOWN_OVERLAP = 0.5;

  /**
   * A statement of one article's briefing, with what the comparisons read of it, worked out once:
   * every statement is compared with every statement of the other side.
   *
   * @param words its content words
   * @param plain its content words without names
   * @param negated whether it denies something
   * @param quantities its counted numbers
   */
  private record Said(
      StoryMember member,
      String text,
      Evidence evidence,
      boolean fact,
      Set<String> words,
      Set<String> plain,
      boolean negated,
      List<CountedNumbers.Quantity> quantities) {

    static Said of(StoryMember member, String text, Evidence evidence, boolean fact) {
      return new Said(
          member,
          text,
          evidence,
          fact,
          ContentWords.of(text),
          ContentWords.of(ContentWords.withoutNames(text)),
          ContentWords.negated(text),
          CountedNumbers.of(text));
    }

    Statement statement(Optional<String> value) {
      return new Statement(
          member.articleId(), member.outlet(), member.published(), text, evidence, value);
    }
  }

  /**
   * What changed.
   *
   * @param whatChanged the changes
   * @param superseded the evidence of the earlier statements the newest article changed
   */
  record Found(WhatChanged whatChanged, Set<StoryEvidence> superseded) {}

  private FindChanges() {}

  /** The changes the last of {@code members} (publication order) brings; empty for one member. */
  static Optional<Found> find(List<StoryMember> members) {
    if (members.size() < 2) {
      return Optional.empty();
    }
    StoryMember newest = members.getLast();
    List<StoryMember> earlier = members.subList(0, members.size() - 1);
    List<Said> before = new ArrayList<>();
    earlier.forEach(m -> before.addAll(statements(m)));
    List<Said> after = statements(newest);
    List<Change> reversed = new ArrayList<>();
    List<Change> numbers = new ArrayList<>();
    List<Change> facts = new ArrayList<>();
    List<Change> actors = new ArrayList<>();
    // By identity: a statement is the same statement only as the same object.
    Set<Said> used = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<StoryEvidence> superseded = new HashSet<>();
    Map<String, Integer> spread = spread(before, after);
    for (Said a : after) {
      Said b = reversal(a, before, used, spread);
      if (b != null) {
        used.add(b);
        superseded.add(new StoryEvidence(b.member().articleId(), b.evidence()));
        reversed.add(
            new Change(
                ChangeKind.REVERSED,
                b.text() + " → " + a.text(),
                Optional.of(b.statement(Optional.empty())),
                a.statement(Optional.empty())));
      }
      List<Change> changed = numberChanges(a, before, superseded);
      numbers.addAll(changed);
      if (b == null && changed.isEmpty() && a.fact() && !known(a, before)) {
        facts.add(
            new Change(
                ChangeKind.NEW_FACT, a.text(), Optional.empty(), a.statement(Optional.empty())));
      }
    }
    for (Actor x : newest.briefing().actors()) {
      if (!MergeActors.named(x, earlier) && !inText(x, earlier)) {
        String line = x.name() + x.role().map(r -> ", " + r.text()).orElse("");
        actors.add(
            new Change(
                ChangeKind.NEW_ACTOR,
                line,
                Optional.empty(),
                new Statement(
                    newest.articleId(),
                    newest.outlet(),
                    newest.published(),
                    x.name(),
                    x.evidence(),
                    Optional.empty())));
      }
    }
    List<Change> all = new ArrayList<>(reversed);
    all.addAll(numbers);
    all.addAll(facts);
    all.addAll(actors);
    WhatChanged w =
        new WhatChanged(
            newest.articleId(),
            newest.published(),
            earlier.stream().map(StoryMember::articleId).toList(),
            all);
    return Optional.of(new Found(w, Set.copyOf(superseded)));
  }

  /** The statements of a briefing, each span once: dek, summary, core facts, timeline. */
  private static List<Said> statements(StoryMember m) {
    Map<Evidence, Said> out = new LinkedHashMap<>();
    var b = m.briefing();
    for (BriefItem i : b.coreFacts()) {
      out.putIfAbsent(i.evidence(), Said.of(m, i.text(), i.evidence(), true));
    }
    out.putIfAbsent(b.dek().evidence(), Said.of(m, b.dek().text(), b.dek().evidence(), false));
    for (BriefItem i : b.summary()) {
      out.putIfAbsent(i.evidence(), Said.of(m, i.text(), i.evidence(), false));
    }
    for (TimelineEvent e : b.timeline()) {
      out.putIfAbsent(e.evidence(), Said.of(m, e.text(), e.evidence(), false));
    }
    return List.copyOf(out.values());
  }

  /**
   * The earlier statement {@code a} reverses, if any: the one with the most overlap. Names are left
   * out of the comparison, so that two statements about the same place or person with opposite
   * polarity do not count unless they share what is affirmed and denied.
   */
  private static Said reversal(
      Said a, List<Said> before, Set<Said> used, Map<String, Integer> spread) {
    boolean negA = a.negated();
    Set<String> wa = a.plain();
    Said best = null;
    double bestScore = 0;
    if (historical(a)) {
      return null;
    }
    for (Said b : before) {
      if (used.contains(b) || historical(b) || b.negated() == negA) {
        continue;
      }
      Set<String> wb = b.plain();
      Said neg = negA ? a : b;
      Set<String> scope =
          new HashSet<>(ContentWords.negatedScope(ContentWords.withoutNames(neg.text())));
      scope.removeAll(TIME_WORDS);
      scope.retainAll(negA ? wb : wa);
      // What is denied must be shared, and not only the story's subject ("state budget" in every
      // statement of a budget story): one shared word must be rare in the story.
      if (scope.size() < REVERSAL_SCOPE
          || scope.stream().noneMatch(w -> spread.getOrDefault(w, 0) <= DISTINCTIVE)) {
        continue;
      }
      double overlap = ContentWords.overlap(wa, wb);
      if (overlap >= REVERSAL_OVERLAP && overlap > bestScore) {
        best = b;
        bestScore = overlap;
      }
    }
    return best;
  }

  /** The numbers {@code a} changes: same counted noun and context, another value. */
  private static List<Change> numberChanges(
      Said a, List<Said> before, Set<StoryEvidence> superseded) {
    List<Change> out = new ArrayList<>();
    if (historical(a)) {
      return out;
    }
    for (CountedNumbers.Quantity qa : a.quantities()) {
      if (stated(qa, before)) {
        continue;
      }
      Said bestSaid = null;
      CountedNumbers.Quantity best = null;
      int bestContext = 0;
      for (Said b : before) {
        if (historical(b)) {
          continue;
        }
        int context = context(a, b);
        for (CountedNumbers.Quantity qb : b.quantities()) {
          if (qb.sameCounted(qa)
              && qb.value() != qa.value()
              && context >= NUMBER_CONTEXT
              && context > bestContext) {
            bestSaid = b;
            best = qb;
            bestContext = context;
          }
        }
      }
      if (best != null) {
        superseded.add(new StoryEvidence(bestSaid.member().articleId(), bestSaid.evidence()));
        out.add(
            new Change(
                ChangeKind.NUMBER_CHANGED,
                best.written() + " → " + qa.written(),
                Optional.of(bestSaid.statement(Optional.of(best.written()))),
                a.statement(Optional.of(qa.written()))));
      }
    }
    return out;
  }

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /**
   * True when a statement is about an earlier year than its article's ("in 2017, a shutdown closed
   * 38 parks"): its numbers are history, not what the story said then.
   */
  private static boolean historical(Said s) {
    Optional<LocalDate> published = s.member().published();
    if (published.isEmpty()) {
      return false;
    }
    Matcher m = YEAR.matcher(s.text());
    while (m.find()) {
      if (Integer.parseInt(m.group()) < published.get().getYear()) {
        return true;
      }
    }
    return false;
  }

  /** In how many of the statements each content word (names aside) stands. */
  private static Map<String, Integer> spread(List<Said> before, List<Said> after) {
    Map<String, Integer> out = new HashMap<>();
    for (List<Said> list : List.of(before, after)) {
      for (Said s : list) {
        for (String w : s.plain()) {
          out.merge(w, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** True when an earlier statement already gave this value for this counted noun. */
  private static boolean stated(CountedNumbers.Quantity q, List<Said> before) {
    for (Said b : before) {
      for (CountedNumbers.Quantity qb : b.quantities()) {
        if (qb.sameCounted(q) && qb.value() == q.value()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when an earlier article's text writes the actor's name or an alias, although its briefing
   * did not count the actor as a key one.
   */
  private static boolean inText(Actor x, List<StoryMember> earlier) {
    List<String> names = new ArrayList<>(x.aliases());
    names.add(x.name());
    for (StoryMember m : earlier) {
      String text = m.briefing().article().text();
      for (String n : names) {
        if (n.contains(" ") && text.contains(n)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Content words two statements share, numbers aside. */
  private static int context(Said a, Said b) {
    Set<String> wa = new HashSet<>(a.words());
    wa.removeIf(w -> Character.isDigit(w.charAt(0)));
    return ContentWords.common(wa, b.words());
  }

  /** True when an earlier statement reports what {@code a} says. */
  private static boolean known(Said a, List<Said> before) {
    Set<String> wa = a.words();
    for (Said b : before) {
      Set<String> wb = b.words();
      if (ContentWords.overlap(wa, wb) >= KNOWN_OVERLAP && ContentWords.common(wa, wb) >= 2) {
        return true;
      }
    }
    return false;
  }
}
