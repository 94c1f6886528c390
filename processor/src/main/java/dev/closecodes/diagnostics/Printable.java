package dev.closecodes.diagnostics;

import dev.closecodes.text.UnicodeCharacters;

/**
 * Text made safe to print on a terminal or in a review: control characters (an escape sequence
 * that retitles or clears the terminal) shown as {@code \x1b}, invisible format characters (a bidi
 * control that reverses the rest of the line) and line separators as {@code \}{@code u202e}. A document
 * quoted in a diagnostic, or an argument in a usage error, can then change nothing but the words
 * it is shown as.
 */
public final class Printable {

  private Printable() {}

  /** The text with each such character shown as its escape; the text itself where it has none. */
  public static String escape(String text) {
    StringBuilder out = null; // made only at the first character to escape
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      String escaped = escaped(c);
      if (escaped == null) {
        if (out != null) {
          out.append(text, i, next);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(escaped);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  /**
   * A character as a Java escape of each of its UTF-16 units: {@code \}{@code u202e}, and two
   * for one beyond the basic plane.
   */
  public static String unicodeEscape(int codePoint) {
    StringBuilder escape = new StringBuilder(12);
    for (char unit : Character.toChars(codePoint)) {
      escape.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit));
    }
    return escape.toString();
  }

  /**
   * A character as a message names it: {@code U+200B ZERO WIDTH SPACE}. Format characters and
   * separators are named from closecodes' Unicode, controls as the JDK names them, any other
   * character by its number alone, so that a message is the same on every JDK.
   */
  public static String described(int codePoint) {
    String name = Character.isISOControl(codePoint)
        ? Character.getName(codePoint)
        : UnicodeCharacters.invisibleName(codePoint).orElse(null);
    return String.format(java.util.Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
  }

  private static String escaped(int c) {
    if (Character.isISOControl(c)) {
      return String.format(java.util.Locale.ROOT, "\\x%02x", c);
    }
    return UnicodeCharacters.isInvisible(c) ? unicodeEscape(c) : null;
  }
}
