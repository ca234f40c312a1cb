package org.civicbrief.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicbrief.core.text.EntityMention;
import org.civicbrief.core.text.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A Spanish blank on a day or a figure is keyed and offered as Spanish writes them (ADR 21): the
 * day with its full date, the figure in its own notation.
 */
class SpanishValueBlanksTest {

  // A Thursday.
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 3, 6));

  private static EntityMention mention(String text, String said, EntityType type, String value) {
    int start = text.indexOf(said);
    return new EntityMention(0, 0, 0, start, start + said.length(), said, type, value);
  }

  private static Optional<SpanishValueBlanks.Blank> day(String text, String said, String value) {
    return SpanishValueBlanks.day(
        text, mention(text, said, EntityType.DATE, value), PUBLISHED, Set.of(), 7L);
  }

  @Test
  void aWeekdayIsKeyedWithItsFullDateAndOtherPastDaysAsOptions() {
    var blank = day("El Congreso aprobó el martes un fondo.", "el martes", "~2025-03-04").get();
    assertThat(blank.key()).isEqualTo("el 4 de marzo de 2025");
    assertThat(blank.distractors())
        .hasSize(3)
        .allMatch(o -> o.matches("el \\d{1,2} de \\p{L}+ de 2025"))
        .allMatch(o -> SpanishValueBlanks.magnitude(o) <= LocalDate.of(2025, 3, 6).toEpochDay())
        .doesNotContain(blank.key());
  }

  @Test
  void aWrittenDayKeepsTheArticleTheSentenceWritesBeforeIt() {
    var blank =
        day("La jueza falló el 3 de marzo contra el plan.", "3 de marzo", "2025-03-03").get();
    assertThat(blank.key()).isEqualTo("3 de marzo de 2025");
    assertThat(blank.distractors()).noneMatch(o -> o.startsWith("el "));
  }

  @Test
  void aThingsDayOrABoundIsNoDayOfTheFact() {
    assertThat(day("La orden del 3 de marzo sigue en pie.", "3 de marzo", "2025-03-03")).isEmpty();
    assertThat(day("Firmará antes del lunes la ley.", "lunes", "~2025-03-10")).isEmpty();
    assertThat(day("No hubo cambios hasta el 3 de marzo.", "3 de marzo", "2025-03-03")).isEmpty();
  }

  @Test
  void figuresKeepSpanishNotationAndTheirUnit() {
    String text =
        "El fondo de 2,5 millones de dólares llegará a 1.500 familias con un 64,4% del voto.";
    EntityMention money = mention(text, "2,5 millones de dólares", EntityType.MONEY, "USD 2500000");
    EntityMention families = mention(text, "1.500", EntityType.NUMBER, "1500");
    EntityMention share = mention(text, "64,4%", EntityType.PERCENT, "64.4");
    List<EntityMention> all = List.of(money, families, share);
    assertThat(SpanishValueBlanks.figures(money, all, 3L))
        .isNotEmpty()
        .allMatch(o -> o.matches("\\d+(,\\d)? (millones|millón) de dólares"));
    assertThat(SpanishValueBlanks.figures(families, all, 3L))
        .isNotEmpty()
        .allMatch(o -> o.matches("\\d{1,3}(\\.\\d{3})*"))
        .anyMatch(o -> o.contains("."));
    assertThat(SpanishValueBlanks.figures(share, all, 3L))
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(o -> o.matches("\\d{2},\\d%"));
  }

  @Test
  void aNumberWordGetsNeighbouringWords() {
    String text = "Tiene diez días para firmarlo.";
    EntityMention ten = mention(text, "diez", EntityType.NUMBER, "10");
    assertThat(SpanishValueBlanks.figures(ten, List.of(ten), 1L)).contains("nueve", "once");
  }

  @Test
  void spanishOptionsSortByValue() {
    assertThat(SpanishValueBlanks.magnitude("1.500"))
        .isGreaterThan(SpanishValueBlanks.magnitude("900"));
    assertThat(SpanishValueBlanks.magnitude("2,5 millones"))
        .isGreaterThan(SpanishValueBlanks.magnitude("1 millón"));
    assertThat(SpanishValueBlanks.magnitude("el 28 de febrero de 2025"))
        .isLessThan(SpanishValueBlanks.magnitude("el 4 de marzo de 2025"));
  }
}
