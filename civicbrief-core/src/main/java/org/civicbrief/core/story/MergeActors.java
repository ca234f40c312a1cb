package org.civicbrief.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.briefing.Actor;
import org.civicbrief.core.briefing.ActorKind;

/**
 * Merges the key actors of a story's articles: one actor when the names (or aliases) agree up to
 * case and accents, or when a person named by a lone surname in one article has that surname as the
 * last word of exactly one full name in another ("Sheinbaum" joins "Claudia Sheinbaum").
 */
final class MergeActors {

  /** One actor as one article gives it. */
  record Mention(StoryMember member, Actor actor) {}

  private static final class Group {
    final ActorKind kind;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> keys = new LinkedHashSet<>();

    Group(ActorKind kind) {
      this.kind = kind;
    }

    void add(Mention m) {
      mentions.add(m);
      keys.add(key(m.actor().name()));
      m.actor().aliases().forEach(a -> keys.add(key(a)));
    }

    String name() {
      String best = mentions.getFirst().actor().name();
      for (Mention m : mentions) {
        String n = m.actor().name();
        int words = n.split("\\s+").length;
        int bestWords = best.split("\\s+").length;
        if (words > bestWords || (words == bestWords && n.length() > best.length())) {
          best = n;
        }
      }
      return best;
    }

    long articles() {
      return mentions.stream().map(m -> m.member().articleId()).distinct().count();
    }

    int mentionCount() {
      return mentions.stream().mapToInt(m -> m.actor().mentions()).sum();
    }
  }

  private MergeActors() {}

  /** The merged actors of {@code members}, given in publication order; most present first. */
  static List<StoryActor> merge(List<StoryMember> members) {
    List<Group> firstSeen = group(members);
    List<Group> groups = new ArrayList<>(firstSeen);
    groups.sort(
        Comparator.comparingLong((Group g) -> -g.articles())
            .thenComparingInt(g -> -g.mentionCount())
            .thenComparingInt(firstSeen::indexOf));
    List<StoryActor> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(toActor(g));
    }
    return out;
  }

  /** The actors grouped across articles, in order of first appearance. */
  private static List<Group> group(List<StoryMember> members) {
    List<Group> groups = new ArrayList<>();
    List<Mention> loneSurnames = new ArrayList<>();
    for (StoryMember m : members) {
      for (Actor a : m.briefing().actors()) {
        Mention mention = new Mention(m, a);
        if (a.kind() == ActorKind.PERSON && words(a.name()).length == 1) {
          loneSurnames.add(mention);
          continue;
        }
        Group g = byName(groups, a);
        if (g == null) {
          g = new Group(a.kind());
          groups.add(g);
        }
        g.add(mention);
      }
    }
    for (Mention lone : loneSurnames) {
      Group g = byName(groups, lone.actor());
      if (g == null) {
        g = bySurname(groups, key(lone.actor().name()));
      }
      if (g == null) {
        g = new Group(lone.actor().kind());
        groups.add(g);
      }
      g.add(lone);
    }
    // Lone surnames were held back so they could find their full names: restore the order of first
    // appearance for the groups they started.
    groups.sort(Comparator.comparingInt(g -> firstPosition(members, g)));
    return groups;
  }

  /** True when {@code a} names an actor already in {@code earlier} (same rules as the merge). */
  static boolean named(Actor a, List<StoryMember> earlier) {
    for (StoryMember m : earlier) {
      for (Actor b : m.briefing().actors()) {
        if (a.kind() != b.kind()) {
          continue;
        }
        Set<String> ka = keys(a);
        Set<String> kb = keys(b);
        if (ka.stream().anyMatch(kb::contains)) {
          return true;
        }
        if (a.kind() == ActorKind.PERSON && surnameJoins(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean surnameJoins(Actor a, Actor b) {
    String[] wa = words(a.name());
    String[] wb = words(b.name());
    return (wa.length == 1 && wb.length > 1 && key(wb[wb.length - 1]).equals(key(wa[0])))
        || (wb.length == 1 && wa.length > 1 && key(wa[wa.length - 1]).equals(key(wb[0])));
  }

  private static Group byName(List<Group> groups, Actor a) {
    Set<String> k = keys(a);
    for (Group g : groups) {
      if (g.kind == a.kind() && k.stream().anyMatch(g.keys::contains)) {
        return g;
      }
    }
    return null;
  }

  /** The one group of full names whose last word is {@code surname}; null when none or several. */
  private static Group bySurname(List<Group> groups, String surname) {
    Group found = null;
    for (Group g : groups) {
      if (g.kind != ActorKind.PERSON) {
        continue;
      }
      boolean match = false;
      for (String k : g.keys) {
        String[] w = k.split(" ");
        if (w.length > 1 && w[w.length - 1].equals(surname)) {
          match = true;
        }
      }
      if (match) {
        if (found != null) {
          return null;
        }
        found = g;
      }
    }
    return found;
  }

  private static int firstPosition(List<StoryMember> members, Group g) {
    Mention first = g.mentions.getFirst();
    int article = members.indexOf(first.member());
    int position = first.member().briefing().actors().indexOf(first.actor());
    for (Mention m : g.mentions) {
      int a = members.indexOf(m.member());
      int p = m.member().briefing().actors().indexOf(m.actor());
      if (a < article || (a == article && p < position)) {
        article = a;
        position = p;
      }
    }
    return article * 10_000 + position;
  }

  private static StoryActor toActor(Group g) {
    String name = g.name();
    Set<String> aliases = new LinkedHashSet<>();
    for (Mention m : g.mentions) {
      aliases.add(m.actor().name());
      aliases.addAll(m.actor().aliases());
    }
    aliases.removeIf(a -> a.equals(name));
    Optional<StoryRole> role = Optional.empty();
    List<StoryEvidence> evidence = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Mention m : g.mentions) {
      if (m.actor().role().isPresent()) {
        var r = m.actor().role().get();
        // Members come in publication order, so the last stated role is the newest.
        role =
            Optional.of(
                new StoryRole(r.text(), new StoryEvidence(m.member().articleId(), r.evidence())));
      }
      if (seen.add(m.member().articleId())) {
        evidence.add(new StoryEvidence(m.member().articleId(), m.actor().evidence()));
      }
    }
    return new StoryActor(
        name, g.kind, role, List.copyOf(aliases), (int) g.articles(), g.mentionCount(), evidence);
  }

  private static Set<String> keys(Actor a) {
    Set<String> out = new LinkedHashSet<>();
    out.add(key(a.name()));
    a.aliases().forEach(x -> out.add(key(x)));
    return out;
  }

  private static String[] words(String name) {
    return name.strip().split("\\s+");
  }

  /** A name for comparison: lower case, no accents, no punctuation, single spaces. */
  static String key(String name) {
    return String.join(" ", ContentWords.words(name)).replace(".", "").toLowerCase(Locale.ROOT);
  }
}
