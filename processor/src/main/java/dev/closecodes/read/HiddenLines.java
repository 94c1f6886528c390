package dev.closecodes.read;

import java.util.BitSet;
import java.util.Optional;

/**
 * The lines of a page that are not its content: those of a fenced code block ({@code ```} or
 * {@code ~~~}, fences included) and those of an HTML comment. A table, a paragraph or a
 * definition there is an example or an editor's leftover; none is read as the page's.
 *
 * <p>A fence opens a block at any indentation (a list item's code is indented) and closes at a
 * line of the same character, at least as many; a block never closed runs to the end of the page,
 * as CommonMark has it. Three backticks followed by more backticks on the line are a code span,
 * no fence. A comment that opens a line hides it and every line up to the one it closes on; one
 * that opens inside a line is text there if it does not close on it, and hides no line, as
 * CommonMark has it. Inside a code block, {@code <!--} is code; inside a comment, a fence is
 * comment.
 */
final class HiddenLines {

  /**
   * A code block or comment never closed, which hides the rest of the page.
   *
   * @param line the line it opens on, counted from 1
   * @param kind what it is: {@code code block} or {@code comment}
   * @param rest what it makes the rest of the page: {@code code} or {@code a comment}
   * @param closer what would close it
   */
  record Unclosed(int line, String kind, String rest, String closer) {}

  private final BitSet lines;
  private final Optional<Unclosed> unclosed;

  private HiddenLines(BitSet lines, Optional<Unclosed> unclosed) {
    this.lines = lines;
    this.unclosed = unclosed;
  }

  /** The code block or comment never closed, if there is one. */
  Optional<Unclosed> unclosed() {
    return unclosed;
  }

  /** Whether line {@code line}, counted from 1, is hidden. */
  boolean hidden(int line) {
    return line >= 1 && lines.get(line - 1);
  }

  /** The hidden lines as a set of indices counted from 0, a copy. */
  BitSet indices() {
    return (BitSet) lines.clone();
  }

  /** One pass over the text. */
  static HiddenLines find(String text) {
    BitSet hidden = new BitSet();
    Occurrences closes = new Occurrences(text, "-->");
    char fenceChar = 0;
    int fenceLength = 0;
    int openedOn = 0;
    boolean inComment = false;
    int lineStart = 0;
    for (int line = 0; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int first = lineStart;
      while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      char lead = first < lineEnd ? text.charAt(first) : 0;
      if (fenceChar != 0) {
        hidden.set(line);
        int run = run(text, first, lineEnd, fenceChar);
        if (run >= fenceLength && text.substring(first + run, lineEnd).isBlank()) { // only white space after
          fenceChar = 0;
        }
        lineStart = lineEnd + 1;
        continue;
      }
      if (inComment || text.startsWith("<!--", first)) {
        hidden.set(line);
        openedOn = inComment ? openedOn : line + 1;
        int close = closes.from(inComment ? lineStart : first + 4);
        inComment = close < 0 || close >= lineEnd;
      } else if (lead == '`' || lead == '~') {
        int run = run(text, first, lineEnd, lead);
        int backtick = lead == '`' ? text.indexOf('`', first + run) : -1;
        if (run >= 3 && (backtick < 0 || backtick >= lineEnd)) { // backticks after the run make a code span
          hidden.set(line);
          fenceChar = lead;
          fenceLength = run;
          openedOn = line + 1;
          lineStart = lineEnd + 1;
          continue;
        }
      }
      lineStart = lineEnd + 1;
    }
    Optional<Unclosed> unclosed = fenceChar != 0
        ? Optional.of(new Unclosed(openedOn, "code block", "code", String.valueOf(fenceChar).repeat(fenceLength)))
        : inComment ? Optional.of(new Unclosed(openedOn, "comment", "a comment", "-->")) : Optional.empty();
    return new HiddenLines(hidden, unclosed);
  }

  /**
   * Where a string occurs in the text from a position on, each found once: asked for positions
   * that only grow, the search never goes over the same text twice.
   */
  private static final class Occurrences {
    private final String text;
    private final String what;
    private int next = -2; // not yet searched

    Occurrences(String text, String what) {
      this.text = text;
      this.what = what;
    }

    /** The first occurrence at or after {@code from}; -1 for none. */
    int from(int from) {
      if (next == -2 || (next >= 0 && next < from)) {
        next = text.indexOf(what, from);
      }
      return next;
    }
  }

  /** How many times {@code c} stands in a row in the text from {@code from}, up to {@code end}. */
  private static int run(String text, int from, int end, char c) {
    int i = from;
    while (i < end && text.charAt(i) == c) {
      i++;
    }
    return i - from;
  }
}
