package org.civicbrief.core.civic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads off a card pattern the strings every match contains, in {@linkplain #fold folded} form, as
 * clauses that must all hold, each satisfied by any one of its strings, so that a sentence that
 * fails a clause can be passed over without running the expression: {@code tariffs?} needs
 * "tariff", {@code (?:Fourteenth|14th) Amendment} needs "amendment" and "fourteenth" or "14th",
 * {@code Senate|House} needs "senate" or "house".
 *
 * <p>The reading is conservative: a part of the pattern it does not know (a character class, a
 * space, which stands for any whitespace, an apostrophe, a lookaround, a repetition that may be
 * absent) requires nothing, and a construct that could change how the rest is read (comments mode,
 * quoting, unknown escapes) gives up on the whole pattern. Only ASCII characters are taken as
 * literal text, because case-insensitive matching relates each of them only to characters that
 * {@link #fold} maps onto it (the Kelvin sign to k, the long s to s, the dotted and dotless i to
 * i).
 */
final class RequiredStrings {

  /** The most strings a part of a pattern may spell before it is treated as unknown. */
  private static final int LIMIT = 64;

  /**
   * A clause whose shortest string is shorter holds in most sentences and is not worth checking,
   * unless it is all there is.
   */
  private static final int USEFUL = 2;

  private RequiredStrings() {}

  /**
   * The clauses every match of the card pattern {@code pattern} satisfies, most selective first:
   * each a list of folded strings one of which the match contains. Empty when nothing can be said,
   * so the expression must run on every sentence.
   */
  static List<List<String>> of(String pattern) {
    try {
      Reader reader = new Reader(pattern);
      Info info = reader.alternation();
      if (reader.pos != pattern.length()) {
        return List.of();
      }
      return info.clauses.stream().map(List::copyOf).toList();
    } catch (GiveUp e) {
      return List.of();
    }
  }

  /**
   * The character as case-insensitive matching compares it: upper case, then lower case, as {@link
   * java.util.regex.Pattern} does with {@code CASE_INSENSITIVE | UNICODE_CASE}.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * What is known of a part of a pattern: every string it can match when they are few ({@code
   * exact}, null otherwise), and clauses each of its matches satisfies, best first (none when
   * nothing is known).
   */
  private record Info(Set<String> exact, List<Set<String>> clauses) {

    static final Info EMPTY = new Info(Set.of(""), List.of());
    static final Info UNKNOWN = new Info(null, List.of());

    static Info exactly(Set<String> strings) {
      Set<String> m = minimal(strings);
      return new Info(strings, m == null ? List.of() : List.of(m));
    }
  }

  /** Thrown when the pattern holds something the reading does not understand. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reading of the card pattern, before {@link PatternSyntax} expands it. */
  private static final class Reader {
    private final String p;
    private int pos;

    Reader(String pattern) {
      this.p = pattern;
    }

    Info alternation() {
      List<Info> branches = new ArrayList<>();
      branches.add(sequence());
      while (pos < p.length() && p.charAt(pos) == '|') {
        pos++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.getFirst();
      }
      Set<String> exact = new LinkedHashSet<>();
      // One clause: each branch's best, for a match satisfies one branch's clauses.
      Set<String> either = new LinkedHashSet<>();
      for (Info b : branches) {
        if (exact != null && b.exact != null) {
          exact.addAll(b.exact);
        } else {
          exact = null;
        }
        if (either != null && !b.clauses.isEmpty()) {
          either.addAll(b.clauses.getFirst());
        } else {
          either = null;
        }
      }
      if (exact != null && exact.size() <= LIMIT) {
        return Info.exactly(exact);
      }
      return new Info(null, either == null ? List.of() : List.of(minimal(either)));
    }

    /**
     * Runs of parts whose strings are known are spelled out together ("impeach" then "ed" or
     * nothing); each run, and each clause of another part that must match, is a clause of the
     * whole.
     */
    Info sequence() {
      List<Set<String>> candidates = new ArrayList<>();
      Set<String> run = Set.of("");
      boolean allExact = true;
      while (pos < p.length() && p.charAt(pos) != '|' && p.charAt(pos) != ')') {
        Info item = quantified(atom());
        if (item.exact != null) {
          Set<String> joined = concat(run, item.exact);
          if (joined == null) {
            candidates.add(run);
            run = item.exact;
            allExact = false;
          } else {
            run = joined;
          }
        } else {
          candidates.add(run);
          run = Set.of("");
          allExact = false;
          candidates.addAll(item.clauses);
        }
      }
      if (allExact) {
        return Info.exactly(run);
      }
      candidates.add(run);
      List<Set<String>> clauses = new ArrayList<>();
      for (Set<String> c : candidates) {
        Set<String> m = minimal(c);
        if (m != null && !clauses.contains(m)) {
          clauses.add(m);
        }
      }
      // Stable, so that of equal clauses the earlier comes first.
      clauses.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
      List<Set<String>> useful = new ArrayList<>();
      for (Set<String> c : clauses) {
        if (useful.isEmpty() || shortest(c) >= USEFUL) {
          useful.add(c);
        }
      }
      return new Info(null, useful);
    }

    private Info quantified(Info atom) {
      if (pos >= p.length()) {
        return atom;
      }
      char c = p.charAt(pos);
      int min;
      if (c == '?' || c == '*' || c == '+') {
        pos++;
        min = c == '+' ? 1 : 0;
      } else if (c == '{') {
        int close = p.indexOf('}', pos);
        if (close < 0) {
          throw new GiveUp();
        }
        String bounds = p.substring(pos + 1, close);
        int comma = bounds.indexOf(',');
        String low = comma < 0 ? bounds : bounds.substring(0, comma);
        if (low.isEmpty() || !low.chars().allMatch(Character::isDigit) || low.length() > 6) {
          throw new GiveUp();
        }
        min = Integer.parseInt(low);
        pos = close + 1;
      } else {
        return atom;
      }
      if (pos < p.length() && (p.charAt(pos) == '?' || p.charAt(pos) == '+')) {
        pos++; // lazy or possessive: the same strings match
      }
      if (c == '?' && atom.exact != null) {
        Set<String> optional = new LinkedHashSet<>(atom.exact);
        optional.add("");
        return Info.exactly(optional);
      }
      return min >= 1 ? new Info(null, atom.clauses) : Info.UNKNOWN;
    }

    private Info atom() {
      char c = p.charAt(pos++);
      switch (c) {
        case '(':
          return group();
        case '[':
          return characterClass();
        case '\\':
          return escape();
        case '.', ' ', '\'', '’':
          return Info.UNKNOWN; // any character, any whitespace, either apostrophe
        case '^', '$':
          return Info.EMPTY;
        case '*', '+', '?', '{', ')', '|', ']', '}':
          throw new GiveUp();
        default:
          return c < 128 ? Info.exactly(Set.of(String.valueOf(fold(c)))) : Info.UNKNOWN;
      }
    }

    private Info group() {
      boolean lookaround = false;
      if (p.startsWith("?", pos)) {
        pos++;
        if (p.startsWith(":", pos) || p.startsWith(">", pos)) {
          pos++;
        } else if (p.startsWith("=", pos) || p.startsWith("!", pos)) {
          pos++;
          lookaround = true;
        } else if (p.startsWith("<=", pos) || p.startsWith("<!", pos)) {
          pos += 2;
          lookaround = true;
        } else if (p.startsWith("<", pos)) {
          int close = p.indexOf('>', pos);
          if (close < 0) {
            throw new GiveUp();
          }
          pos = close + 1; // a named group
        } else {
          int end = pos;
          while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '-')) {
            end++;
          }
          String flags = p.substring(pos, end);
          // Comments mode would read spaces and # differently; the other flags change no literal.
          if (flags.indexOf('x') >= 0 || end >= p.length()) {
            throw new GiveUp();
          }
          pos = end;
          if (p.charAt(pos) == ')') {
            pos++;
            return Info.EMPTY;
          }
          if (p.charAt(pos) != ':') {
            throw new GiveUp();
          }
          pos++;
        }
      }
      Info inner = alternation();
      if (pos >= p.length() || p.charAt(pos) != ')') {
        throw new GiveUp();
      }
      pos++;
      // A lookaround matches no text of its own: it neither adds to nor breaks a run.
      return lookaround ? Info.EMPTY : inner;
    }

    /**
     * A class of plain ASCII letters and digits ("[AB]") spells its members; any other, nothing.
     */
    private Info characterClass() {
      int start = pos;
      if (p.startsWith("]", pos) || p.startsWith("^]", pos)) {
        throw new GiveUp();
      }
      int depth = 1;
      while (pos < p.length() && depth > 0) {
        char c = p.charAt(pos++);
        if (c == '\\') {
          pos++;
        } else if (c == '[') {
          depth++;
        } else if (c == ']') {
          depth--;
        }
      }
      if (depth > 0) {
        throw new GiveUp();
      }
      String members = p.substring(start, pos - 1);
      Set<String> exact = new LinkedHashSet<>();
      for (int i = 0; i < members.length(); i++) {
        char c = members.charAt(i);
        if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
          return Info.UNKNOWN;
        }
        exact.add(String.valueOf(fold(c)));
      }
      return Info.exactly(exact);
    }

    private Info escape() {
      if (pos >= p.length()) {
        throw new GiveUp();
      }
      char c = p.charAt(pos++);
      if (c < 128 && !Character.isLetterOrDigit(c)) {
        return Info.exactly(Set.of(String.valueOf(c))); // an escaped sign stands for itself
      }
      switch (c) {
        case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
          return Info.UNKNOWN;
        case 'b', 'B', 'A', 'z', 'Z', 'G':
          if (p.startsWith("{", pos)) {
            throw new GiveUp();
          }
          return Info.EMPTY;
        case 'p', 'P':
          if (p.startsWith("{", pos)) {
            int close = p.indexOf('}', pos);
            if (close < 0) {
              throw new GiveUp();
            }
            pos = close + 1;
          } else {
            pos++;
          }
          return Info.UNKNOWN;
        default:
          throw new GiveUp(); // quoting, back references, code points: not worth reading
      }
    }
  }

  /** Every string of {@code a} followed by every string of {@code b}; null when too many. */
  private static Set<String> concat(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > LIMIT) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /**
   * The strings of {@code set} that contain no other of its strings: a text holding a longer one
   * holds the shorter one too. Null when the set holds the empty string, which every text holds.
   */
  private static Set<String> minimal(Set<String> set) {
    if (set.contains("")) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String s : set) {
      boolean holdsAnother = false;
      for (String t : set) {
        if (!t.equals(s) && s.contains(t)) {
          holdsAnother = true;
          break;
        }
      }
      if (!holdsAnother) {
        out.add(s);
      }
    }
    return out;
  }

  /** Longer shortest string first (fewer sentences hold it), then fewer strings. */
  private static boolean better(Set<String> a, Set<String> b) {
    int la = shortest(a);
    int lb = shortest(b);
    return la != lb ? la > lb : a.size() < b.size();
  }

  private static int shortest(Set<String> set) {
    int min = Integer.MAX_VALUE;
    for (String s : set) {
      min = Math.min(min, s.length());
    }
    return min;
  }
}
