package org.civicbrief.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecodeTextTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private final DecodeText decode = new DecodeText();

  @Test
  void usesTheCharsetFromTheContentType() {
    byte[] bytes = "caf\u00e9".getBytes(StandardCharsets.UTF_16LE);
    Decoded d = decode.decode(bytes, Optional.of("UTF-16LE"), false);
    assertThat(d.text()).isEqualTo("caf\u00e9");
  }

  @Test
  void usesAMetaCharsetInHtmlWhenTheContentTypeHasNone() {
    byte[] bytes =
        "<html><head><meta charset=\"windows-1252\"></head><p>\u201cquoted\u201d</p>"
            .getBytes(WINDOWS_1252);
    assertThat(decode.decode(bytes, Optional.empty(), true).text()).contains("\u201cquoted\u201d");
  }

  @Test
  void usesAnHttpEquivContentTypeInHtml() {
    byte[] bytes =
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "<p>\u20ac5</p>")
            .getBytes(Charset.forName("ISO-8859-15"));
    assertThat(decode.decode(bytes, Optional.empty(), true).text()).contains("\u20ac5");
  }

  @Test
  void readsLatin1LabelsAsWindows1252LikeBrowsers() {
    byte[] bytes = "\u2019".getBytes(WINDOWS_1252);
    assertThat(decode.decode(bytes, Optional.of("iso-8859-1"), false).text()).isEqualTo("\u2019");
  }

  @Test
  void usesAByteOrderMarkAndDropsIt() {
    byte[] bytes = {(byte) 0xfe, (byte) 0xff, 0, 'h', 0, 'i'};
    Decoded d = decode.decode(bytes, Optional.empty(), false);
    assertThat(d.text()).isEqualTo("hi");
    assertThat(d.isWide()).isTrue();
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
    byte[] bytes = "na\u00efve caf\u00e9 \u2014 \u201cyes\u201d".getBytes(WINDOWS_1252);
    Decoded d = decode.decode(bytes, Optional.empty(), false);
    assertThat(d.text()).isEqualTo("na\u00efve caf\u00e9 \u2014 \u201cyes\u201d");
    assertThat(d.charset()).isEqualTo(WINDOWS_1252);
  }

  @Test
  void readsValidUtf8AsUtf8() {
    byte[] bytes = "\uFEFFna\u00efve".getBytes(StandardCharsets.UTF_8);
    assertThat(decode.decode(bytes, Optional.empty(), false).text()).isEqualTo("na\u00efve");
  }

  @Test
  void readsValidUtf8AsUtf8EvenWhenALabelSaysOtherwise() {
    byte[] bytes =
        "<meta charset=\"gb2312\"><p>caf\u00e9 \u5e02\u8bae\u4f1a</p>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(decode.decode(bytes, Optional.empty(), true).text())
        .contains("caf\u00e9 \u5e02\u8bae\u4f1a");
    assertThat(decode.decode(bytes, Optional.of("iso-8859-1"), true).text()).contains("caf\u00e9");
  }

  @Test
  void ignoresAnUnknownCharsetName() {
    byte[] bytes = "plain".getBytes(StandardCharsets.UTF_8);
    assertThat(decode.decode(bytes, Optional.of("no-such-charset"), false).text())
        .isEqualTo("plain");
  }

  @Test
  void refusesUtf8TextWithInvalidBytesNamingWhereTheyAre() {
    byte[] ok = "The mayor’s plan passed.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(ok, ok.length + 2);
    bytes[ok.length] = (byte) 0xff;
    bytes[ok.length + 1] = (byte) '.';
    Decoded d = decode.decode(bytes, Optional.empty(), false);
    assertThat(decode.problem(bytes, d))
        .hasValueSatisfying(
            m -> assertThat(m).contains("1 invalid byte").contains(Integer.toString(ok.length)));
    assertThat(decode.problem(bytes, decode.decode(bytes, Optional.of("UTF-8"), false)))
        .isPresent();
  }

  @Test
  void letsLegacyTextWithoutAnyUtf8SequencePass() {
    byte[] latin = {'c', 'a', 'f', (byte) 0xe9, ' ', 'n', 'o', 'w'};
    assertThat(decode.problem(latin, decode.decode(latin, Optional.empty(), false))).isEmpty();
    byte[] clean = "The mayor’s plan.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(decode.problem(clean, decode.decode(clean, Optional.empty(), false))).isEmpty();
  }
}
