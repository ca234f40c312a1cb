package org.civicbrief.web.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and checks passwords with Argon2id (Bouncy Castle), stored in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. The cost is OWASP's first recommended setting; a hash
 * made with other parameters still verifies, because they are read from the string.
 */
public final class Passwords {

  /** The fewest characters a new password may have. */
  public static final int MIN_LENGTH = 12;

  /** The most characters a password may have; longer input is refused before it is hashed. */
  public static final int MAX_LENGTH = 1024;

  private static final int MEMORY_KB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  // Verified against when a user name is unknown, so that the answer takes as long either way.
  private final String decoy;

  /** A hasher; making one computes one hash. */
  public Passwords() {
    char[] noise = new char[32];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (char) ('a' + random.nextInt(26));
    }
    decoy = hash(noise);
  }

  /**
   * The reason {@code password} cannot be a new password, or empty when it can.
   *
   * @param password the candidate; not kept
   */
  public static Optional<String> weakness(char[] password) {
    if (password.length < MIN_LENGTH) {
      return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of("a password may have at most " + MAX_LENGTH + " characters");
    }
    boolean allSame = true;
    for (char c : password) {
      allSame &= c == password[0];
    }
    return allSame
        ? Optional.of("a password of one repeated character is too easy to guess")
        : Optional.empty();
  }

  /** The PHC string of {@code password} with a fresh salt. */
  public String hash(char[] password) {
    if (password.length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a password may have at most " + MAX_LENGTH + " characters");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] out = derive(password, salt, MEMORY_KB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(out);
  }

  /**
   * True when {@code password} matches {@code stored}. A missing or unreadable hash never matches,
   * and takes as long to refuse as a wrong password.
   */
  public boolean verify(char[] password, Optional<String> stored) {
    if (password.length > MAX_LENGTH) {
      return false;
    }
    Matcher m = PHC.matcher(stored.orElse(""));
    boolean known = m.matches();
    if (!known) {
      m = PHC.matcher(decoy);
      m.matches();
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int parallelism = Integer.parseInt(m.group(3));
    if (memory < 8 || memory > 1 << 21 || iterations < 1 || parallelism < 1) {
      return false;
    }
    byte[] salt;
    byte[] expected;
    try {
      salt = B64D.decode(m.group(4));
      expected = B64D.decode(m.group(5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
    return MessageDigest.isEqual(expected, actual) && known;
  }

  private static byte[] derive(
      char[] password, byte[] salt, int memoryKb, int iterations, int parallelism, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKb)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      byte[] out = new byte[length];
      generator.generateBytes(bytes, out);
      return out;
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }
}
