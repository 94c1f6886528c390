package dev.closecodes.diagnostics;

/** How bad a diagnostic is. */
public enum Severity {
  /** Something was noticed and left as it is. */
  NOTE,
  /** The input was repaired or a value was guessed; the result is usable but should be checked. */
  WARNING,
  /** The input cannot be used; nothing is generated from it. */
  ERROR;

  /** The word used in {@code FILE:LINE: word: message}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
