package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import java.util.List;

/**
 * Finds the asterisks of a row's name or description that open or close no emphasis, and that
 * GitHub and MDN show as text: a space after an opening {@code **} ({@code ** 留值**}), a third
 * asterisk ({@code ***留值**}, one asterisk and bold), or a sign beside one that breaks CommonMark's
 * rules ({@code <*不可**}). A space, an asterisk or a sign put in place of a character leaves them
 * so, and where it took the place of a sign of the word for reserved, the row reads in use. The
 * row is read as shown; a warning at its line quotes the first such asterisks. A lone {@code *}
 * between words ({@code 2 * 3}) and asterisks in code are no such asterisks.
 */
final class AsterisksShownAsText {

  /** How many characters before the asterisks a quotation shows, back to white space or a comma or stop. */
  private static final int QUOTED_BEFORE = 12;

  /** The commas and stops that end a quotation's words before the asterisks, where no space does (Chinese). */
  private static final String WORDS_APART = "，。、；：,.;:";

  /** How far after the asterisks a quotation looks for the asterisks that pair with them. */
  private static final int QUOTED_AFTER = 40;

  private AsterisksShownAsText() {}

  /** Reports, for each row, the first asterisks of its name or description shown as text. */
  static void check(List<PageRow> rows, Diagnostics diagnostics) {
    for (PageRow row : rows) {
      String quoted = row.name().contains("**") ? quoted(row.name(), row.name().indexOf("**")) : null;
      if (quoted == null) {
        StringBuilder shown = new StringBuilder();
        int stray = appendShown(row.description().inlines(), shown, -1);
        quoted = stray < 0 ? null : quoted(shown.toString(), stray);
      }
      if (quoted != null) {
        diagnostics.report(Message.ASTERISKS_SHOWN_AS_TEXT, row.location(), quoted);
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
    int start = runStart;
    while (start > 0 && runStart - start < QUOTED_BEFORE && !RichText.isSpace(text.charAt(start - 1))
        && WORDS_APART.indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int pair = text.indexOf('*', runEnd);
    int end;
    if (pair >= 0 && pair - runEnd <= QUOTED_AFTER) {
      end = pair;
      while (end < text.length() && text.charAt(end) == '*') {
        end++;
      }
    } else {
      end = runEnd;
      while (end < text.length() && !RichText.isSpace(text.charAt(end))) {
        end++;
      }
    }
    return RowReader.shortened(text.substring(start, end));
  }
}
