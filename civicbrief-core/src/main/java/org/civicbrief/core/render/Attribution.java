package org.civicbrief.core.render;

import java.util.List;
import java.util.Optional;
import org.civicbrief.core.briefing.BriefItem;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.briefing.SourceKind;
import org.civicbrief.core.briefing.SourceRef;

/** Who a statement is credited to, in the words a reader sees next to it. */
public final class Attribution {

  private Attribution() {}

  /**
   * "according to U.S. officials and NBC News", or empty when the article speaks for itself or the
   * statement names its source in its own words ("NBC News called the race …" needs no "[according
   * to NBC News]" after it; R15).
   */
  public static Optional<String> claimedBy(BriefItem item) {
    List<String> names = unseen(item);
    return names.isEmpty() ? Optional.empty() : Optional.of("according to " + join(names));
  }

  /**
   * {@link #claimedBy(BriefItem)} in the words of {@code labels}: "según la fiscalía y la AP" on a
   * Spanish briefing.
   */
  public static Optional<String> claimedBy(BriefItem item, Labels labels) {
    List<String> names = unseen(item);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String joined =
        names.size() == 1
            ? names.getFirst()
            : String.join(", ", names.subList(0, names.size() - 1))
                + " "
                + labels.get("and")
                + " "
                + names.getLast();
    return Optional.of(labels.get("according") + " " + joined);
  }

  /** The attribution of {@code item}, else the publisher's name when it is known. */
  public static Optional<String> credit(BriefItem item, Briefing briefing) {
    return claimedBy(item).or(() -> publisher(briefing));
  }

  /** {@link #credit(BriefItem, Briefing)} in the words of the briefing's language. */
  public static Optional<String> credit(BriefItem item, Briefing briefing, Labels labels) {
    return claimedBy(item, labels).or(() -> publisher(briefing));
  }

  /** The publisher's name from the article's metadata, else from the publisher source. */
  public static Optional<String> publisher(Briefing briefing) {
    return briefing
        .article()
        .publisher()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .or(
            () ->
                briefing.sources().stream()
                    .filter(s -> s.kind() == SourceKind.PUBLISHER)
                    .map(SourceRef::name)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .findFirst());
  }

  /** The sources of {@code item} that its text does not name itself. */
  private static List<String> unseen(BriefItem item) {
    String text = item.text().toLowerCase(java.util.Locale.ROOT);
    return item.attributedTo().stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !text.contains(s.toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  private static String join(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
  }
}
