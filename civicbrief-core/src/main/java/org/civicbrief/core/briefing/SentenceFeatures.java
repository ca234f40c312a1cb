package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civicbrief.core.text.Pronouns;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Describes each body sentence by what tells a summary sentence from the rest: its position, its
 * length, how central its words are to the article, what it names, whether it is quotation, and how
 * its words divide among parts of speech. The learned weights in {@link SummaryWeights} turn these
 * into a score.
 */
final class SentenceFeatures {

  /** Feature names, in the order of every vector. */
  static final List<String> NAMES =
      List.of(
          "pos0",
          "pos1",
          "pos2",
          "pos3",
          "pos4",
          "pos5",
          "pos6_9",
          "pos10_14",
          "rel",
          "len0_8",
          "len9_15",
          "len16_22",
          "len23_30",
          "len31_40",
          "len41",
          "len",
          "quote",
          "startsQuote",
          "centrality",
          "simFirst",
          "person",
          "organization",
          "location",
          "misc",
          "numbers",
          "startsPronoun",
          "startsConnective",
          "firstPerson",
          "question",
          "says",
          "sentences",
          "fracProperNoun",
          "fracNoun",
          "fracVerb",
          "fracAdjective",
          "fracNumber",
          "fracPronoun",
          "fracDeterminer",
          "fracPreposition",
          "fracAdverb",
          "fracPunctuation",
          "tfMean",
          "tfMax",
          "leadOverlap",
          "contentWords",
          "actor",
          "pos0Xlen",
          "pos1Xlen",
          "pos2Xlen",
          "relXlen",
          "lenSquared",
          "centralityXlen",
          "centralityXrel",
          "quoteXrel",
          "bias");

  private static final Set<String> PRONOUNS = WordList.of("opening-pronouns");
  private static final Set<String> CONNECTIVES = WordList.of("opening-connectives");

