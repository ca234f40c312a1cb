package org.civicbrief.kb;

/** A card file that cannot be loaded, with the file and the field at fault in its message. */
public final class InvalidCardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String field;

  /** A problem with {@code field} (a path such as {@code quizFacts[1].answer}) of {@code file}. */
  public InvalidCardException(String file, String field, String problem) {
    super(file + (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + problem);
    this.file = file;
    this.field = field;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The field path, or the empty string for the file as a whole. */
  public String field() {
    return field;
  }
}
