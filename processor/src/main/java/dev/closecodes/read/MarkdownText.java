package dev.closecodes.read;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown (a pipe-table cell, a paragraph of prose) read as {@link RichText}. Most of it on an MDN
 * page is one paragraph of words, code spans, links, strong emphasis and macros, which is read
 * here in one pass; anything more (other emphasis, HTML, escapes, entities, blocks) goes to
 * commonmark's parser in {@link MarkdownTree}. Both read the same text to the same
 * {@link RichText}, which {@code MarkdownTextTest} holds them to; reading most pages without the
 * parser spares a compile loading and building it, some 120 classes in the compile's fresh JVM.
 */
final class MarkdownText {

  private MarkdownText() {}

  /**
   * Reads Markdown with its inline HTML.
   *
   * @param line the page line the text starts on, for the error if it nests too deeply
   */
  static RichText read(String markdown, int line, PageContext context) {
    return read(markdown, line, context, false);
  }

  /**
   * Reads a table cell's Markdown with its inline HTML: inline only, as GitHub's tables have it,
   * so that what would open a block on a line of its own ({@code 1001.}, {@code # x}) is text.
   *
   * @param line the page line the cell is on, for the error if it nests too deeply
   */
  static RichText readCell(String markdown, int line, PageContext context) {
    return read(markdown, line, context, true);
  }

  /** The one-pass reading where it serves, else the parser's, block or inline only as asked. */
  private static RichText read(String markdown, int line, PageContext context, boolean inlineOnly) {
    if (isPlain(markdown)) {
      return RichTexts.plain(markdown);
    }
    String linked = context.links().withDefinitionsOf(markdown); // links by reference need the parser
    List<Inline> simple = linked.equals(markdown) ? simpleParagraph(markdown) : null;
    RichText read = simple != null ? new RichText(RichTexts.normalize(simple))
        : inlineOnly ? MarkdownTree.readCell(linked, line, context) : MarkdownTree.read(linked, line, context);
    return withBoldRepaired(read, line, context);
  }

  /**
   * The text with bold that CommonMark leaves unread read as bold: {@code **保留值。**表示}, whose
   * closing {@code **} stands between punctuation and a letter, as Chinese and Japanese are
   * written, without a space. CommonMark keeps such asterisks as text; the writer meant bold, so
   * it is read so, with a warning at the line. Any other asterisks stay as written.
   */
  private static RichText withBoldRepaired(RichText text, int line, PageContext context) {
    boolean any = false;
    for (Inline inline : text.inlines()) {
      any |= inline instanceof Inline.Text run && run.text().contains("**");
    }
    if (!any) {
      return text;
    }
    List<Inline> repaired = new ArrayList<>();
    for (Inline inline : text.inlines()) {
      if (inline instanceof Inline.Text run && run.text().contains("**")) {
        splitUnreadBold(run.text(), repaired, line, context);
      } else {
        repaired.add(inline);
      }
    }
    return new RichText(RichTexts.normalize(repaired));
  }

  private static void splitUnreadBold(String text, List<Inline> out, int line, PageContext context) {
    int from = 0;
    int open = text.indexOf("**");
    while (open >= 0) {
      int close = text.indexOf("**", open + 2);
      if (close < 0) {
        break;
      }
      int after = close + 2;
      boolean unread = close > open + 2 && !Character.isWhitespace(text.charAt(open + 2))
          && isPunctuation(text.codePointBefore(close)) && after < text.length()
          && UnicodeCharacters.isLetterOrDigit(text.codePointAt(after));
      if (unread) {
        String bold = text.substring(open + 2, close);
        int before = UnicodeCharacters.type(text.codePointBefore(close));
        boolean symbol = before >= Character.MATH_SYMBOL && before <= Character.OTHER_SYMBOL;
        context.diagnostics().report(Message.STRONG_EMPHASIS_REPAIRED, new SourceLocation(context.file(), line),
            text.substring(open, after), symbol ? "a symbol" : "punctuation");
        out.add(new Inline.Text(text.substring(from, open)));
        out.add(new Inline.Strong(List.of(new Inline.Text(bold))));
        from = after;
        open = text.indexOf("**", after);
      } else {
        open = text.indexOf("**", open + 2);
      }
    }
    out.add(new Inline.Text(text.substring(from)));
  }

  /**
   * Punctuation as CommonMark counts it for emphasis: Unicode's punctuation and its symbols, U+FFFD
   * among them, which a decoder leaves where it lost a full stop ({@code **保留值�**表示}).
   */
  private static boolean isPunctuation(int c) {
    return PunctuationStandIns.isPunctuation(UnicodeCharacters.type(c));
  }

