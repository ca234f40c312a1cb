package org.civicbrief.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectLanguageTest {

  private final DetectLanguage detect = new DetectLanguage();

  static final String ENGLISH =
      "The city council voted on Monday to spend more on the bus network, and the mayor said that"
          + " the new routes would be ready by the end of the year. Several members of the council"
          + " were not convinced, but the plan passed with a clear majority.";

  static final String SPANISH =
      "El ayuntamiento aprobó el lunes un aumento del presupuesto para los autobuses, y la"
          + " alcaldesa dijo que las nuevas rutas estarán listas antes de que termine el año. Varios"
          + " concejales no estaban convencidos, pero el plan salió adelante con una mayoría clara.";

  static final String FRENCH =
      "Le conseil municipal a voté lundi une hausse du budget des bus, et la maire a déclaré que les"
          + " nouvelles lignes seraient prêtes avant la fin de l'année. Plusieurs élus n'étaient pas"
          + " convaincus, mais le projet a été adopté avec une nette majorité.";

  static final String GERMAN =
      "Der Stadtrat hat am Montag beschlossen, mehr Geld für das Busnetz auszugeben, und die"
          + " Bürgermeisterin sagte, dass die neuen Linien bis zum Ende des Jahres fertig sein"
          + " werden. Einige Mitglieder waren nicht überzeugt, aber der Plan wurde mit einer klaren"
          + " Mehrheit angenommen.";

  static final String ITALIAN =
      "Il consiglio comunale ha votato lunedì per aumentare la spesa per gli autobus, e la sindaca"
          + " ha detto che le nuove linee saranno pronte entro la fine dell'anno. Alcuni consiglieri"
          + " non erano convinti, ma il piano è stato approvato con una chiara maggioranza.";

  static final String PORTUGUESE =
      "A câmara municipal aprovou na segunda-feira um aumento do orçamento para os ônibus, e a"
          + " prefeita disse que as novas linhas estarão prontas até o fim do ano. Vários vereadores"
          + " não estavam convencidos, mas o plano foi aprovado com uma maioria clara.";

  static final String DUTCH =
      "De gemeenteraad heeft maandag besloten meer geld uit te geven aan het busnet, en de"
          + " burgemeester zei dat de nieuwe lijnen voor het einde van het jaar klaar zijn. Een paar"
          + " raadsleden waren niet overtuigd, maar het plan werd met een duidelijke meerderheid"
          + " aangenomen.";

  static final String RUSSIAN =
      "Городской совет в понедельник проголосовал за увеличение расходов на автобусы, и мэр"
          + " сказала, что новые маршруты будут готовы до конца года. Некоторые депутаты не были"
          + " убеждены, но план был принят явным большинством.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "en|" + ENGLISH,
        "es|" + SPANISH,
        "fr|" + FRENCH,
        "de|" + GERMAN,
        "it|" + ITALIAN,
        "pt|" + PORTUGUESE,
        "nl|" + DUTCH,
        "ru|" + RUSSIAN,
        "el|Το δημοτικό συμβούλιο ψήφισε τη Δευτέρα να αυξήσει τα χρήματα για τα λεωφορεία.",
        "ar|صوت مجلس المدينة يوم الاثنين على زيادة الإنفاق على الحافلات.",
        "zh|市议会星期一投票决定增加公共汽车的预算。",
        "ja|市議会は月曜日にバスの予算を増やすことを決めました。",
        "hi|नगर परिषद ने सोमवार को बसों पर खर्च बढ़ाने के लिए मतदान किया।",
        "uk|Міська рада в понеділок проголосувала за збільшення витрат на автобуси, і мерка сказала, що нові маршрути будуть готові до кінця року."
      })
  void recognisesShortParagraphsInEachLanguage(String code, String text) {
    assertThat(detect.detect(text).code()).isEqualTo(code);
  }

  @Test
  void isConfidentAboutAFullEnglishParagraph() {
    assertThat(detect.detect(ENGLISH).confidence()).isGreaterThan(0.6);
  }

  @Test
  void readsAnEnglishStoryQuotingSpanishAsEnglish() {
    String text =
        ENGLISH
            + " \"Es un buen día para la ciudad,\" said one resident, who added that the change was"
            + " long overdue and that the buses had been late for years.";
    assertThat(detect.detect(text).isEnglish()).isTrue();
  }

  @Test
  void readsASpanishStoryQuotingEnglishAsSpanish() {
    assertThat(detect.detect(SPANISH + " \"It is about time,\" dijo un vecino.").code())
        .isEqualTo("es");
  }

  @Test
  void leansEnglishForAShortTextWithoutFunctionWords() {
    assertThat(detect.detect("Mayor Rosa Iqbal: 2031 budget").isEnglish()).isTrue();
  }

  @Test
  void leansEnglishWhenAShortTextHasOnlyOneForeignLookingWord() {
    assertThat(detect.detect("HARBOR CITY Ferries. Named O Lima captain.").isEnglish()).isTrue();
  }

  @Test
  void recognisesAShortSpanishSentence() {
    assertThat(detect.detect("El plan de la ciudad para los autobuses").code()).isEqualTo("es");
  }

  @Test
  void doesNotCallALongLatinTextWithNoEnglishFunctionWordsEnglish() {
    String polish =
        "Rada miejska zagłosowała w poniedziałek za zwiększeniem wydatków na autobusy, a"
            + " burmistrz powiedziała, że nowe trasy będą gotowe przed końcem roku. Kilku radnych"
            + " nie było przekonanych, ale plan przyjęto wyraźną większością głosów.";
    LanguageGuess guess = detect.detect(polish);
    assertThat(guess.isEnglish()).isFalse();
    assertThat(guess.code()).isEqualTo(LanguageGuess.UNDETERMINED);
  }

  @Test
  void namesLanguagesInEnglish() {
    assertThat(new LanguageGuess("es", 1).name()).isEqualTo("Spanish");
    assertThat(new LanguageGuess("ru", 1).name()).isEqualTo("Russian");
  }
}
