package org.civicbrief.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: the charset comes from the Content-Type, else a {@code <meta>} tag in
 * HTML, else a byte order mark, else UTF-8, falling back to windows-1252 when the bytes are not
 * valid UTF-8.
 */
public final class DecodeText {

  // Browsers look for the meta tag in the first 1024 bytes; pages that put it a little later still
  // mean it, so we look further.
  private static final int META_SCAN = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes {@code content}; {@code html} allows a {@code <meta charset>} to name the charset. */
  public Decoded decode(byte[] content, Optional<String> declaredCharset, boolean html) {
    Optional<Charset> chosen = declaredCharset.flatMap(DecodeText::charset);
    if (chosen.isEmpty() && html) {
      chosen = metaCharset(content);
    }
    if (chosen.isEmpty()) {
      chosen = bomCharset(content);
    }
    Optional<String> utf8 = strictUtf8(content);
    if (chosen.isPresent()) {
      // A label that disagrees with bytes that are valid UTF-8, multi-byte sequences and all, is
      // stale (a page saved by a browser, a server's default latin-1): no legacy text is valid
      // UTF-8 by accident.
      if (utf8.isPresent()
          && !chosen.get().equals(StandardCharsets.UTF_8)
          && hasMultiByte(content)
          && !isWide(chosen.get())) {
        return new Decoded(stripBom(utf8.get()), StandardCharsets.UTF_8);
      }
      Charset charset = asBrowsersDo(chosen.get());
      return new Decoded(stripBom(new String(content, charset)), charset);
    }
    // Not UTF-8: older pages and files saved on Windows are most often windows-1252.
    return utf8.map(text -> new Decoded(stripBom(text), StandardCharsets.UTF_8))
        .orElseGet(() -> new Decoded(new String(content, WINDOWS_1252), WINDOWS_1252));
  }

  /**
   * Why text decoded as UTF-8, or as windows-1252 for want of valid UTF-8, would be garbled: bytes
   * that are mostly UTF-8 (they hold valid multi-byte sequences) with some that are not. Decoding
   * such text either way garbles it silently (“â€™” for every apostrophe, or replacement marks), so
   * it is refused with the offsets of the bad bytes. Text with no valid multi-byte sequence is a
   * legacy encoding, not damaged UTF-8, and passes.
   */
  public Optional<String> problem(byte[] content, Decoded decoded) {
    boolean utf8Like =
        decoded.charset().equals(StandardCharsets.UTF_8) || decoded.charset().equals(WINDOWS_1252);
    if (!utf8Like) {
      return Optional.empty();
    }
    java.util.List<Integer> bad = new java.util.ArrayList<>();
    boolean multiByte = false;
    int i = 0;
    while (i < content.length) {
      int b = content[i] & 0xff;
      int length =
          b < 0x80
              ? 1
              : b >= 0xc2 && b <= 0xdf
                  ? 2
                  : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      boolean valid = length > 0 && i + length <= content.length;
      for (int k = 1; valid && k < length; k++) {
        valid = (content[i + k] & 0xc0) == 0x80;
      }
      if (!valid) {
        bad.add(i);
        i++;
        continue;
      }
      multiByte |= length > 1;
      i += length;
    }
    if (bad.isEmpty() || !multiByte) {
      return Optional.empty();
    }
    StringBuilder where = new StringBuilder();
    for (int k = 0; k < Math.min(3, bad.size()); k++) {
      where.append(k == 0 ? "" : ", ").append(bad.get(k));
    }
    return Optional.of(
        "the text is UTF-8 with "
            + bad.size()
            + (bad.size() == 1 ? " invalid byte" : " invalid bytes")
            + " (at byte offset"
            + (bad.size() == 1 ? " " : "s ")
            + where
            + (bad.size() > 3 ? ", …" : "")
            + "); decoding it would garble the text: save it as valid UTF-8 and try again");
  }

  private static Optional<String> strictUtf8(byte[] content) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean hasMultiByte(byte[] content) {
    for (byte b : content) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWide(Charset charset) {
    String name = charset.name();
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  // Pages labelled latin-1 or ASCII routinely hold windows-1252 quotes and dashes; browsers decode
  // those labels as windows-1252, and so do we.
  private static Charset asBrowsersDo(Charset charset) {
    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
        ? WINDOWS_1252
        : charset;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<Charset> metaCharset(byte[] content) {
    String head =
        new String(content, 0, Math.min(content.length, META_SCAN), StandardCharsets.ISO_8859_1);
    var m = META_CHARSET.matcher(head);
    while (m.find()) {
      Optional<Charset> charset = charset(m.group(1));
      if (charset.isPresent()) {
        // A page cannot describe itself in UTF-16 from inside ASCII bytes; browsers read it as
        // UTF-8.
        return charset.get().name().startsWith("UTF-16")
            ? Optional.of(StandardCharsets.UTF_8)
            : charset;
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> bomCharset(byte[] c) {
    if (c.length >= 3 && (c[0] & 0xff) == 0xef && (c[1] & 0xff) == 0xbb && (c[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (c.length >= 2 && (c[0] & 0xff) == 0xfe && (c[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (c.length >= 2 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    String n = name.strip();
    if (n.length() > 1 && (n.startsWith("\"") || n.startsWith("'"))) {
      n = n.substring(1, n.length() - 1);
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // An unknown name is treated as no name: the next clue decides.
      return Optional.empty();
    }
  }
}
