package org.civicbrief.core.briefing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.WordList;

/** An actor while the stages gather it: every mention the article makes of one person or body. */
final class Cluster {

  final ActorKind kind;
  String name;
  EntityMention nameMention;
  final List<EntityMention> mentions = new ArrayList<>();
  final Set<String> aliases = new LinkedHashSet<>();
  final List<Evidence> pronouns = new ArrayList<>();
  NameGender.Gender gender = NameGender.Gender.UNKNOWN;

  Cluster(ActorKind kind, EntityMention first, String name) {
    this.kind = kind;
    this.name = name;
    this.nameMention = first;
    mentions.add(first);
  }

  List<String> keyTokens() {
    return tokens(name);
  }

  int firstSentence() {
    return mentions.stream().mapToInt(EntityMention::sentence).min().orElse(Integer.MAX_VALUE);
  }

  int mentionCount() {
    return mentions.size() + pronouns.size();
  }

  /** Lowercase tokens without diacritics, so "López" matches "Lopez". */
  private static final Set<String> HONORIFICS = WordList.of("honorifics");

  static List<String> tokens(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String t : plain.split("[\\s]+")) {
      // "Mr Trump" is Trump: an honorific before the name is no part of it ("Mr." never is).
      boolean honorific = out.isEmpty() && HONORIFICS.contains(t);
      if (!t.isEmpty() && !honorific) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when {@code part} occurs as a contiguous run inside {@code whole}. */
  static boolean containsRun(List<String> whole, List<String> part) {
    if (part.isEmpty() || part.size() > whole.size()) {
      return false;
    }
    for (int i = 0; i + part.size() <= whole.size(); i++) {
      if (whole.subList(i, i + part.size()).equals(part)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return kind + ":" + name + "×" + mentionCount();
  }
}
