package org.civicbrief.core.quiz.export;

import java.util.HashSet;
import java.util.Set;

/**
 * Identifiers for QTI packages: valid XML names (QTI identifiers must be) made only of ASCII
 * letters, digits, {@code -}, {@code _} and {@code .} (they also name files in the ZIP), and unique
 * within one package.
 */
final class QtiIds {

  private final Set<String> used = new HashSet<>();

  /** A fresh identifier made from {@code raw}. */
  String of(String raw) {
    StringBuilder b = new StringBuilder(raw.length() + 2);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '_'
              || c == '.';
      b.append(ok ? c : '-');
    }
    if (b.isEmpty() || !Character.isLetter(b.charAt(0)) && b.charAt(0) != '_') {
      b.insert(0, "q-");
    }
    String base = b.toString();
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
