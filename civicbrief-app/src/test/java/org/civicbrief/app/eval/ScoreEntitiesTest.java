package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.text.EntityType;
import org.junit.jupiter.api.Test;

class ScoreEntitiesTest {

  @Test
  void readsChunksFromIob1AndIob2Tags() {
    // IOB1: B- only separates two entities of one type that touch.
    assertThat(EntityChunk.fromTags(0, List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC")))
        .containsExactly(
            new EntityChunk(0, 0, 2, "PER"),
            new EntityChunk(0, 2, 3, "PER"),
            new EntityChunk(0, 4, 5, "LOC"));
    assertThat(EntityChunk.fromTags(0, List.of("B-ORG", "I-ORG", "I-LOC", "O")))
        .containsExactly(new EntityChunk(0, 0, 2, "ORG"), new EntityChunk(0, 2, 3, "LOC"));
  }

  @Test
  void countsOnlyExactMatchesOfTokensAndType() {
    List<EntityChunk> gold =
        List.of(
            new EntityChunk(0, 0, 2, "PER"),
            new EntityChunk(0, 4, 5, "LOC"),
            new EntityChunk(1, 0, 1, "ORG"),
            new EntityChunk(1, 3, 4, "MISC"));
    List<EntityChunk> predicted =
        List.of(
            new EntityChunk(0, 0, 2, "PER"), // right
            new EntityChunk(0, 4, 5, "ORG"), // wrong type
            new EntityChunk(1, 0, 2, "ORG")); // wrong extent
    EntityScores s = new ScoreEntities().score(gold, predicted);
    assertThat(s.overall().precision()).isEqualTo(1 / 3.0);
    assertThat(s.overall().recall()).isEqualTo(0.25);
    assertThat(s.overall().f1()).isCloseTo(2 / 7.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(s.byType().get("PER").f1()).isEqualTo(1.0);
    assertThat(s.byType().get("ORG").precision()).isZero();
    assertThat(s.gold()).containsEntry("all", 4);
  }

  @Test
  void mapsMentionsFoundInTheJoinedTextBackToTheGoldTokens() {
    ConllCorpus.Document doc =
        new ConllCorpus.Document(
            List.of(
                new ConllCorpus.Sentence(
                    "0",
                    0,
                    List.of("New", "York", "wins", "."),
                    List.of("I-LOC", "I-LOC", "O", "O")),
                new ConllCorpus.Sentence(
                    "1",
                    1,
                    List.of("Mets", "'", "coach", "Ann", "Lee"),
                    List.of("I-ORG", "O", "O", "I-PER", "I-PER"))));
    ConllText text = ConllText.of(doc);
    assertThat(text.text()).isEqualTo("New York wins .\nMets ' coach Ann Lee");
    var annotated =
        new TinyAnnotate(
                Map.of(
                    "New York",
                    EntityType.LOCATION,
                    "Ann Lee",
                    EntityType.PERSON,
                    "coach",
                    EntityType.DATE))
            .annotate(Article.ofText(text.text(), "doc"));
    assertThat(EntitiesEval.chunks(text, annotated))
        .containsExactlyInAnyOrder(
            new EntityChunk(0, 0, 2, "LOC"), new EntityChunk(1, 3, 5, "PER"));
  }
}
