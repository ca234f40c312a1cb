package org.civicbrief.web.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.civicbrief.web.http.HttpProblem;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(int times, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed("ada", address);
    }
  }

  @Test
  void theFirstFailuresAreFreeThenEachWaitDoubles() {
    fail(LoginThrottle.FREE_FAILURES, "192.0.2.1");
    assertThatThrownBy(() -> throttle.check("ada", "192.0.2.1"))
        .isInstanceOfSatisfying(
            HttpProblem.class,
            p -> org.assertj.core.api.Assertions.assertThat(p.status()).isEqualTo(429));
    clock.advance(Duration.ofSeconds(1));
    fail(1, "192.0.2.1");
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> throttle.check("ada", "192.0.2.1")).isInstanceOf(HttpProblem.class);
    clock.advance(Duration.ofSeconds(1));
    assertThatCode(() -> throttle.check("ada", "192.0.2.1")).doesNotThrowAnyException();
  }

  @Test
  void failuresFromOneAddressDoNotDelayTheOwnerElsewhere() {
    fail(LoginThrottle.FREE_FAILURES + 3, "192.0.2.1");
    assertThatCode(() -> throttle.check("ada", "198.51.100.9")).doesNotThrowAnyException();
    assertThatCode(() -> throttle.check("grace", "192.0.2.1")).doesNotThrowAnyException();
  }

  @Test
  void aSuccessClearsTheCountAndTheWaitIsBounded() {
    fail(LoginThrottle.FREE_FAILURES + 40, "192.0.2.1");
    clock.advance(LoginThrottle.LONGEST_WAIT);
    assertThatCode(() -> throttle.check("ada", "192.0.2.1")).doesNotThrowAnyException();
    throttle.succeeded("ada", "192.0.2.1");
    fail(LoginThrottle.FREE_FAILURES - 1, "192.0.2.1");
    assertThatCode(() -> throttle.check("ada", "192.0.2.1")).doesNotThrowAnyException();
  }
}
