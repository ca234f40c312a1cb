package org.civicbrief.core.civic;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who held the offices that news names every day, with start and end dates and the official page
 * that lists them: a curated table (civicbrief-kb's {@code officeholders.tsv}), so that a person
 * the article names without a role gets the office they held on the article's date, never one held
 * before or after it.
 */
public final class Officeholders {

  private final List<Tenure> tenures;

  /** A table of {@code tenures}. */
  public Officeholders(List<Tenure> tenures) {
    this.tenures = List.copyOf(tenures);
  }

  /** A table with no one in it. */
  public static Officeholders none() {
    return new Officeholders(List.of());
  }

  /** Every tenure, in file order. */
  public List<Tenure> tenures() {
    return tenures;
  }

  /**
   * The office the person named {@code name} (a full name, or a name the table lists as theirs)
   * held on {@code date}, if the table knows one.
   */
  public Optional<Tenure> heldBy(String name, LocalDate date) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Tenure t : tenures) {
      if (t.names().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(n)) && t.on(date)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The office the person named {@code name} held last before {@code date}, when the table knows
   * one and the person holds none of its offices on that date: what makes them "former".
   */
  public Optional<Tenure> heldLastBefore(String name, LocalDate date) {
    if (heldBy(name, date).isPresent()) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    Tenure last = null;
    for (Tenure t : tenures) {
      if (t.names().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(n))
          && t.end().isPresent()
          && t.end().get().isBefore(date)
          && (last == null || t.end().get().isAfter(last.end().get()))) {
        last = t;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * One person's time in one office.
   *
   * @param names the person's full name first, then the other names news uses for them
   * @param office the office as a reader would name it ("President of the United States")
   * @param start the first day in office
   * @param end the last day in office, or empty while in office
   * @param source the official page the dates come from
   */
  public record Tenure(
      List<String> names, String office, LocalDate start, Optional<LocalDate> end, String source) {

    public Tenure {
      names = List.copyOf(names);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("a tenure needs a name");
      }
      Objects.requireNonNull(office, "office");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(source, "source");
      if (end.isPresent() && end.get().isBefore(start)) {
        throw new IllegalArgumentException(names.getFirst() + ": office ends before it starts");
      }
    }

    /** True when the office was held on {@code date}. */
    public boolean on(LocalDate date) {
      return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
    }
  }
}
