package org.civicbrief.core.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Subordinators;
import org.civicbrief.core.text.Token;

/**
 * Ranks actors by how central they are (mentions, quotes, a stated role, presence in the headline
 * and lead) and gives each a one-line stance: the first sentence in which the actor acts as its
 * subject, or else the actor's first quotation.
 */
final class DescribeActors {

  private static final int MAX_ACTORS = 10;

  List<Actor> describe(
      Analysis a,
      List<Cluster> clusters,
      Map<Cluster, Role> roles,
      Map<Cluster, List<Quote>> quotes) {
    Map<Cluster, Double> score = new HashMap<>();
    for (Cluster c : clusters) {
      double s = c.mentionCount();
      for (Quote q : quotes.getOrDefault(c, List.of())) {
        // A few quoted words inside a report ("said she was “not persuaded”") show less of what
        // the person said than a whole statement, and rank a spokesperson less.
        s += statement(q) ? 3.0 : 1.0;
      }
      s += roles.containsKey(c) ? 2 : 0;
      s += c.firstSentence() <= 2 ? 2 : 0;
      s *= c.kind == ActorKind.PERSON ? 1.0 : 0.6;
      boolean central =
          c.kind == ActorKind.PERSON
              ? c.mentionCount() >= 2 || roles.containsKey(c) || quotes.containsKey(c)
              : c.mentionCount() >= 2;
      if (central) {
        score.put(c, s);
      }
    }
    // Ties are broken by where the actor is first named, then by name: never by the clusters'
    // identity hashes, which differ from run to run and thread to thread.
    List<Cluster> ranked = new ArrayList<>();
    for (Cluster c : clusters) {
      if (score.containsKey(c)) {
        ranked.add(c);
      }
    }
    ranked.sort(
        Comparator.comparingDouble((Cluster c) -> -score.get(c))
            .thenComparingInt(Cluster::firstSentence)
            .thenComparingInt((Cluster c) -> c.nameMention.start())
            .thenComparing((Cluster c) -> c.name));
    List<Actor> out = new ArrayList<>();
    for (Cluster c : ranked) {
      if (out.size() == MAX_ACTORS) {
        break;
      }
      List<Quote> qs = quotes.getOrDefault(c, List.of());
      Optional<BriefItem> stance = stance(a, c, qs);
      if (a.spanish() && onlyNamed(c, stance)) {
        continue;
      }
      List<String> aliases = new ArrayList<>(c.aliases);
      for (EntityMention m : c.mentions) {
        if (!m.text().equals(c.name) && !aliases.contains(m.text())) {
          aliases.add(m.text());
        }
      }
      // "Justice Elena Kagan" as the tagger's name: the person is Elena Kagan, the title a role.
      String name = c.name;
      Optional<Role> role = Optional.ofNullable(roles.get(c));
      int space = name.indexOf(' ');
      if (c.kind == ActorKind.PERSON
          && space > 0
          && name.substring(space + 1).contains(" ")
          && FindRoles.TITLES.contains(
              name.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
        String title = name.substring(0, space);
        name = name.substring(space + 1);
        if (role.isEmpty()) {
          int at = c.nameMention.start();
          role =
              Optional.of(
                  new Role(title, new Evidence(c.nameMention.sentence(), at, at + title.length())));
        }
        aliases.remove(name);
      }
      int tail = titleTail(a, c);
      if (tail > 0) {
        // "Senate President pro Tempore Mike McGuire": the tagger's name starts with the title's
        // last word (R17: "Tempore Mike McGuire"); the person is Mike McGuire, the title a role.
        Sentence s = a.sentence(c.nameMention.sentence());
        int end = s.token(c.nameMention.firstToken()).end();
        name =
            a.text.substring(s.token(c.nameMention.firstToken() + 1).start(), c.nameMention.end());
        // The stated role, read before the tagger's name, lacks the title's last word.
        if (role.isEmpty()
            || role.get().evidence().start() >= tail && role.get().evidence().end() < end) {
          role = Optional.of(new Role(a.text.substring(tail, end), a.evidence(s, tail, end)));
        }
        aliases.remove(name);
      }
      out.add(
          new Actor(
              "a" + (out.size() + 1),
              name,
              c.kind,
              role,
              c.mentionCount(),
              qs.stream().map(Quote::id).toList(),
              stance,
              new Evidence(c.nameMention.sentence(), c.nameMention.start(), c.nameMention.end()),
              aliases));
    }
    return out;
  }

  /**
   * A Spanish briefing lists a body as a key actor only when it acts in the article (says or does
   * something as a sentence's subject): R-es2 read "Guardia Nacional", sent and deployed but never
   * acting, as a person among the actors, and "Cámara de Representantes" and "Corte Suprema" named
   * only as places of a vote or a ruling likewise (ADR 21). English keeps its own rule.
   */
  private static boolean onlyNamed(Cluster c, Optional<BriefItem> stance) {
    return c.kind != ActorKind.PERSON && stance.isEmpty();
  }

  /**
   * Where a person's name as tagged starts with the last word of a title that runs on past a
   * lowercase word ("President pro Tempore", "Secretary of State"), the offset the title starts at;
   * else -1. The name keeps at least two words.
   */
  private static int titleTail(Analysis a, Cluster c) {
    EntityMention m = c.nameMention;
    if (c.kind != ActorKind.PERSON || m.lastToken() - m.firstToken() < 2 || m.firstToken() < 2) {
      return -1;
    }
    Sentence s = a.sentence(m.sentence());
    Token joint = s.token(m.firstToken() - 1);
    Token title = s.token(m.firstToken() - 2);
    if (!Character.isLowerCase(joint.text().charAt(0))
        || joint.isVerb()
        || !FindRoles.TITLES.contains(title.text().toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    int first = m.firstToken() - 2;
    while (first > 0
        && Character.isUpperCase(s.token(first - 1).text().charAt(0))
        && s.token(first - 1).isProperNoun()) {
      first--;
    }
    return s.token(first).start();
  }

  private static Optional<BriefItem> stance(Analysis a, Cluster c, List<Quote> quotes) {
    for (EntityMention m : c.mentions) {
      Sentence s = a.sentence(m.sentence());
      if (!a.isBody(s.index())
          || a.isOpinion(s.index())
          || a.insideQuote(m.start())
          || FindActors.possessive(s, m.lastToken())
          || a.mostlyQuoted(s)) {
        continue;
      }
      if (subjectOfVerb(a, s, m)) {
        int start = s.token(m.firstToken()).start();
        Evidence shown = a.shown(s);
        start = Math.max(start, shown.start());
        return Optional.of(
            new BriefItem(
                a.text.substring(start, shown.end()),
                a.evidence(s, start, shown.end()),
                List.of(),
                a.isHedged(s.index())));
      }
    }
    Quote q = quotes.stream().filter(DescribeActors::statement).findFirst().orElse(null);
    if (q != null) {
      return Optional.of(
          new BriefItem(
              (a.spanish() ? "Dijo: “" : "Said: “") + q.text() + "”",
              q.evidence(),
              List.of(c.name),
              false));
    }
    return Optional.empty();
  }

  /** A quotation of at least four words: a statement, not a phrase such as “reference point”. */
  private static boolean statement(Quote q) {
    return q.text().strip().split("\\s+").length >= STATEMENT_WORDS;
  }

  private static final int STATEMENT_WORDS = 4;

  /** The mention comes before any verb of its sentence and a verb follows it closely. */
  private static boolean subjectOfVerb(Analysis a, Sentence s, EntityMention m) {
    if (Subordinators.is(s.token(0).text())) {
      return false; // "When Trump signed …, she said": the main clause is someone else's
    }
    for (int i = 0; i < m.firstToken(); i++) {
      if (s.token(i).isVerb()) {
        return false;
      }
    }
    if (a.spanish() && spanishComplement(s, m)) {
      return false;
    }
    for (int i = m.lastToken() + 1; i < Math.min(s.size(), m.lastToken() + 5); i++) {
      Token t = s.token(i);
      if (t.isVerb() || t.pos().equals("MD")) {
        return !a.insideQuote(t.start());
      }
      if (t.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "La orden ejecutiva del presidente Donald Trump que limita …", "La orden de Trump negaría …": a
   * Spanish name after "de", past its title, completes a noun; the verb after it is the noun's or a
   * relative clause's, and the person is not the sentence's subject (ADR 21).
   */
  private static boolean spanishComplement(Sentence s, EntityMention m) {
    int i = m.firstToken() - 1;
    while (i >= 0
        && (FindRoles.TITLES.contains(s.token(i).text().toLowerCase(java.util.Locale.ROOT))
            || s.token(i).pos().startsWith("JJ"))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    String w = s.token(i).text().toLowerCase(java.util.Locale.ROOT);
    boolean relative =
        m.lastToken() + 1 < s.size() && s.token(m.lastToken() + 1).text().equalsIgnoreCase("que");
    // "Newsom y Bonta sostuvieron": the second of two subjects has no statement of its own.
    return w.equals("del")
        || w.equals("al")
        || w.equals("de")
        || w.equals("y")
        || (w.equals("a") && relative);
  }
}
