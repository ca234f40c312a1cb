package org.civicbrief.core.briefing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title given apart from the text, with the accents the text writes: titles taken from a feed, a
 * link or a corpus record often come without them ("el regreso del salvadoreno", "Camara") while
 * the article spells the same words "salvadoreño" and "Cámara" (R-es5). A word is restored only
 * when the text writes it with marks and never as the title does, so a name spelled both ways is
 * left alone.
 */
final class TitleAccents {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private TitleAccents() {}

  /** {@code title} with each unaccented word spelled as {@code text} spells it. */
  static String restore(String title, String text) {
    String nfcTitle = Normalizer.normalize(title, Normalizer.Form.NFC);
    Set<String> needed = new HashSet<>();
    Matcher t = WORD.matcher(nfcTitle);
    while (t.find()) {
      String w = t.group();
      if (w.equals(plain(w))) {
        needed.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (needed.isEmpty()) {
      return title;
    }
    // The text's spellings of each needed word, lower-cased: the marked one most often written
    // (the first on a tie), and whether the plain spelling occurs at all.
    Map<String, Map<String, Integer>> marked = new HashMap<>();
    Set<String> plainInText = new HashSet<>();
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) {
      String lower = m.group().toLowerCase(Locale.ROOT);
      String base = plain(lower);
      if (!needed.contains(base)) {
        continue;
      }
      if (base.equals(lower)) {
        plainInText.add(base);
      } else {
        marked.computeIfAbsent(base, k -> new LinkedHashMap<>()).merge(lower, 1, Integer::sum);
      }
    }
    StringBuilder out = new StringBuilder();
    t = WORD.matcher(nfcTitle);
    int last = 0;
    boolean changed = false;
    while (t.find()) {
      String w = t.group();
      String base = w.toLowerCase(Locale.ROOT);
      out.append(nfcTitle, last, t.start());
      last = t.end();
      Map<String, Integer> forms = marked.get(base);
      if (forms == null || plainInText.contains(base) || !w.equals(plain(w))) {
        out.append(w);
        continue;
      }
      String best = null;
      for (Map.Entry<String, Integer> f : forms.entrySet()) {
        if (best == null || f.getValue() > forms.get(best)) {
          best = f.getKey();
        }
      }
      String restored = inCaseOf(w, best);
      changed |= !restored.equals(w);
      out.append(restored);
    }
    out.append(nfcTitle, last, nfcTitle.length());
    return changed ? out.toString() : title;
  }

  /** {@code spelled} with the upper and lower case of {@code as}, letter by letter. */
  private static String inCaseOf(String as, String spelled) {
    if (as.length() != spelled.length()) {
      return as;
    }
    StringBuilder b = new StringBuilder(spelled.length());
    for (int i = 0; i < as.length(); i++) {
      char c = spelled.charAt(i);
      b.append(Character.isUpperCase(as.charAt(i)) ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  private static String plain(String w) {
    return Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
