package org.civicbrief.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void text_escapes_what_would_open_markup_and_leaves_quotes_readable() {
    assertThat(Html.text("<b>Tom & \"Jerry's\"</b>"))
        .isEqualTo("&lt;b&gt;Tom &amp; \"Jerry's\"&lt;/b&gt;");
  }

  @Test
  void attributes_escape_both_kinds_of_quote_so_a_value_cannot_end_early() {
    assertThat(Html.attr("\"><img src=x onerror='alert(1)'>"))
        .isEqualTo("&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;");
  }

  @Test
  void characters_xml_cannot_hold_become_replacement_characters_and_pairs_survive() {
    assertThat(Html.text("a\u0000b\u001bc\uDC00d\uD83D\uDE00e\tf\ng"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00e\tf\ng");
  }
}
