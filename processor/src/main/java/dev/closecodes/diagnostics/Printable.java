package dev.closecodes.diagnostics;

/**
 * Text made safe to print on a terminal or in a review: control characters (an escape sequence
 * that retitles or clears the terminal) shown as {@code \x1b}, invisible format characters (a bidi
 * control that reverses the rest of the line) and line separators as {@code \u202e}. A document
 * quoted in a diagnostic, or an argument in a usage error, can then change nothing but the words
 * it is shown as.
 */
public final class Printable {

  private Printable() {}

  /** The text with each such character shown as its escape; the text itself where it has none. */
  public static String escape(String text) {
    StringBuilder out = null; // made only at the first character to escape
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escaped(c);
      if (escaped == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escaped);
    }
    return out == null ? text : out.toString();
  }

  private static String escaped(char c) {
    if (Character.isISOControl(c)) {
      return c < 0x100 ? String.format(java.util.Locale.ROOT, "\\x%02x", (int) c) : null;
    }
    int type = Character.getType(c);
    if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
    }
    return null;
  }
}
