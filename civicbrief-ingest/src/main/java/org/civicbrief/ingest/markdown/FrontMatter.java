package org.civicbrief.ingest.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file, read as flat {@code key: value} lines, and the Markdown
 * after it.
 *
 * @param fields the keys in lower case with their values, quotes and list brackets removed
 * @param body the Markdown after the closing {@code ---}
 */
record FrontMatter(Map<String, String> fields, String body) {

  private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$");

  FrontMatter {
    fields = Map.copyOf(fields);
    Objects.requireNonNull(body, "body");
  }

  /** Splits {@code markdown} (with LF line ends); no front matter gives no fields. */
  static FrontMatter split(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return new FrontMatter(Map.of(), markdown);
    }
    int from = 4;
    var fields = new LinkedHashMap<String, String>();
    while (from <= markdown.length()) {
      int end = markdown.indexOf('\n', from);
      String line = end < 0 ? markdown.substring(from) : markdown.substring(from, end);
      if (line.equals("---") || line.equals("...")) {
        return new FrontMatter(fields, end < 0 ? "" : markdown.substring(end + 1));
      }
      var m = FIELD.matcher(line);
      if (m.matches()) {
        fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), scalar(m.group(2)));
      }
      if (end < 0) {
        break;
      }
      from = end + 1;
    }
    // No closing line: this was a thematic break, not front matter.
    return new FrontMatter(Map.of(), markdown);
  }

  /** The first non-empty value among {@code keys}. */
  Optional<String> get(String... keys) {
    for (String key : keys) {
      String value = fields.get(key);
      if (value != null && !value.isEmpty()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static String scalar(String raw) {
    String v = raw.strip();
    if (v.startsWith("#")) {
      return "";
    }
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
      var parts = v.split(",");
      var names = new StringBuilder();
      for (String part : parts) {
        String name = unquote(part.strip());
        if (!name.isEmpty()) {
          names.append(names.isEmpty() ? "" : ", ").append(name);
        }
      }
      return names.toString();
    }
    return unquote(v);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).strip();
    }
    int comment = v.indexOf(" #");
    return (comment < 0 ? v : v.substring(0, comment)).strip();
  }
}
