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
   * HTML reader sees. A block is a run of lines up to a blank one, and the quotations that hold it
   * are those of its first line. Further markers on its lines are the block's own text, as GitHub
   * keeps them in HTML: {@code >} ending a tag written over two lines, or a sign in a cell.
   */
  static String withBlockMarkersBlanked(String text) {
    StringBuilder blanked = null;
    int blockDepth = 0;
    boolean inBlock = false;
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
      if (isBlank(text, afterMarkers, lineEnd)) {
        inBlock = false; // a blank line, quoted or not, ends the block
      } else if (!inBlock || depth < blockDepth) {
        inBlock = true; // a line with fewer markers leaves the quotations the block was in
        blockDepth = depth;
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

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
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