  /** The feature vector of every body sentence, by sentence index. */
  Map<Integer, double[]> compute(Analysis a, Set<String> actorWords) {
    List<Sentence> body = a.body();
    int n = body.size();
    List<Set<String>> content = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> tf = new HashMap<>();
    for (Sentence s : body) {
      Set<String> c = a.contentLemmas(s);
      content.add(c);
      c.forEach(w -> df.merge(w, 1, Integer::sum));
      contentTokens(s).forEach(w -> tf.merge(w, 1, Integer::sum));
    }
    double[] central = new double[n];
    double maxCentral = 0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (String w : content.get(i)) {
        sum += Math.log(1 + df.get(w));
      }
      central[i] =
          content.get(i).isEmpty() ? 0 : sum / Math.sqrt(Math.max(8, content.get(i).size()));
      maxCentral = Math.max(maxCentral, central[i]);
    }
    Set<String> lead = new HashSet<>();
    for (int i = 0; i < Math.min(3, n); i++) {
      lead.addAll(content.get(i));
    }
    Map<Integer, double[]> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Sentence s = body.get(i);
      double[] f = new double[NAMES.size()];
      Vector v = new Vector(f);
      for (int k = 0; k <= 5; k++) {
        v.set("pos" + k, i == k ? 1 : 0);
      }
      v.set("pos6_9", i >= 6 && i <= 9 ? 1 : 0);
      v.set("pos10_14", i >= 10 && i <= 14 ? 1 : 0);
      double rel = i / (double) Math.max(n - 1, 1);
      v.set("rel", rel);
      int words = words(s);
      v.set("len0_8", words <= 8 ? 1 : 0);
      v.set("len9_15", words >= 9 && words <= 15 ? 1 : 0);
      v.set("len16_22", words >= 16 && words <= 22 ? 1 : 0);
      v.set("len23_30", words >= 23 && words <= 30 ? 1 : 0);
      v.set("len31_40", words >= 31 && words <= 40 ? 1 : 0);
      v.set("len41", words >= 41 ? 1 : 0);
      double len = Math.min(words, 60) / 30.0;
      v.set("len", len);
      String text = s.text();
      boolean quote = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
      v.set("quote", quote ? 1 : 0);
      v.set("startsQuote", text.startsWith("\"") || text.startsWith("“") ? 1 : 0);
      double centrality = maxCentral > 0 ? central[i] / maxCentral : 0;
      v.set("centrality", centrality);
      v.set("simFirst", i == 0 ? 1 : RankSentences.jaccard(content.get(i), content.get(0)));
      entityCounts(s, v);
      String first = s.token(0).text().toLowerCase(Locale.ROOT);
      v.set("startsPronoun", PRONOUNS.contains(first) ? 1 : 0);
      v.set("startsConnective", CONNECTIVES.contains(first) ? 1 : 0);
      v.set("question", s.tokens().getLast().text().equals("?") ? 1 : 0);
      v.set("sentences", Math.min(n, 80) / 80.0);
      partsOfSpeech(s, v);
      List<String> tokens = contentTokens(s);
      double tfSum = 0;
      double tfMax = 0;
      for (String w : tokens) {
        double l = Math.log(tf.get(w));
        tfSum += l;
        tfMax = Math.max(tfMax, l);
      }
      v.set("tfMean", tokens.isEmpty() ? 0 : tfSum / tokens.size());
      v.set("tfMax", tfMax);
      v.set("leadOverlap", i < 3 ? 1 : overlap(content.get(i), lead));
      v.set("contentWords", Math.min(tokens.size(), 30) / 30.0);
      v.set("actor", namesActor(s, actorWords) ? 1 : 0);
      // A few products, since a linear score cannot see that length matters more at the top.
      v.set("pos0Xlen", (i == 0 ? 1 : 0) * len);
      v.set("pos1Xlen", (i == 1 ? 1 : 0) * len);
      v.set("pos2Xlen", (i == 2 ? 1 : 0) * len);
      v.set("relXlen", rel * len);
      v.set("lenSquared", len * len);
      v.set("centralityXlen", centrality * len);
      v.set("centralityXrel", centrality * rel);
      v.set("quoteXrel", (quote ? 1 : 0) * rel);
      v.set("bias", 1);
      out.put(s.index(), f);
    }
    return out;
  }

  /** Writes features by name, so the order of {@link #NAMES} is the only place it is stated. */
  private record Vector(double[] values) {
    void set(String name, double value) {
      int i = INDEX.get(name);
      values[i] = value;
    }
  }

  private static final Map<String, Integer> INDEX = index();

  private static Map<String, Integer> index() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      m.put(NAMES.get(i), i);
    }
    return Map.copyOf(m);
  }

  private static int words(Sentence s) {
    int n = 0;
    for (Token t : s.tokens()) {
      char c = t.text().charAt(0);
      if (Character.isLetterOrDigit(c) || c == '_') {
        n++;
      }
    }
    return n;
  }

  /** Lemmas of content words, repeats kept, for term frequency. */
  private static List<String> contentTokens(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      String pos = t.pos();
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if ((pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.equals("CD"))
          && !Analysis.STOP_LEMMAS.contains(lemma)) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static void entityCounts(Sentence s, Vector v) {
    int person = 0;
    int organization = 0;
    int location = 0;
    int misc = 0;
    int numbers = 0;
    boolean firstPerson = false;
    boolean says = false;
    for (Token t : s.tokens()) {
      switch (t.ner()) {
        case "PERSON" -> person++;
        case "ORGANIZATION" -> organization++;
        case "LOCATION" -> location++;
        case "MISC" -> misc++;
        default -> {}
      }
      numbers += t.pos().equals("CD") ? 1 : 0;
      firstPerson |= Pronouns.FIRST_PERSON.contains(t.text().toLowerCase(Locale.ROOT));
      says |= t.lemma().equals("say");
    }
    v.set("person", Math.min(person, 5) / 5.0);
    v.set("organization", Math.min(organization, 5) / 5.0);
    v.set("location", Math.min(location, 5) / 5.0);
    v.set("misc", Math.min(misc, 5) / 5.0);
    v.set("numbers", Math.min(numbers, 5) / 5.0);
    v.set("firstPerson", firstPerson ? 1 : 0);
    v.set("says", says ? 1 : 0);
  }

  // The part-of-speech shares, named in NAMES in the order posClass numbers them.
  private static final List<String> POS_FEATURES =
      NAMES.subList(NAMES.indexOf("fracProperNoun"), NAMES.indexOf("fracPunctuation") + 1);

  private static void partsOfSpeech(Sentence s, Vector v) {
    double[] c = new double[POS_FEATURES.size()];
    for (Token t : s.tokens()) {
      int k = posClass(t.pos());
      if (k >= 0) {
        c[k]++;
      }
    }
    for (int k = 0; k < POS_FEATURES.size(); k++) {
      v.set(POS_FEATURES.get(k), c[k] / s.size());
    }
  }

  /** The index in {@link #POS_FEATURES} of a Penn tag, or -1 for the tags not counted. */
  private static int posClass(String p) {
    if (p.startsWith("NNP")) {
      return 0;
    } else if (p.startsWith("NN")) {
      return 1;
    } else if (p.startsWith("VB")) {
      return 2;
    } else if (p.startsWith("JJ")) {
      return 3;
    } else if (p.equals("CD")) {
      return 4;
    } else if (p.startsWith("PRP")) {
      return 5;
    } else if (p.equals("DT")) {
      return 6;
    } else if (p.equals("IN") || p.equals("TO")) {
      return 7;
    } else if (p.startsWith("RB")) {
      return 8;
    } else if (!p.isEmpty() && !Character.isLetter(p.charAt(0))) {
      return 9;
    }
    return -1;
  }

  private static double overlap(Set<String> words, Set<String> lead) {
    if (words.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : words) {
      if (lead.contains(w)) {
        n++;
      }
    }
    return n / (double) words.size();
  }

  private static boolean namesActor(Sentence s, Set<String> actorWords) {
    for (Token t : s.tokens()) {
      if (actorWords.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
