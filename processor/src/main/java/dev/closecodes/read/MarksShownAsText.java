package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import java.util.List;
import java.util.Set;

/**
 * Finds the marks of Markdown in a row's name or description that open or close nothing, and
 * that GitHub and MDN show as text, as a space, a sign or one mark more or less put in place of a
 * character leaves them.
 *
 * <p>Asterisks that open or close no emphasis: a space after an opening {@code **}
 * ({@code ** 留值**}), a third asterisk ({@code ***留值**}, one asterisk and bold), or a sign beside
 * one that breaks CommonMark's rules ({@code <*不可**}). Where the damage took the place of a sign
 * of the word for reserved, the row reads in use. A lone {@code *} or {@code **} between words
 * ({@code 2 * 3}) and asterisks in code are no such asterisks.
 *
 * <p>A backtick that opens or closes no code span ({@code xCLOSE_NORMAL`}, {@code ``CLOSE_NORMAL`}),
 * which puts the backtick in the name, and so in the generated Javadoc.
 *
 * <p>The row is read as shown; a warning of each kind at its line quotes the first such mark. In
 * an HTML table, where Markdown reads no mark, they are text as written.
 */
final class MarksShownAsText {

  /** How many characters before a mark a quotation shows, back to white space or a comma or stop. */
  private static final int QUOTED_BEFORE = 12;

  /** The commas and stops that end a quotation's words before a mark, where no space does (Chinese). */
  private static final String WORDS_APART = "，。、；：,.;:";

  /** How many characters before a backtick a quotation shows, as many as a name in code holds. */
  private static final int NAME_QUOTED = 40;

  /** How far after the asterisks a quotation looks for the asterisks that pair with them. */
  private static final int QUOTED_AFTER = 40;

  private MarksShownAsText() {}

  /**
   * Reports, for each row of Markdown, the first asterisks and the first backtick of its name or
   * description shown as text: in HTML they are text as written.
   *
   * @param markdownLines the lines of the rows read from Markdown cells, less those of more cells
   *     than the header names, which a {@code |} in code may have cut, as is told already
   */
  static void check(List<PageRow> rows, Set<Integer> markdownLines, Diagnostics diagnostics) {
    for (PageRow row : rows) {
      if (!markdownLines.contains(row.location().line())) {
        continue;
      }
      String name = row.name();
      StringBuilder shown = new StringBuilder();
      int strayInDescription = appendShown(row.description().inlines(), shown, -1);
      String description = shown.toString();
      int strayInName = strayAsterisks(name);
      String asterisks = strayInName >= 0 ? quoted(name, strayInName)
          : strayInDescription >= 0 ? quoted(description, strayInDescription) : null;
      if (asterisks != null) {
        diagnostics.report(Message.ASTERISKS_SHOWN_AS_TEXT, row.location(), asterisks);
      }
      // Markdown makes each pair of backtick runs of one length a code span: one left in the text pairs with none
      int tickInName = name.indexOf('`');
      int tickInDescription = description.indexOf('`');
      String backtick = tickInName >= 0 ? wordAround(name, tickInName)
          : tickInDescription >= 0 ? wordAround(description, tickInDescription) : null;
      if (backtick != null) {
        diagnostics.report(Message.BACKTICK_SHOWN_AS_TEXT, row.location(), backtick);
      }
    }
  }

  /**
   * Appends the text as Markdown would write it back, bold and emphasis in asterisks and code one
   * object replacement character each, and gives where its first asterisks shown as text are, or
   * {@code stray} where none is found in these pieces: two asterisks in a row of text, or one that
   * touches bold or emphasis.
   */
  private static int appendShown(List<Inline> inlines, StringBuilder shown, int stray) {
    int found = stray;
    for (int i = 0; i < inlines.size(); i++) {
      Inline inline = inlines.get(i);
      if (inline instanceof Inline.Text words) {
        String text = words.text();
        if (found < 0) {
          boolean beforeEmphasis = text.endsWith("*") && i + 1 < inlines.size() && isEmphasis(inlines.get(i + 1));
          boolean afterEmphasis = text.startsWith("*") && i > 0 && isEmphasis(inlines.get(i - 1));
          int run = strayAsterisks(text);
          if (run >= 0) {
            found = shown.length() + run;
          } else if (afterEmphasis) {
            found = shown.length();
          } else if (beforeEmphasis) {
            found = shown.length() + text.length() - 1;
          }
        }
        shown.append(text);
      } else if (inline instanceof Inline.Code) {
        shown.append('\uFFFC');
      } else if (isEmphasis(inline)) {
        String delimiter = inline instanceof Inline.Strong ? "**" : "*";
        shown.append(delimiter);
        found = appendShown(Inline.children(inline), shown, found);
        shown.append(delimiter);
      } else {
        shown.append(' ');
        found = appendShown(Inline.children(inline), shown, found);
      }
    }
    return found;
  }

  /**
   * Where the first run of asterisks of the text that does not stand alone between white space
   * starts ({@code 2 * 3} and {@code 2 ** 16} do; {@code ** 留值} at the text's start does not),
   * where some such run is two asterisks or more: -1 for none.
   */
  private static int strayAsterisks(String text) {
    int first = -1;
    boolean pair = false;
    for (int at = text.indexOf('*'); at >= 0; ) {
      int end = at;
      while (end < text.length() && text.charAt(end) == '*') {
        end++;
      }
      boolean alone = at > 0 && RichText.isSpace(text.charAt(at - 1)) && end < text.length()
          && RichText.isSpace(text.charAt(end));
      if (!alone) {
        first = first < 0 ? at : first;
        pair |= end - at >= 2;
      }
      at = text.indexOf('*', end);
    }
    return pair ? first : -1;
  }

  private static boolean isEmphasis(Inline inline) {
    return inline instanceof Inline.Strong || inline instanceof Inline.Emphasis;
  }

  /**
   * The asterisks from {@code at} and their run, with the word before them, up to a few characters,
   * and up to the asterisks that pair with them, where some follow close by.
   */
  private static String quoted(String text, int at) {
    int runStart = at;
    while (runStart > 0 && text.charAt(runStart - 1) == '*') {
      runStart--;
    }
    int runEnd = at;
    while (runEnd < text.length() && text.charAt(runEnd) == '*') {
      runEnd++;
    }
    int pair = text.indexOf('*', runEnd);
    int end;
    if (pair >= 0 && pair - runEnd <= QUOTED_AFTER) {
      end = pair;
      while (end < text.length() && text.charAt(end) == '*') {
        end++;
      }
    } else {
      end = wordEnd(text, runEnd);
    }
    return RowReader.shortened(text.substring(wordStart(text, runStart, QUOTED_BEFORE), end));
  }

  /** The word holding the backtick at {@code at}, as much of a name before it as code holds. */
  private static String wordAround(String text, int at) {
    return RowReader.shortened(text.substring(wordStart(text, at, NAME_QUOTED), wordEnd(text, at)));
  }

  /** Where the word holding the mark at {@code at} starts, {@code most} characters before it at most. */
  private static int wordStart(String text, int at, int most) {
    int start = at;
    while (start > 0 && at - start < most && !RichText.isSpace(text.charAt(start - 1))
        && WORDS_APART.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }

  /** Where the word holding the mark at {@code at} ends, at white space or the text's end. */
  private static int wordEnd(String text, int at) {
    int end = at;
    while (end < text.length() && !RichText.isSpace(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
