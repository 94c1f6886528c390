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

  /**
   * The text with markup removed and white space collapsed to single spaces, trimmed: the words a
   * cell says, as the reader reads codes, names and headers, a list's items run on after each other.
   */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    appendText(inlines, out);
    return collapseWhitespace(out);
  }

  /**
   * The plain text as a browser lays it out, as a description is shown and generated: where it
   * holds a list, each item is a line of its own that opens with its mark, set in by two spaces a
   * list inside an item, and the text after a list opens a line, as does the text after a line
   * break or a paragraph's end: {@code "For one of:\n\u2022 done\n\u2022
   * gone\nFine."}. Without either, the {@link #plainText()}.
   */
  public String textWithLines() {
    return lines("\n", "  ");
  }

  /**
   * The pieces as the reader reads a cell's words: each list item's pieces in its place, set apart
   * by spaces, and a line break a space.
   */
  public List<Inline> flatInlines() {
    if (!holdsLines(inlines)) {
      return inlines;
    }
    List<Inline> flat = new java.util.ArrayList<>();
    appendFlat(inlines, flat);
    return flat;
  }

  private static void appendFlat(List<Inline> inlines, List<Inline> flat) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.ListItem item) {
        flat.add(new Inline.Text(" "));
        appendFlat(item.children(), flat);
        flat.add(new Inline.Text(" "));
      } else if (inline instanceof Inline.LineBreak) {
        flat.add(new Inline.Text(" "));
      } else if (Inline.children(inline).isEmpty()) {
        flat.add(inline);
      } else {
        List<Inline> children = new java.util.ArrayList<>();
        appendFlat(Inline.children(inline), children);
        flat.add(Inline.withChildren(inline, children));
      }
    }
  }

  /**
   * The plain text on one line, a list's items one after another after their marks, as a message
   * quotes it and a generated summary shows it (whose code does the same at run time).
   */
  public String plainTextOnOneLine() {
    return lines(" ", "");
  }

  /** The text's lines, set apart by {@code separator}, a list inside an item set in by {@code indentStep}. */
  private String lines(String separator, String indentStep) {
    if (!holdsLines(inlines)) {
      return plainText();
    }
    Lines lines = new Lines(separator, indentStep);
    appendLines(inlines, lines);
    lines.end();
    return lines.text.toString();
  }

  private static boolean holdsLines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.ListItem || inline instanceof Inline.LineBreak || holdsLines(Inline.children(inline))) {
        return true;
      }
    }
    return false;
  }

  /** The lines of a text that holds a list or a line break, and the one being gathered. */
  private static final class Lines {
    final StringBuilder text = new StringBuilder();
    final StringBuilder line = new StringBuilder();
    /** What sets the lines apart: a line end, or a space where they are put on one line. */
    final String separator;
    /** What sets a list inside an item in from the item: two spaces, or nothing on one line. */
    final String indentStep;
    /** What opens the line being gathered: an item's mark, else the indent of the list it is in. */
    String prefix = "";
    /** What opens the lines after it: the indent of the text it is in. */
    String indent = "";

    Lines(String separator, String indentStep) {
      this.separator = separator;
      this.indentStep = indentStep;
    }

    /** Ends the line being gathered; one without words is left out, and keeps its mark for the next. */
    void end() {
      String collapsed = collapseWhitespace(line);
      if (!collapsed.isEmpty()) {
        text.append(text.length() > 0 ? separator : "").append(prefix).append(collapsed);
        prefix = indent;
      }
      line.setLength(0);
    }
  }

  private static void appendLines(List<Inline> inlines, Lines lines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.ListItem item) {
        lines.end();
        String outer = lines.indent;
        lines.prefix = outer + item.marker() + " ";
        lines.indent = outer + lines.indentStep;
        appendLines(item.children(), lines);
        lines.end();
        lines.prefix = outer;
        lines.indent = outer;
      } else if (inline instanceof Inline.LineBreak) {
        lines.end();
      } else if (inline instanceof Inline.Text text) {
        lines.line.append(text.text());
      } else if (inline instanceof Inline.Code code) {
        lines.line.append(code.text());
      } else if (inline instanceof Inline.Image image) {
        lines.line.append(image.alt());
      } else {
        appendLines(Inline.children(inline), lines);
      }
    }
  }

  /** Whether the {@link #plainText()} is empty: every piece white space, or none. */
  public boolean isEmpty() {
    return isBlank(inlines); // asked of every cell: no text made
  }

  private static boolean isBlank(List<Inline> inlines) {
    for (Inline inline : inlines) {
      String text = inline instanceof Inline.Text t ? t.text()
          : inline instanceof Inline.Code code ? code.text()
          : inline instanceof Inline.Image image ? image.alt()
          : null;
      if (text != null ? !isBlank(text) : !isBlank(Inline.children(inline))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a reader sees nothing of the text: it {@link #isEmpty() is empty} and holds no image
   * either, as a link without text shows nothing.
   */
  public boolean showsNothing() {
    return isEmpty() && !holdsImage(inlines);
  }

  private static boolean holdsImage(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Image || holdsImage(Inline.children(inline))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is white space alone, as {@link #isSpace} reads it, or empty. */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
      if (inline instanceof Inline.ListItem item) {
        out.append(' '); // an item's words are set apart from those around it, not run into them
        appendText(item.children(), out);
        out.append(' ');
      } else if (inline instanceof Inline.LineBreak) {
        out.append(' ');
      } else if (inline instanceof Inline.Text text) {
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
