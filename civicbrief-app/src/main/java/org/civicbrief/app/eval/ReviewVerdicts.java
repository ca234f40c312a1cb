package org.civicbrief.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a filled verdict sheet of a {@link ReviewPacket} as REVIEW.md counts: an item is
 * acceptable with no blocking (B) and no major (M) failure and at most one minor (m); the figures
 * are the acceptable share of article and of background items, wrong keys (K1) per 100 items,
 * ungrammatical stems (Q1), items with two right answers (K2), and failures by code.
 */
public final class ReviewVerdicts {

  /** Each criterion's severity when the sheet does not say (REVIEW.md's table). */
  private static final Map<String, Character> SEVERITY =
      Map.ofEntries(
          Map.entry("K1", 'B'),
          Map.entry("K2", 'B'),
          Map.entry("S1", 'B'),
          Map.entry("S2", 'B'),
          Map.entry("S3", 'M'),
          Map.entry("Q1", 'M'),
          Map.entry("Q2", 'M'),
          Map.entry("Q3", 'B'),
          Map.entry("Q4", 'M'),
          Map.entry("Q5", 'm'),
          Map.entry("D1", 'M'),
          Map.entry("D2", 'B'),
          Map.entry("D3", 'M'),
          Map.entry("D4", 'M'),
          Map.entry("D5", 'm'),
          Map.entry("T1", 'B'),
          Map.entry("T2", 'M'),
          Map.entry("E1", 'M'),
          Map.entry("F1", 'm'),
          Map.entry("N1", 'M'));

  /** "D1 M", "D1 (M)", "D1M", "S3m" or a bare "K1" (its severity from the table). */
  private static final Pattern CODE =
      Pattern.compile("\\b([KSQDTEFN]\\d)\\s*\\(?\\s*(B|M|m)?\\b\\)?");

  /** The report of the sheet's lines (the header first); a line that cannot be read is an error. */
  public String score(List<String> lines) {
    int[] article = new int[2]; // acceptable, total
    int[] background = new int[2];
    // The reviewer's own verdicts, which may weigh a code differently from the table's severity.
    int[] reviewerArticle = new int[2];
    int[] reviewerBackground = new int[2];
    Map<String, Integer> byCode = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new BadDataException(
            "verdicts line " + (i + 1) + ": needs article, item, source, verdict and codes");
      }
      boolean acceptable = acceptable(f[4], byCode);
      int[] counts = f[2].strip().equals("background") ? background : article;
      counts[1]++;
      counts[0] += acceptable ? 1 : 0;
      String verdict = f[3].strip().toUpperCase(Locale.ROOT);
      if (!verdict.isEmpty() && !verdict.equals("ACCEPT") && !verdict.equals("REJECT")) {
        throw new BadDataException(
            "verdicts line " + (i + 1) + ": verdict is ACCEPT or REJECT, not \"" + f[3] + "\"");
      }
      if (!verdict.isEmpty()) {
        int[] said = f[2].strip().equals("background") ? reviewerBackground : reviewerArticle;
        said[1]++;
        said[0] += verdict.equals("ACCEPT") ? 1 : 0;
      }
    }
    int items = article[1] + background[1];
    StringBuilder out = new StringBuilder();
    out.append(row("article items acceptable", article))
        .append(row("background items acceptable", background))
        .append(row("article items the reviewer took", reviewerArticle))
        .append(row("background the reviewer took", reviewerBackground))
        .append(
            String.format(
                Locale.ROOT,
                "%-32s %6.1f  (%d of %d items)%n",
                "wrong keys (K1) per 100 items",
                items == 0 ? 0.0 : 100.0 * byCode.getOrDefault("K1", 0) / items,
                byCode.getOrDefault("K1", 0),
                items))
        .append(
            String.format(
                Locale.ROOT,
                "%-32s %6d%n",
                "ungrammatical stems (Q1)",
                byCode.getOrDefault("Q1", 0)))
        .append(
            String.format(
                Locale.ROOT, "%-32s %6d%n", "two right answers (K2)", byCode.getOrDefault("K2", 0)))
        .append("failures by code:");
    byCode.forEach((code, n) -> out.append(' ').append(code).append(' ').append(n));
    return out.append('\n').toString();
  }

  private static String row(String label, int[] counts) {
    return String.format(
        Locale.ROOT,
        "%-32s %5.1f%%  (%d of %d)%n",
        label,
        counts[1] == 0 ? 0.0 : 100.0 * counts[0] / counts[1],
        counts[0],
        counts[1]);
  }

  /** Counts the codes of one item and says whether they leave it acceptable. */
  static boolean acceptable(String codes, Map<String, Integer> byCode) {
    int minor = 0;
    boolean severe = false;
    Matcher m = CODE.matcher(codes);
    while (m.find()) {
      String code = m.group(1);
      if (!SEVERITY.containsKey(code)) {
        continue;
      }
      char severity = m.group(2) != null ? m.group(2).charAt(0) : SEVERITY.get(code);
      byCode.merge(code, 1, Integer::sum);
      if (severity == 'm') {
        minor++;
      } else {
        severe = true;
      }
    }
    return !severe && minor <= 1;
  }
}
