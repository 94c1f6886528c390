package dev.closecodes.read;

/**
 * How much a spec document may hold. Each limit is far above any real MDN page (the longest line
 * of any version is under 1,300 characters, the largest table under 30 rows) and each is enforced
 * with an error at the file and line, so that no input can make reading slow or deep.
 */
final class InputLimits {

  /** The most bytes a document may have: 16 MiB. */
  static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  /** The most characters one line may hold. */
  static final int MAX_LINE_CHARS = 100_000;

  /**
   * The most rows a close-code table may have. No more than 131,071 distinct codes and ranges can
   * nest in the close-code space 0–65535, so a table with more rows necessarily repeats itself.
   */
  static final int MAX_TABLE_ROWS = 131_071;

  /** How deep elements may nest in the page's HTML, and markup in a cell. */
  static final int MAX_NESTING = 256;

  private InputLimits() {}
}
