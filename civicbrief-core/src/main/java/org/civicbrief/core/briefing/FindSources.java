package org.civicbrief.core.briefing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.Sentence;
import org.civicbrief.core.text.Token;
import org.civicbrief.core.text.WordList;

/**
 * Lists what the article cites: other outlets, officials, named people and documents, each with
 * every place it is cited, and the article's own publisher.
 */
final class FindSources {

  /** Head nouns of cited documents. */
  private static final Set<String> DOCUMENTS = WordList.of("document-nouns");

  /** Words that name an organization whose reporting an article cites as another outlet. */
  private static final Set<String> NEWS_WORDS = WordList.of("news-outlet-words");

  private static final Set<String> DOCUMENT_VERBS = WordList.of("document-verbs");
  private static final Set<String> OFFICIAL_WORDS = WordList.of("official-words");

  private record Builder(
      String name, SourceKind kind, Optional<String> url, List<Evidence> evidence) {}

  List<SourceRef> find(
      Analysis a,
      List<List<FindAttributions.Attribution>> attributions,
      List<AttributeQuotes.Attributed> quotes) {
    Map<String, Builder> found = new LinkedHashMap<>();
    Article article = a.annotated.article();
    article
        .publisher()
        .or(() -> article.canonicalUrl().map(FindSources::host))
        .ifPresent(p -> add(found, p, SourceKind.PUBLISHER, article.canonicalUrl(), null));
    for (Sentence s : a.body()) {
      for (FindAttributions.Attribution at : attributions.get(s.index())) {
        Evidence ev = a.evidence(s, at.start(), at.end());
        if (at.actor() != null) {
          SourceKind kind = kindOf(at.actor().name, at.verb());
          add(
              found,
              at.actor().name,
              at.actor().kind == ActorKind.PERSON
                  ? (kind == SourceKind.OUTLET ? kind : SourceKind.PERSON)
                  : body(at.actor().name, kind),
              Optional.empty(),
              ev);
        } else if (namesASource(at.text()) && !pluralPeople(at.text(), at.verb())) {
          add(
              found,
              at.text().replaceFirst("^(and|or|but) ", ""),
              unnamedKind(at.text(), at.verb()),
              Optional.empty(),
              ev);
        }
      }
      documents(found, a, s);
    }
    for (AttributeQuotes.Attributed q : quotes) {
      add(
          found,
          q.source(),
          q.speaker() != null && q.speaker().kind == ActorKind.PERSON
              ? SourceKind.PERSON
              : body(q.source(), kindOf(q.source(), "")),
          Optional.empty(),
          q.speakerEvidence());
    }
    List<SourceRef> out = new ArrayList<>();
    for (Builder b : found.values()) {
      out.add(new SourceRef(b.name(), b.kind(), b.url(), b.evidence()));
    }
    return out;
  }

  private static final Set<String> PEOPLE = WordList.of("source-groups");

  /** An unnamed source counts when its head noun is a person, an office, an outlet or a body. */
  private static boolean namesASource(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[\\s’']+");
    String head = words[words.length - 1];
    return PEOPLE.contains(head)
        || OFFICIAL_WORDS.contains(head)
        || FindRoles.ROLE_NOUNS.contains(head)
        || DOCUMENTS.contains(head)
        || NEWS_WORDS.contains(head) && Character.isUpperCase(text.charAt(0));
  }

  /**
   * True for an unnamed group of people ("Both leaders", "State leaders", "lawyers"): it is no
   * person, and a source list says "person" of a source that is not a body or an outlet (R20 listed
   * "Both leaders" as a person). The people it stands for are listed by name where the article
   * names them; officials and bodies keep their kind.
   */
  private static boolean pluralPeople(String text, String verb) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[\\s’']+");
    String head = words[words.length - 1];
    return head.length() > 3
        && head.endsWith("s")
        && !head.endsWith("ss")
        && unnamedKind(text, verb) == SourceKind.PERSON;
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The kind of a source that is no person: a company ("TikTok said") is an organization, not a
   * person (R18 listed "TikTok (person)"); a government body keeps its official kind.
   */
  private static final Set<String> GOVERNMENT_BODIES = WordList.of("government-body-words");

  /**
   * An unnamed source's kind: "the court" or "the agency" is a government body, an official source,
   * not a person (R18 listed "the court (person)").
   */
  private static SourceKind unnamedKind(String text, String verb) {
    SourceKind kind = kindOf(text, verb);
    if (kind != SourceKind.PERSON) {
      return kind;
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[\\s’']+");
    return GOVERNMENT_BODIES.contains(words[words.length - 1]) ? SourceKind.OFFICIAL : kind;
  }

  private static SourceKind body(String name, SourceKind kind) {
    if (kind != SourceKind.PERSON) {
      return kind;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s’'.]+")) {
      if (GOVERNMENT_BODIES.contains(w)) {
        return SourceKind.OFFICIAL; // "the Supreme Court", "the Justice Department"
      }
    }
    return SourceKind.ORGANIZATION;
  }

  private static SourceKind kindOf(String text, String verb) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : lower.split("[\\s’']+")) {
      if (NEWS_WORDS.contains(w) && Character.isUpperCase(text.charAt(0))) {
        return SourceKind.OUTLET;
      }
    }
    for (String w : lower.split("\\s+")) {
      if (OFFICIAL_WORDS.contains(w)) {
        return SourceKind.OFFICIAL;
      }
      if (DOCUMENTS.contains(w)) {
        return SourceKind.DOCUMENT;
      }
    }
    return verb.startsWith("report") ? SourceKind.OUTLET : SourceKind.PERSON;
  }

  /** "signing an executive order", "introduced a bill": documents the story turns on. */
  private static void documents(Map<String, Builder> found, Analysis a, Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token v = s.token(i);
      if (!v.isVerb()
          || !DOCUMENT_VERBS.contains(v.lemma().toLowerCase(Locale.ROOT))
          || a.insideQuote(v.start())) {
        continue;
      }
      for (int j = i + 1; j < Math.min(s.size(), i + 5); j++) {
        Token t = s.token(j);
        if (t.isNoun() && DOCUMENTS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          int from = i + 1;
          while (from < j
              && (s.token(from).pos().equals("DT") || s.token(from).pos().equals("PRP$"))) {
            from++;
          }
          int start = s.token(from).start();
          int end = t.end();
          add(
              found,
              a.text.substring(start, end),
              SourceKind.DOCUMENT,
              Optional.empty(),
              a.evidence(s, start, end));
          break;
        }
        if (!(t.pos().equals("DT")
            || t.pos().startsWith("JJ")
            || t.pos().startsWith("NN")
            || t.pos().equals("PRP$"))) {
          break;
        }
      }
    }
  }

  private static void add(
      Map<String, Builder> found, String name, SourceKind kind, Optional<String> url, Evidence ev) {
    String key = name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
    Builder b = found.computeIfAbsent(key, k -> new Builder(name, kind, url, new ArrayList<>()));
    if (ev != null && !b.evidence().contains(ev)) {
      b.evidence().add(ev);
    }
  }
}
