package org.civicbrief.web.http;

import java.time.Clock;

/**
 * Limits for something every reader does (posting a quiz): a limit per reader (a browser's visitor
 * cookie, an account, an API token's reader) and a far higher ceiling per client address, so a
 * class of students behind one school address is served while one client that drops its cookie to
 * look like many readers still meets the ceiling.
 */
public final class ReaderLimits {

  private final RateLimit perReader;
  private final RateLimit perAddress;

  /** {@code perReader} per reader, {@code perAddress} for all readers of one address together. */
  public ReaderLimits(String what, int perReader, int perAddress, Clock clock) {
    this.perReader = new RateLimit(what + " from this reader", perReader, clock);
    this.perAddress = new RateLimit(what + " from your network", perAddress, clock);
  }

  /**
   * Takes one from {@code reader}'s allowance, then one from {@code address}'s (an address or an
   * account: anything whose readers share the ceiling).
   *
   * @throws HttpProblem 429 when either is used up
   */
  public void acquire(String reader, String address) {
    perReader.acquire(reader);
    perAddress.acquire(address);
  }

  /** Takes one from the ceiling of {@code group} (an account whose readers share it). */
  public void acquireShared(String group) {
    perAddress.acquire(group);
  }
}
