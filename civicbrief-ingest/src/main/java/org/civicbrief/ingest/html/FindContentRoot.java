package org.civicbrief.ingest.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the story: the marked-up article body when the page has one, else
 * the block with the most paragraph text and the fewest links.
 */
final class FindContentRoot {

  // A marked-up region with less paragraph text than this is a teaser or a card, not the story.
  private static final int MIN_REGION_TEXT = 200;
  private static final int MIN_PARAGRAPH = 25;
  // When the story is split between sibling blocks, their parent scores almost as well as the best
  // block; then the parent is the story.
  private static final double CLIMB_SHARE = 0.9;
  private static final List<String> REGIONS =
      List.of("[itemprop=articleBody]", "article", "main, [role=main]");

  private final Boilerplate boilerplate = new Boilerplate();

  /** The story's element, with its boilerplate already removed. */
  Element find(Document document) {
    Element body = document.body();
    body.select(Boilerplate.NEVER_TEXT).remove();
    for (String selector : REGIONS) {
      Element best = null;
      int bestText = 0;
      for (Element region : body.select(selector)) {
        int text = paragraphText(region);
        if (text > bestText) {
          best = region;
          bestText = text;
        }
      }
      if (best != null && bestText >= MIN_REGION_TEXT) {
        boilerplate.strip(best);
        if (paragraphText(best) >= MIN_REGION_TEXT) {
          return best;
        }
      }
    }
    boilerplate.strip(body);
    return densest(body);
  }

  private static int paragraphText(Element region) {
    int length = 0;
    for (Element p : region.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  private static Element densest(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : body.select("p, pre, td, div, section")) {
      String text = block.nameIs("div") || block.nameIs("section") ? block.ownText() : block.text();
      text = InlineText.collapse(text);
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, score / 2, Double::sum);
        }
      }
      if (block.nameIs("div") || block.nameIs("section")) {
        scores.merge(block, score, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    // Document order, so that a tie goes to the earlier block whatever the hash order.
    for (Element candidate : body.getAllElements()) {
      Double raw = scores.get(candidate);
      if (raw != null && adjusted(candidate, raw) > bestScore) {
        best = candidate;
        bestScore = adjusted(candidate, raw);
      }
    }
    if (best == null) {
      return body;
    }
    while (best != body && best.parent() != null && scores.containsKey(best.parent())) {
      Element parent = best.parent();
      if (adjusted(parent, scores.get(parent)) < bestScore * CLIMB_SHARE) {
        break;
      }
      best = parent;
      bestScore = Math.max(bestScore, adjusted(parent, scores.get(parent)));
    }
    return best;
  }

  private static double adjusted(Element e, double score) {
    int text = e.text().length();
    double linkDensity = text == 0 ? 0 : Boilerplate.linkTextLength(e) / (double) text;
    return score * (1 - linkDensity);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
