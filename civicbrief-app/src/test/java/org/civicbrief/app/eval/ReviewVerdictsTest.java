package org.civicbrief.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A filled verdict sheet scored as REVIEW.md counts. */
class ReviewVerdictsTest {

  @Test
  void countsAnItemAcceptableWithNoSevereFailureAndAtMostOneMinor() {
    String report =
        new ReviewVerdicts()
            .score(
                List.of(
                    ReviewPacket.HEADER,
                    "a\t1\tarticle\tACCEPT\t\tfine",
                    "a\t2\tarticle\tACCEPT\tS3 m\t\"on Friday\" with no date",
                    "a\t3\tarticle\tREJECT\tS3 m; F1 m\ttwo minors",
                    "a\t4\tarticle\tREJECT\tD1 (M)\ta senator for a county official",
                    "b\t1\tarticle\tREJECT\tK1\tthe key is wrong",
                    "b\t2\tbackground\tACCEPT\t\t"));
    assertThat(report)
        .contains("article items acceptable          40.0%  (2 of 5)")
        .contains("background items acceptable      100.0%  (1 of 1)")
        .contains("(1 of 6 items)")
        .contains("failures by code: D1 1 F1 1 K1 1 S3 2");
  }

  @Test
  void readsASeverityWrittenAgainstItsCodeAndTheReviewersOwnVerdicts() {
    // "D1M,S3m" is as "D1 M; S3 m": before, a glued severity hid the code and the item counted as
    // acceptable (a sheet of rejections scored 100%).
    String report =
        new ReviewVerdicts()
            .score(
                List.of(
                    ReviewPacket.HEADER,
                    "a\t1\tarticle\treject\tD1M,S3m\tcourts for a county vote",
                    "a\t2\tarticle\taccept\tS3m\tan unanchored Friday",
                    "a\t3\tarticle\taccept\tS3M\tthe reviewer took a major one"));
    assertThat(report)
        .contains("article items acceptable          33.3%  (1 of 3)")
        .contains("article items the reviewer took   66.7%  (2 of 3)")
        .contains("failures by code: D1 1 S3 3");
  }

  @Test
  void refusesAVerdictThatIsNeitherAcceptNorReject() {
    assertThatThrownBy(
            () ->
                new ReviewVerdicts()
                    .score(List.of(ReviewPacket.HEADER, "a\t1\tarticle\tmaybe\t\t")))
        .isInstanceOf(BadDataException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("maybe");
  }

  @Test
  void refusesALineWithoutItsColumnsNamingTheLine() {
    assertThatThrownBy(() -> new ReviewVerdicts().score(List.of(ReviewPacket.HEADER, "a\t1")))
        .isInstanceOf(BadDataException.class)
        .hasMessageContaining("line 2");
  }
}
