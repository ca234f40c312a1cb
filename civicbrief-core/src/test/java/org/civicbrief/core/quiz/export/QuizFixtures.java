package org.civicbrief.core.quiz.export;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.article.Article;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;
import org.civicbrief.core.briefing.Headline;
import org.civicbrief.core.quiz.Difficulty;
import org.civicbrief.core.quiz.Question;
import org.civicbrief.core.quiz.QuestionKind;
import org.civicbrief.core.quiz.Quiz;
import org.civicbrief.core.quiz.QuizOnlyBriefing;

/**
 * A briefing with a hand-made quiz whose texts hold every character an export format gives a
 * meaning: GIFT's {@code ~ = # { } :} and backslash, XML's {@code < & "}, Markdown's {@code * _ [}
 * and a non-ASCII letter.
 */
final class QuizFixtures {

  static final String TITLE = "Council sets {budget} = $4 million: \"roads ~ bridges\" #1";
  static final String URL = "https://ledger.example/news/budget?year=2025&part=1";

  static final String TEXT =
      TITLE
          + "\n\nThe Riverton council approved a {capital} budget of $4 million on Tuesday: roads ~"
          + " bridges = priority #1.\n"
          + "Mayor Zoë Ruiz said \"spending < needs & we'll cope\" after the vote.\n"
          + "The clerk filed it under C:\\roads\\new.";

  static final String BUDGET_SENTENCE =
      "The Riverton council approved a {capital} budget of $4 million on Tuesday: roads ~ bridges"
          + " = priority #1.";
  static final String MAYOR_SENTENCE =
      "Mayor Zoë Ruiz said \"spending < needs & we'll cope\" after the vote.";

  /** Multiple choice; the stem, options and explanation use every special character. */
  static final Question BUDGET =
      new Question(
          "q-budget0001",
          QuestionKind.HOW_MANY,
          "How big is the council's {capital} budget: \"A = B\" ~ #1 <b>bold</b> & more?",
          List.of("$2 {million}", "$4 million", "<none> & \"other\"", "C:\\roads ~ Zoë #2"),
          "$4 million",
          "The answer is $4 million. The article reports: “a {capital} budget of $4 million”"
              + " (sentence 2, Riverton Ledger) = fact #1 ~ <i>C:\\roads</i>.",
          at(1, BUDGET_SENTENCE),
          Difficulty.MEDIUM,
          "coreFacts[0]",
          false,
          Optional.empty());

  static final Question TRUE_ONE =
      new Question(
          "q-truth00001",
          QuestionKind.TRUE_FALSE,
          "True or false: Mayor Zoë Ruiz said \"spending < needs & we'll cope\".",
          List.of("True", "False"),
          "True",
          "True. The article reports: “spending < needs & we'll cope” (sentence 3).",
          at(2, MAYOR_SENTENCE),
          Difficulty.EASY,
          "quotes/q1",
          false,
          Optional.empty());

  static final Question FALSE_ONE =
      new Question(
          "q-truth00002",
          QuestionKind.TRUE_FALSE,
          "True or false: The council approved a budget of $8 million {on Tuesday}.",
          List.of("True", "False"),
          "False",
          "False. The article says “$4 million”, not “$8 million”: “a budget of $4 million”.",
          at(1, BUDGET_SENTENCE),
          Difficulty.HARD,
          "coreFacts[0]",
          false,
          Optional.empty());

  /** A background question citing a knowledge-base card; two options start with [ and %. */
  static final Question BACKGROUND =
      new Question(
          "q-concept001",
          QuestionKind.CONCEPT,
          "Who must approve a city's capital budget?",
          List.of("[html] the mayor alone", "%50% of voters", "The city council", "The state"),
          "The city council",
          "The city council adopts the capital budget; the mayor proposes it.",
          at(1, BUDGET_SENTENCE),
          Difficulty.MEDIUM,
          "concepts/capital-budget",
          true,
          Optional.of("Municipal budgets explained, https://civics.example/budgets"));

  static final List<Question> QUESTIONS = List.of(BUDGET, TRUE_ONE, FALSE_ONE, BACKGROUND);

  private QuizFixtures() {}

  static Evidence at(int sentence, String fragment) {
    int start = TEXT.indexOf(fragment);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + fragment);
    }
    return new Evidence(sentence, start, start + fragment.length());
  }

  static Article article() {
    return Article.ofText(TEXT, "budget.txt").withTitle(TITLE, true).withCanonicalUrl(URL);
  }

  static Briefing briefing() {
    return briefing(article(), QUESTIONS);
  }

  static Briefing briefing(Article article, List<Question> questions) {
    BriefItem dek = new BriefItem(BUDGET_SENTENCE, at(1, BUDGET_SENTENCE), List.of(), false);
    return QuizOnlyBriefing.of(
        article, new Headline(TITLE, Optional.of(at(0, TITLE))), dek, questions);
  }

  /** A briefing built without a quiz. */
  static Briefing withoutQuiz() {
    return briefing(article(), List.of()).withQuiz(Quiz.empty());
  }
}
