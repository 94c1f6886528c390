package dev.closecodes.model;

import java.util.List;

/**
 * Text with its inline markup, as a tree of {@link Inline} pieces.
 *
 * @param inlines the pieces in reading order
 */
public record RichText(List<Inline> inlines) {

  public static final RichText EMPTY = new RichText(List.of());

  public RichText {
    inlines = List.copyOf(inlines);
  }

  /** The text with markup removed and white space collapsed to single spaces, trimmed. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    appendText(inlines, out);
    return collapseWhitespace(out);
  }

  public boolean isEmpty() {
    return plainText().isEmpty();
  }

  /** Whether the text opens with strong emphasis, the way MDN marks a reserved code. */
  public boolean startsWithStrong() {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text && text.text().isBlank()) {
        continue;
      }
      return inline instanceof Inline.Strong strong && !new RichText(strong.children()).isEmpty();
    }
    return false;
  }

  private static void appendText(List<Inline> inlines, StringBuilder out) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text text) {
        out.append(text.text());
      } else if (inline instanceof Inline.Code code) {
        out.append(code.text());
      } else if (inline instanceof Inline.Image image) {
        out.append(image.alt());
      } else {
        appendText(Inline.children(inline), out);
      }
    }
  }

  /** Whether the text has no white space but single spaces between words. */
  private static boolean isCollapsed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)
          && (c != ' ' || i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a character is white space as a page shows it: ASCII's (space, tab, the line ends,
   * form feed) and Unicode's spaces, no-break ones included. Not the control characters Java
   * counts as white space (U+000B, U+001C to U+001F), which HTML and Markdown do not, and a word
   * processor writes inside a word (U+001F, its optional hyphen).
   */
  public static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
        : c > 0x7F && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Collapses runs of white space, no-break spaces included, to one space and trims the ends. */
  public static String collapseWhitespace(CharSequence text) {
    if (isCollapsed(text)) {
      return text.toString(); // most text already is: no copy
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
