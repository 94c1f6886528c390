package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;

/**
 * Finds the tags that lost their {@code >}. HTML ends a tag only at a {@code >} outside a quoted
 * value, so such a tag runs on into the next one, and all up to that tag's {@code >} is read as
 * one tag, whose words a browser does not show: {@code <strongReserved.</strong>} hides the word
 * for reserved, {@code <td} before a description the whole description. No tag written whole
 * holds a {@code <} that opens another outside a quoted value, so each one that does is a warning
 * at its line, quoting it up to the tag it runs into; past the first ten, one warning counts the
 * rest. The reading itself is a browser's.
 */
final class RunOnTags {

  /** How much of a run-on tag a warning quotes. */
  private static final int QUOTED = 60;

  /** How many such tags are told each at its line; the rest, a damaged or hostile page's, in one warning. */
  private static final int TOLD_ONE_BY_ONE = 10;

  private RunOnTags() {}

  /**
   * Reports each tag of {@code shown} that runs on into the next, outside comments, the content of
   * elements HTML reads as text, and the lines {@code hidden} hides (code blocks, where a
   * {@code <} is code).
   *
   * @param shown the text the page's markup is read from, its code spans and the content of
   *     elements HTML reads as text blanked ({@link Markup#withoutHiddenContent})
   */
  static void report(String shown, HiddenLines hidden, String file, Diagnostics diagnostics) {
    int line = 1;
    int counted = 0; // the offset up to which line breaks are counted
    int found = 0;
    int firstUntold = 0;
    int lastUntold = 0;
    int open = shown.indexOf('<');
    while (open >= 0) {
      if (shown.startsWith("<!--", open)) { // a comment holds no tag
        int end = HiddenLines.commentEnd(shown, open, shown.length());
        open = end < 0 ? -1 : shown.indexOf('<', end);
        continue;
      }
      if (!opensTag(shown, open)) {
        open = shown.indexOf('<', open + 1);
        continue;
      }
      int end = tagEnd(shown, open);
      if (end < 0) { // a quoted value never closed, or no '>' at all: nothing after it is a tag
        break;
      }
      if (shown.charAt(end) == '<') {
        for (int at = shown.indexOf('\n', counted); at >= 0 && at < open; at = shown.indexOf('\n', at + 1)) {
          line++;
        }
        counted = open;
        if (!hidden.hidden(line)) {
          if (++found <= TOLD_ONE_BY_ONE) {
            diagnostics.report(Message.TAG_WITHOUT_ITS_CLOSER, new SourceLocation(file, line),
                quoted(shown, open, end));
          } else {
            firstUntold = firstUntold == 0 ? line : firstUntold;
            lastUntold = line;
          }
        }
        open = end; // the tag it runs into is read from its own '<'
      } else {
        open = shown.indexOf('<', end + 1);
      }
    }
    if (firstUntold > 0) {
      diagnostics.report(Message.MORE_TAGS_WITHOUT_THEIR_CLOSERS, new SourceLocation(file, firstUntold),
          found - TOLD_ONE_BY_ONE, lastUntold);
    }
  }

  /** Whether a start or end tag opens at {@code at}: its {@code <} and a letter, after a {@code /} or not. */
  private static boolean opensTag(String text, int at) {
    return HiddenLines.opensTag(text, at + 1, text.length());
  }

  /**
   * Where the tag opening at {@code open} ends, as HTML reads it: at its {@code >} outside a
   * quoted value, or at the {@code <} of a tag it runs into; -1 where it runs to the text's end.
   */
  private static int tagEnd(String text, int open) {
    char quote = 0;
    boolean valueNext = false; // after an attribute's '=', where a quote opens its value
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '>') {
        return i;
      } else if (c == '<' && opensTag(text, i)) {
        return i;
      } else if (valueNext && (c == '"' || c == '\'')) {
        quote = c;
        valueNext = false;
      } else if (c == '=') {
        valueNext = true;
      } else if (!UnicodeCharacters.isAsciiSpace(c)) {
        valueNext = false;
      }
    }
    return -1;
  }

  /** The tag from its {@code <} up to the tag it runs into, its white space made single spaces, cut short if long. */
  private static String quoted(String text, int open, int end) {
    // what a quotation can show of it, however long the tag runs on
    String tag = RichText.collapseWhitespace(text.substring(open, Math.min(end, open + 4 * QUOTED)));
    if (tag.length() <= QUOTED) {
      return tag;
    }
    int cut = Character.isHighSurrogate(tag.charAt(QUOTED - 2)) ? QUOTED - 2 : QUOTED - 1;
    return tag.substring(0, cut) + "…";
  }
}
