package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.WordList;

/**
 * Selects the summary lines: the lead first when it states the story, then body sentences that
 * cover the story ({@link RankSentences}), three to five in all, never opinion, a quotation, an
 * editor's note, a sentence too short to stand alone or one that only answers the sentence before
 * it.
 */
final class SelectSummary {

  /**
   * "But the victory may be reversed": a sentence that answers the one before it is no summary line
   * on its own.
   */
  private static final Set<String> CONTINUES = WordList.of("continuing-openers");

  private final RankSentences ranker = new RankSentences();

  List<Sentence> select(Analysis a, Sentence lead, FindActors.Result actors) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : a.body()) {
      if (s.index() != lead.index()
          && !a.isOpinion(s.index())
          && !a.mostlyQuoted(s)
          && ExtractFacts.wordCount(s) >= 8
          && !ChooseLead.isEditorsNote(s)
          && !CONTINUES.contains(s.token(0).text())
          && !opensWithQuotation(a, s)) {
        candidates.add(s);
      }
    }
    if (a.spanish()) {
      // A Spanish line that leans on a sentence the reader has not seen is left out while two
      // others stand alone; the issue asks at least two lines (R-es2, ADR 21).
      List<Sentence> alone =
          candidates.stream().filter(s -> !SpanishSummaryLines.leansOnBefore(a.text, s)).toList();
      if (alone.size() >= 2) {
        candidates = new ArrayList<>(alone);
      }
    }
    int words = a.bodyWords();
    int count = words < 300 ? 3 : words < 900 ? 4 : 5;
    List<Sentence> out = new ArrayList<>();
    // R17: "the main point only in the dek", the summary opening on secondary material. The
    // summary is read on its own, so it opens on the story's main point; the dek line is then not
    // shown twice (Briefing.showsDek).
    if (statesTheStory(a, lead)) {
      out.add(lead);
      count--;
    }
    for (int i : ranker.select(a, candidates, count, actorWords(actors))) {
      out.add(a.sentence(i));
    }
    return out;
  }

  /**
   * True when {@code lead} is the story's first sentence of reporting, not a subtitle over it: a
   * subtitle is a short line without a full stop standing alone ("A judge said the plan 'defies
   * reason' before blocking it"), or any line above a sentence that opens on a dateline ("HARBOR
   * FALLS — …"), where the story begins.
   */
  static boolean statesTheStory(Analysis a, Sentence lead) {
    if (!a.isBody(lead.index())
        || a.isOpinion(lead.index())
        || a.mostlyQuoted(lead)
        || opensWithQuotation(a, lead)
        || ChooseLead.isEditorsNote(lead)) {
      return false;
    }
    if (subtitleLine(a.text, lead) || introducedAfter(a, lead)) {
      return false;
    }
    for (Sentence s : a.body()) {
      if (s.index() > lead.index() && s.index() <= lead.index() + 5) {
        if (s.paragraph() != lead.paragraph() && opensOnDateline(a.text, s)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "Lane says the plan is unlawful, adding …" standing alone over "Governor Ada Lane said on
   * Monday …": a line that names a person by surname alone, whom the next paragraph's first
   * sentence introduces by full name, is a subtitle over the story; a lead introduces the people it
   * names (R18: a subtitle ending in a full stop opened the summary).
   */
  private static boolean introducedAfter(Analysis a, Sentence lead) {
    Sentence next = null;
    for (Sentence s : a.body()) {
      if (s.index() != lead.index() && s.paragraph() == lead.paragraph()) {
        return false; // a paragraph of more than one sentence is the story's
      }
      if (next == null && s.paragraph() > lead.paragraph()) {
        next = s;
      }
    }
    if (next == null) {
      return false;
    }
    for (EntityMention m : a.annotated.mentionsIn(lead.index())) {
      if (m.type() != EntityType.PERSON || m.firstToken() != m.lastToken()) {
        continue;
      }
      String surname = lead.token(m.firstToken()).text();
      for (EntityMention n : a.annotated.mentionsIn(next.index())) {
        if (n.type() == EntityType.PERSON
            && n.lastToken() > n.firstToken()
            && next.token(n.lastToken()).text().equals(surname)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most words of a line without a full stop that can be a subtitle rather than the lead. */
  private static final int SUBTITLE_WORDS = 25;

  private static boolean subtitleLine(String text, Sentence s) {
    String line = text.substring(s.start(), s.end()).strip();
    if (line.isEmpty() || ".!?”\"’".indexOf(line.charAt(line.length() - 1)) >= 0) {
      return false;
    }
    boolean alone =
        (s.start() == 0 || text.charAt(s.start() - 1) == '\n')
            && (s.end() >= text.length() || text.charAt(s.end()) == '\n');
    return alone && line.split("\\s+").length <= SUBTITLE_WORDS;
  }

  /** "EL DORADO — The county …", "(SEATTLE) — …": a place line and a dash before the sentence. */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile(
          "^\\(?\\p{Lu}[\\p{Lu}.'’-]+(?:[ ,]+\\p{Lu}[\\p{L}.'’-]*){0,4}\\)?"
              + "(?: \\([^)]{1,40}\\))? ?[–—] ?\\p{Lu}");

  private static boolean opensOnDateline(String text, Sentence s) {
    return DATELINE.matcher(text.substring(s.start(), s.end())).find();
  }

  /**
   * "“As of today, this session is over,” the caucus chair said …": a sentence that opens on a
   * quotation leads with someone's words, not the story's point (R16: summaries opening with a
   * quote); the Quotes section shows it with its speaker.
   */
  static boolean opensWithQuotation(Analysis a, Sentence s) {
    org.civicbrief.core.text.QuoteSpan q = a.quoteAt(s.token(0).start());
    return q != null && !q.label();
  }

  /** The words of the four most mentioned actors' names, which the ranker counts in a sentence. */
  static Set<String> actorWords(FindActors.Result actors) {
    Set<String> words = new HashSet<>();
    actors.actors().stream()
        .sorted((x, y) -> y.mentionCount() - x.mentionCount())
        .limit(4)
        .forEach(c -> words.addAll(Cluster.tokens(c.name)));
    return words;
  }
}
