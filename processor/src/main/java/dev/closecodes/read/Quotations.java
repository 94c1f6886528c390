package dev.closecodes.read;

import java.util.BitSet;

/**
 * A page's quotations ({@code >} at a line's start, as Markdown writes a quotation or one of MDN's
 * callouts): their markers made spaces, so that what a quotation holds is read as GitHub shows it,
 * with lines and columns where they were.
 *
 * <p>A line's first marker stands up to three spaces in, or up to three columns past the content
 * of a list item the line goes on, so that a quotation four spaces in under one of MDN's
 * definitions ({@code   - : text}) is one, or right after the markers of a list item the line
 * opens ({@code - > text}). Which lines have such a marker depends on the list items open, so
 * {@link HiddenLines#find} finds them in its pass over the lines. Each marker after the first
 * stands up to three spaces past the one before.
 */
final class Quotations {

  private final String text;
  /** The lines, counted from 0, whose first marker stands past a list item's content. */
  private final BitSet inListItems;
  /** The lines, counted from 0, whose first marker stands after the list item markers they open with. */
  private final BitSet afterItemMarkers;

  Quotations(String text, BitSet inListItems, BitSet afterItemMarkers) {
    this.text = text;
    this.inListItems = inListItems;
    this.afterItemMarkers = afterItemMarkers;
  }

  /**
   * The text with every quotation marker of each line made a space, those of quotations inside
   * others too: the text a Markdown reader sees, where {@code > > |} starts a quoted table.
   */
  String withMarkersBlanked() {
    StringBuilder blanked = null;
    int lineStart = 0;
    for (int line = 0; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      for (int marker = firstMarker(line, lineStart, lineEnd); marker >= 0;
          marker = nextMarker(text, marker + 1, lineEnd)) {
        blanked = blanked == null ? new StringBuilder(text) : blanked;
        blanked.setCharAt(marker, ' ');
      }
      lineStart = lineEnd + 1;
    }
    return blanked == null ? text : blanked.toString();
  }

  /**
   * The text with the markers of the quotations that hold each block made spaces: the text an
   * HTML reader sees. A block is a run of lines up to a blank one; one of HTML (its first line
   * opening with {@code <}) is held by the quotations of its first line, and further markers on its
   * lines are its own text, as GitHub keeps them: {@code >} ending a tag written over two lines
   * (alone on its line, too, where a formatter puts it), or a sign in a cell. Any other block ends
   * where a line is deeper in quotations, as a paragraph does where a quotation starts.
   */
  String withBlockMarkersBlanked() {
    StringBuilder blanked = null;
    int blockDepth = 0;
    boolean inBlock = false;
    boolean htmlBlock = false;
    int lineStart = 0;
    for (int line = 0; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int depth = 0;
      int afterMarkers = lineStart;
      for (int marker = firstMarker(line, lineStart, lineEnd); marker >= 0;
          marker = nextMarker(text, marker + 1, lineEnd)) {
        depth++;
        afterMarkers = marker + 1;
      }
      int content = afterMarkers;
      while (content < lineEnd && Character.isWhitespace(text.charAt(content))) {
        content++;
      }
      if (content == lineEnd && !(inBlock && htmlBlock && depth > blockDepth)) {
        inBlock = false; // a blank line, quoted or not, ends the block; a '>' alone in HTML is its text
      } else if (!inBlock || depth < blockDepth || (depth > blockDepth && !htmlBlock)) {
        inBlock = true; // a block starts, in the quotations this line is in
        blockDepth = depth;
        htmlBlock = text.charAt(content) == '<';
      }
      int marker = firstMarker(line, lineStart, lineEnd);
      for (int left = inBlock ? blockDepth : depth; marker >= 0 && left > 0; left--) {
        blanked = blanked == null ? new StringBuilder(text) : blanked;
        blanked.setCharAt(marker, ' ');
        marker = nextMarker(text, marker + 1, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return blanked == null ? text : blanked.toString();
  }

  /**
   * How deep in quotations a line stands: 0 outside any, 2 in a quotation inside another.
   *
   * @param line the line, counted from 0
   */
  int depth(int line, int lineStart, int lineEnd) {
    int depth = 0;
    for (int marker = firstMarker(line, lineStart, lineEnd); marker >= 0;
        marker = nextMarker(text, marker + 1, lineEnd)) {
      depth++;
    }
    return depth;
  }

  /** Where the line's first marker stands; -1 for none. */
  private int firstMarker(int line, int lineStart, int lineEnd) {
    if (afterItemMarkers.get(line)) {
      return ListMarkers.contentAfter(text, lineStart, DocumentText.afterBlanks(text, lineStart, lineEnd), lineEnd);
    }
    return inListItems.get(line) ? DocumentText.afterBlanks(text, lineStart, lineEnd) : nextMarker(text, lineStart, lineEnd);
  }

  /** Where the quotation marker after {@code from}, up to three spaces on, stands; -1 for none. */
  static int nextMarker(String text, int from, int lineEnd) {
    int at = from;
    while (at < lineEnd && at - from < 3 && text.charAt(at) == ' ') {
      at++;
    }
    return at < lineEnd && text.charAt(at) == '>' ? at : -1;
  }
}
