package dev.closecodes.read;

/**
 * What opens a Markdown list item, as CommonMark writes it, and the rule line that can look like
 * one: the one place the reading steps tell them.
 */
final class ListMarkers {

  private ListMarkers() {}

  /**
   * The width of the list item marker at {@code at} ({@code -}, {@code +}, {@code *}, or up to nine
   * digits and {@code .} or {@code )}), followed by a space, a tab or the line's end; 0 for none.
   * A thematic break ({@code - - -}) has a marker's shape too: ask {@link #isThematicBreak} first.
   */
  static int width(String text, int at) {
    int end = at;
    char c = at < text.length() ? text.charAt(at) : 0;
    if (c == '-' || c == '+' || c == '*') {
      end = at + 1;
    } else {
      while (end < text.length() && end - at < 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      if (end == at || end >= text.length() || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
        return 0;
      }
      end++;
    }
    boolean followed = end >= text.length() || text.charAt(end) == ' ' || text.charAt(end) == '\t'
        || text.charAt(end) == '\n' || text.charAt(end) == '\r';
    return followed ? end - at : 0;
  }

  /**
   * Where a line's content starts past the list item markers it opens with at {@code at}
   * ({@code - 1. text}); {@code at} where it opens with none, or is a thematic break; the end of
   * the last marker where an item opens with code.
   *
   * @param lineStart where the line starts, which the columns are counted from
   */
  static int contentAfter(String text, int lineStart, int at, int lineEnd) {
    if (isThematicBreak(text, at)) {
      return at;
    }
    int content = at;
    int contentColumn = column(text, lineStart, at, 0);
    for (int width = width(text, content); width > 0 && content + width < lineEnd; width = width(text, content)) {
      int afterMarker = column(text, content, content + width, contentColumn);
      int next = DocumentText.afterBlanks(text, content + width, lineEnd);
      int nextColumn = column(text, content + width, next, afterMarker);
      if (opensWithCode(afterMarker, nextColumn)) {
        return content + width; // nothing on the line opens a table or quotation
      }
      content = next;
      contentColumn = nextColumn;
    }
    return content;
  }

  /**
   * Whether a list item whose marker ends at column {@code afterMarker}, its text at column
   * {@code textColumn}, opens with indented code, as CommonMark reads five or more columns of
   * blanks past a marker: its content then starts a blank past the marker.
   */
  static boolean opensWithCode(int afterMarker, int textColumn) {
    return textColumn - afterMarker > 4;
  }

  /**
   * The column of {@code at}, where {@code from} is at column {@code fromColumn}: a tab moves to
   * the next multiple of four.
   */
  static int column(String text, int from, int at, int fromColumn) {
    int column = fromColumn;
    for (int i = from; i < at; i++) {
      column = text.charAt(i) == '\t' ? column + 4 - column % 4 : column + 1;
    }
    return column;
  }

  /** Whether the line from {@code at} is three or more of one of {@code - * _}, with spaces only. */
  static boolean isThematicBreak(String text, int at) {
    char mark = at < text.length() ? text.charAt(at) : 0;
    if (mark != '-' && mark != '*' && mark != '_') {
      return false;
    }
    int count = 0;
    for (int i = at; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
      char c = text.charAt(i);
      if (c == mark) {
        count++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return count >= 3;
  }
}
