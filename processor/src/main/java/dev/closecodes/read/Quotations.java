package dev.closecodes.read;

/**
 * A page's quotations ({@code >} at a line's start, as Markdown writes a quotation or one of MDN's
 * callouts): their markers made spaces, so that what a quotation holds is read as GitHub shows it,
 * with lines and columns where they were.
 */
final class Quotations {

  private Quotations() {}

  /**
   * The text with every quotation marker of each line made a space, those of quotations inside
   * others too: the text a Markdown reader sees, where {@code > > |} starts a quoted table.
   */
  static String withMarkersBlanked(String text) {
    StringBuilder blanked = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      for (int marker = nextMarker(text, lineStart, lineEnd); marker >= 0;
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
   * lines are its own text, as GitHub keeps them: {@code >} ending a tag written over two lines, or
   * a sign in a cell. Any other block ends where a line is deeper in quotations, as a paragraph
   * does where a quotation starts.
   */
  static String withBlockMarkersBlanked(String text) {
    StringBuilder blanked = null;
    int blockDepth = 0;
    boolean inBlock = false;
    boolean htmlBlock = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int depth = 0;
      int afterMarkers = lineStart;
      for (int marker = nextMarker(text, lineStart, lineEnd); marker >= 0;
          marker = nextMarker(text, marker + 1, lineEnd)) {
        depth++;
        afterMarkers = marker + 1;
      }
      int content = afterMarkers;
      while (content < lineEnd && Character.isWhitespace(text.charAt(content))) {
        content++;
      }
      if (content == lineEnd) {
        inBlock = false; // a blank line, quoted or not, ends the block
      } else if (!inBlock || depth < blockDepth || (depth > blockDepth && !htmlBlock)) {
        inBlock = true; // a block starts, in the quotations this line is in
        blockDepth = depth;
        htmlBlock = text.charAt(content) == '<';
      }
      int marker = nextMarker(text, lineStart, lineEnd);
      for (int left = inBlock ? blockDepth : depth; marker >= 0 && left > 0; left--) {
        blanked = blanked == null ? new StringBuilder(text) : blanked;
        blanked.setCharAt(marker, ' ');
        marker = nextMarker(text, marker + 1, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    return blanked == null ? text : blanked.toString();
  }

  /** How deep in quotations the line stands: 0 outside any, 2 in a quotation inside another. */
  static int depth(String text, int lineStart, int lineEnd) {
    int depth = 0;
    for (int marker = nextMarker(text, lineStart, lineEnd); marker >= 0;
        marker = nextMarker(text, marker + 1, lineEnd)) {
      depth++;
    }
    return depth;
  }

  /**
   * Where the line's text starts inside its quotations: after the last marker and the one space a
   * marker may take; the line's start outside any quotation.
   */
  static int contentStart(String text, int lineStart, int lineEnd) {
    int start = lineStart;
    for (int marker = nextMarker(text, lineStart, lineEnd); marker >= 0;
        marker = nextMarker(text, marker + 1, lineEnd)) {
      start = marker + 1 < lineEnd && text.charAt(marker + 1) == ' ' ? marker + 2 : marker + 1;
    }
    return start;
  }

  /** Where the quotation marker after {@code from}, up to three spaces on, stands; -1 for none. */
  private static int nextMarker(String text, int from, int lineEnd) {
    int at = from;
    while (at < lineEnd && at - from < 3 && text.charAt(at) == ' ') {
      at++;
    }
    return at < lineEnd && text.charAt(at) == '>' ? at : -1;
  }
}