  /**
   * Whether the text means the same as Markdown and as plain text: words, digits, spaces and
   * punctuation that Markdown leaves alone, not opening with anything that starts a block.
   */
  static boolean isPlain(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return true;
    }
    if (!UnicodeCharacters.isLetterOrDigit(stripped.charAt(0))) {
      return false;
    }
    int digits = 0;
    while (digits < stripped.length() && stripped.charAt(digits) >= '0' && stripped.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0 && digits < stripped.length() && ".)".indexOf(stripped.charAt(digits)) >= 0) {
      return false; // an ordered list item
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (!UnicodeCharacters.isLetterOrDigit(c) && " ,;:.?()'\u2013\u2014-/%".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The pieces of a paragraph that holds only text, code spans of single backticks, inline links
   * whose text is plain and strong emphasis of the common shape, in the shape commonmark's tree
   * gives them: the paragraph set apart by a space on each side, a space for each line break, each
   * run of text with its macros expanded. Null for anything else: a line that could open a block,
   * a character that may start other markup, a span, a link or emphasis of another shape. Refusing
   * too much costs only speed.
   */
  static List<Inline> simpleParagraph(String markdown) {
    List<Inline> out = new ArrayList<>();
    out.add(new Inline.Text(" "));
    int textEnd = markdown.length(); // where the text ends, blank lines after it left out
    while (textEnd > 0 && Character.isWhitespace(markdown.charAt(textEnd - 1))) {
      textEnd--;
    }
    int lineStart = 0;
    boolean first = true;
    while (lineStart <= markdown.length()) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = markdown.length();
      }
      int start = lineStart;
      while (start < lineEnd && markdown.charAt(start) == ' ') {
        start++;
      }
      int end = lineEnd;
      while (end > start && markdown.charAt(end - 1) == ' ') {
        end--;
      }
      boolean last = lineEnd >= textEnd;
      if (start == end) {
        if (first || !last) {
          return null; // a blank line before the text, or between paragraphs
        }
        break;
      }
      if ((first && start - lineStart >= 4) || mayOpenBlock(markdown, start, end)) {
        return null;
      }
      if (!first) {
        out.add(new Inline.Text(" ")); // the line break
      }
      if (!readLine(markdown, start, end, out)) {
        return null;
      }
      first = false;
      if (last) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    out.add(new Inline.Text(" "));
    return out;
  }

  /**
   * Whether a line's first character may open a block, or end the paragraph, in Markdown. A single
   * backtick opens a code span, and a bracket a link, which {@link #readLine} reads or refuses.
   */
  private static boolean mayOpenBlock(String text, int start, int end) {
    char c = text.charAt(start);
    if ("#>-+*=_~<|".indexOf(c) >= 0 || text.startsWith("``", start)) {
      return true;
    }
    int digits = start;
    while (digits < end && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    return digits > start && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
  }

  /**
   * Reads one line's text, code spans, links and strong emphasis into {@code out}; false for
   * anything else.
   */
  private static boolean readLine(String text, int start, int end, List<Inline> out) {
    int run = start; // where the current run of text began
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '*') {
        int close = strongUntil(text, i, start, end);
        if (close < 0) {
          return false;
        }
        appendRun(text, run, i, out);
        List<Inline> children = new ArrayList<>();
        if (!readLine(text, i + 2, close, children)) {
          return false;
        }
        out.add(new Inline.Strong(children));
        i = close + 2;
        run = i;
      } else if (c == '`') {
        int close = text.indexOf('`', i + 1);
        if (close < 0 || close >= end || close == i + 1 || (close + 1 < end && text.charAt(close + 1) == '`')
            || text.charAt(i + 1) == ' ' || text.charAt(close - 1) == ' ') {
          return false; // a run of backticks, an open span, or one whose spaces Markdown trims
        }
        appendRun(text, run, i, out);
        out.add(new Inline.Code(text.substring(i + 1, close)));
        i = close + 1;
        run = i;
      } else if (c == '[') {
        int close = plainUntil(text, i + 1, end, ']');
        if (close < 0 || close == i + 1 || close + 1 >= end || text.charAt(close + 1) != '('
            || text.substring(i + 1, close).isBlank()) {
          return false;
        }
        int destinationEnd = destinationUntil(text, close + 2, end);
        if (destinationEnd < 0 || destinationEnd == close + 2) {
          return false;
        }
        appendRun(text, run, i, out);
        out.add(new Inline.Link(text.substring(close + 2, destinationEnd), Macros.expand(text.substring(i + 1, close))));
        i = destinationEnd + 1;
        run = i;
      } else if (isMarkup(c) || (c == '!' && i + 1 < end && text.charAt(i + 1) == '[')) {
        return false;
      } else {
        i++;
      }
    }
    appendRun(text, run, end, out);
    return true;
  }

  /**
   * Where the {@code **} closes that opens at {@code open}, or -1: strong emphasis of the one shape
   * whose reading needs none of Markdown's rules for runs of asterisks. It opens after a space or
   * at the line's start, before a character that is neither a space nor an asterisk; it closes at
   * the next asterisk, which must be the first of a {@code **} after a character that is no space,
   * before the line's end, a space or a closing punctuation mark.
   */
  private static int strongUntil(String text, int open, int lineStart, int end) {
    if (open + 2 >= end || text.charAt(open + 1) != '*' || (open > lineStart && text.charAt(open - 1) != ' ')
        || text.charAt(open + 2) == ' ' || text.charAt(open + 2) == '*') {
      return -1;
    }
    int close = text.indexOf('*', open + 2);
    if (close < 0 || close + 1 >= end || text.charAt(close + 1) != '*' || text.charAt(close - 1) == ' ') {
      return -1;
    }
    int after = close + 2;
    return after == end || " .,;:!?)".indexOf(text.charAt(after)) >= 0 ? close : -1;
  }

  /** Characters that may start markup this reader leaves to the parser, or that it rewrites. */
  private static boolean isMarkup(char c) {
    return c == '\\' || c == '*' || c == '_' || c == '<' || c == '&' || c == ']' || c < ' ' || c == '\u007f';
  }

  /** Where {@code close} ends a stretch of plain text from {@code from}, or -1. */
  private static int plainUntil(String text, int from, int end, char close) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == close) {
        return i;
      }
      if (c == '[' || c == '`' || c == '!' || isMarkup(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the {@code )} ends a link destination of plain characters, or -1. */
  private static int destinationUntil(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == ' ' || c == '(' || c == '"' || c == '\'' || c == '`' || c == '[' || isMarkup(c) || c > '~') {
        return -1;
      }
    }
    return -1;
  }

  private static void appendRun(String text, int from, int to, List<Inline> out) {
    if (to > from) {
      out.addAll(Macros.expand(text.substring(from, to)));
    }
  }
}
