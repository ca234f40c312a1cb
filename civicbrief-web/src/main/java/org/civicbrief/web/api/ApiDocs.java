package org.civicbrief.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.Evidence;

/** The JSON documents of the API, as records whose components are the field names. */
final class ApiDocs {

  private ApiDocs() {}

  /** A field the client left out arrives as null; it means the same as an empty value. */
  static <T> Optional<T> absent(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** Links a client can follow. */
  record Links(String self, String html) {}

  /** A briefing in a list. */
  record BriefingItem(
      long id,
      long articleId,
      String headline,
      String dek,
      String state,
      Optional<Instant> publishedAt,
      Instant updatedAt,
      Links links) {}

  /** A page of briefings. */
  record BriefingList(long total, int offset, List<BriefingItem> items) {}

  /** A briefing with its review state; the quiz is its own resource. */
  record BriefingDocument(
      long id,
      long articleId,
      String state,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> publishedAt,
      Optional<Long> quizId,
      Links links,
      Briefing briefing) {}

  /** A quiz question; the answer and its source only for editors and after an attempt. */
  record QuizQuestion(
      String id,
      String kind,
      String stem,
      List<String> options,
      Optional<Integer> answerIndex,
      Optional<String> explanation,
      Optional<Evidence> evidence,
      Optional<String> verdict) {}

  /** A quiz as readers get it (editors also see rejected questions and the answers). */
  record QuizDocument(long id, long briefingId, List<QuizQuestion> questions) {}

  /** An attempt at a quiz: the index of the chosen option per question id. */
  record AttemptRequest(Map<String, Integer> answers, Optional<String> readerId) {
    AttemptRequest {
      answers = answers == null ? Map.of() : answers;
      readerId = absent(readerId);
    }
  }

  /** One question of a marked attempt. */
  record AttemptItem(
      String questionId,
      Optional<Integer> chosen,
      boolean correct,
      int answerIndex,
      String answer,
      String explanation,
      Evidence evidence,
      String sourceHref) {}

  /** A marked, stored attempt. */
  record AttemptResult(
      long attemptId, long quizId, int score, int max, int percent, List<AttemptItem> items) {}

  /** A search hit. */
  record SearchHitDoc(
      long briefingId,
      String headline,
      String date,
      List<String> actors,
      String snippetHtml,
      Links links) {}

  /** A page of search hits. */
  record SearchDoc(long total, int offset, List<SearchHitDoc> hits) {}

  /** An article to submit: exactly one of text, url and html. */
  record ArticleRequest(
      Optional<String> text,
      Optional<String> title,
      Optional<String> url,
      Optional<String> html,
      Optional<String> published) {
    ArticleRequest {
      text = absent(text);
      title = absent(title);
      url = absent(url);
      html = absent(html);
      published = absent(published);
    }
  }

  /** An accepted submission. */
  record SubmittedDoc(long articleId, long jobId, boolean duplicate, Map<String, String> links) {}

  /** An article in a list. */
  record ArticleItem(long id, Optional<String> title, String origin, Instant createdAt) {}

  /** A page of articles. */
  record ArticleList(int offset, List<ArticleItem> items) {}

  /** A stored article with its text, the text every evidence offset points into. */
  record ArticleDocument(
      long id,
      Optional<String> title,
      String origin,
      Optional<String> byline,
      Optional<String> publisher,
      Optional<String> published,
      Optional<String> canonicalUrl,
      String language,
      String text,
      Instant createdAt,
      Optional<Long> jobId,
      Optional<Long> briefingId) {}

  /** A job. */
  record JobDocument(
      long id,
      String kind,
      long articleId,
      String status,
      int attempts,
      int maxAttempts,
      Optional<String> lastError,
      Optional<String> note,
      Instant createdAt,
      Instant updatedAt,
      Optional<Instant> finishedAt,
      Optional<Long> briefingId) {}

  /** A review step. */
  record ReviewRequest(String to, Optional<String> note) {
    ReviewRequest {
      to = to == null ? "" : to;
      note = absent(note);
    }
  }

  /** A verdict on a quiz question. */
  record QuestionReviewRequest(String verdict, Optional<String> text) {
    QuestionReviewRequest {
      verdict = verdict == null ? "" : verdict;
      text = absent(text);
    }
  }

  /** A recorded verdict. */
  record QuestionReviewDoc(
      String questionId, String verdict, Optional<String> text, String editor, Instant decidedAt) {}
}
