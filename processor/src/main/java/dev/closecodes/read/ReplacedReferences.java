package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;

/**
 * Numeric character references that name no character a text may hold: half of a surrogate pair
 * ({@code &#xD800;}), NUL ({@code &#0;}), or a number past U+10FFFF. A browser reads each as
 * U+FFFD; the parsers closecodes reads a page with do not all (jsoup keeps a half, or NUL, as it
 * is; commonmark keeps a half), and two halves written one after the other would make one
 * character in a Java string, which neither names. So each is written as a reference to U+FFFD
 * before the page is read, with one warning; in a code block, a comment or a code span, where
 * Markdown shows a reference as written, it stays as written. One without its {@code ;}
 * ({@code &#xD800 }) is one to HTML, which reads the page's tables, and is replaced as well, though
 * Markdown would show it as written.
 */
final class ReplacedReferences {

  /** What each such reference is written as: U+FFFD, to every parser. */
  private static final String REPLACEMENT = "&#xFFFD;";

  private ReplacedReferences() {}

  /** The text, each reference that names no character replaced by one to U+FFFD, the lines as they were. */
  static String replaced(String text, String file, Diagnostics diagnostics) {
    int next = text.indexOf("&#");
    if (next < 0) {
      return text; // most pages: no numeric reference at all
    }
    HiddenLines hidden = null; // found only for a page that writes such a reference
    StringBuilder replaced = null;
    int copied = 0;
    int first = 0;
    int last = 0;
    int lines = 0;
    String example = "";
    int lineStart = 0;
    // Searched for past each found, not from each line: a page may hold few.
    for (int line = 1; lineStart <= text.length() && next >= 0; line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      next = next < lineStart ? text.indexOf("&#", lineStart) : next;
      boolean lineCounted = false;
      for (; next >= 0 && next < lineEnd; next = text.indexOf("&#", next + 2)) {
        int end = referenceEnd(text, next, lineEnd);
        if (end < 0) {
          continue;
        }
        hidden = hidden == null ? HiddenLines.find(text) : hidden;
        if (hidden.hidden(line) || hidden.inCodeSpan(text, line, lineStart, lineEnd, next)) {
          continue;
        }
        replaced = replaced == null ? new StringBuilder(text.length()) : replaced;
        replaced.append(text, copied, next).append(REPLACEMENT);
        copied = end;
        if (!lineCounted) {
          lineCounted = true;
          if (lines++ == 0) {
            first = line;
            example = text.substring(next, end);
          }
          last = line;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (replaced == null) {
      return text;
    }
    diagnostics.report(Message.CHARACTER_REFERENCE_REPAIRED, new SourceLocation(file, first), example, lines, last);
    return replaced.append(text, copied, text.length()).toString();
  }

  /**
   * Where the numeric reference at {@code at} ends, past its {@code ;} or, where HTML reads one
   * without it, past its digits, if it names no character a text may hold; -1 if it names one, or
   * is no reference.
   */
  static int referenceEnd(String text, int at, int lineEnd) {
    int end = NumericReferences.end(text, at, lineEnd);
    if (end < 0) {
      return -1;
    }
    int value = NumericReferences.value(text, at, NumericReferences.beforeSemicolon(text, end));
    boolean namesNone = value == 0 || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)
        || value > Character.MAX_CODE_POINT;
    return namesNone ? end : -1;
  }
}
