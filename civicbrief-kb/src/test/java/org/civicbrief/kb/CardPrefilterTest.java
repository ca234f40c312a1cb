package org.civicbrief.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicbrief.core.civic.PrefilterMisses;
import org.civicbrief.core.civic.Trigger;
import org.junit.jupiter.api.Test;

/**
 * The matcher runs a card's expression only on sentences holding one of the words it requires:
 * across every card's triggers and every example sentence the reviewers wrote (for any card, to
 * match or not), no trigger that matches is passed over.
 */
class CardPrefilterTest {

  @Test
  void noTriggerThatMatchesAnExampleSentenceIsPassedOver() {
    List<Trigger> triggers = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (CardFile f : new LoadCards().bundledFiles()) {
      triggers.addAll(f.card().triggers());
      sentences.addAll(f.match());
      sentences.addAll(f.noMatch());
    }
    assertThat(sentences).hasSizeGreaterThan(triggers.size() / 2);
    assertThat(PrefilterMisses.of(triggers, sentences)).isEmpty();
  }

  @Test
  void everyTriggerHasAWordToLookForSoNoneRunsOnEverySentence() {
    List<Trigger> triggers = new ArrayList<>();
    new LoadCards().bundledFiles().forEach(f -> triggers.addAll(f.card().triggers()));
    assertThat(PrefilterMisses.unfiltered(triggers)).isZero();
  }
}
