package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the tags damaged so that HTML does not read them as written; the reading itself stays a
 * browser's, and each is a warning at its line quoting it. Past the first ten of a kind, one
 * warning counts the rest, as a hostile page may hold thousands.
 *
 * <p>A tag that lost its {@code >} runs on into the next one: HTML ends a tag only at a {@code >}
 * outside a quoted value, and reads all up to that tag's {@code >} as one tag, whose words a
 * browser does not show. {@code <strongReserved.</strong>} hides the word for reserved, {@code <td}
 * before a description the whole description. No tag written whole holds a {@code <} that opens
 * another outside a quoted value. Markdown takes no such run for a tag, and shows it as text: in a
 * paragraph or a pipe table's cell the warning says so.
 *
 * <p>A tag with a character where its name should start ({@code <"strong>}, {@code </>td>}), or
 * one that lost its name ({@code < href="…">}, {@code <>}), is no tag to HTML, which shows it as
 * text: the word for reserved no longer opens a description, a link's address is in a name. A
 * {@code <} is no tag's either before a digit or a sign that no tag's name follows ({@code a <3},
 * {@code a <= b}), and says nothing there. A tag with white space before its name
 * ({@code < strong>}), or a digit or sign in its first letter's place ({@code <1trong>}), is text
 * as well, and told where a {@code >} follows the name: {@code a < b > c} is words. An end tag
 * without a name ({@code </>}, {@code </td>} with a {@code >} in its {@code t}'s place) is dropped
 * by a browser, which shows what follows it ({@code d>}) as text; it is told on a line of HTML.
 *
 * <p>A {@code >} put inside a tag ends it there, and a browser shows the rest as text:
 * {@code <s>trong>Reserved.} strikes the word for reserved, {@code <a >href="…">} puts a link's
 * address in a name. Such a {@code >} is one a word and a {@code >} follow that make a tag's name
 * with the tag's own, with a letter between them or not ({@code <c>de>}, where the {@code >} took
 * the {@code o}'s place), or one an attribute or the rest of one follows, or one in place of an
 * attribute's {@code =} or its value's opening quote ({@code <a href>"…">}, {@code <a href=>…">}).
 * White space inside a tag's name ends the name there, and HTML reads the rest as an attribute:
 * {@code <s rong>} strikes words through. Both are told where the parts make a tag's name.
 *
 * <p>A {@code <} before a {@code /} that no letter follows, before a {@code ?}, or before a
 * {@code !} that opens no comment, opens a comment in HTML up to the next {@code >}: {@code </ a}
 * in a description hides the rest of it up to its {@code </td>}'s {@code >}. It is told on a line of
 * HTML; in Markdown's paragraphs and pipe tables it is text. A document type and an XML
 * declaration, meant hidden, say nothing.
 */
final class DamagedTags {

  /** How much of a damaged tag a warning quotes. */
  private static final int QUOTED = 60;

  /** How many such tags are told each at its line; the rest, a damaged or hostile page's, in one warning. */
  private static final int TOLD_ONE_BY_ONE = 10;

  private DamagedTags() {}

  /**
   * Reports each damaged tag of {@code shown}, outside comments, the content of elements HTML reads
   * as text, and the lines {@code hidden} hides (code blocks, where a {@code <} is code).
   *
   * @param shown the text the page's markup is read from, its code spans and the content of
   *     elements HTML reads as text blanked ({@link Markup#withoutHiddenContent})
   */
  static void report(String shown, HiddenLines hidden, String file, Diagnostics diagnostics) {
    Lines lines = new Lines(shown);
    Told runOn = new Told(Message.MORE_TAGS_WITHOUT_THEIR_CLOSERS);
    Told damaged = new Told(Message.MORE_DAMAGED_TAGS);
    int open = shown.indexOf('<');
    while (open >= 0) {
      if (shown.startsWith("<!--", open)) { // a comment holds no tag
        int end = HiddenLines.commentEnd(shown, open, shown.length());
        open = end < 0 ? -1 : shown.indexOf('<', end);
        continue;
      }
      if (!opensTag(shown, open)) {
        int end = reportDamagedOpening(shown, open, hidden, lines, damaged, file, diagnostics);
        open = shown.indexOf('<', Math.max(end, open) + 1);
        continue;
      }
      int end = tagEnd(shown, open);
      if (end < 0) { // a quoted value never closed, or no '>' at all: nothing after it is a tag
        break;
      }
      if (shown.charAt(end) == '<') {
        // Markdown takes no such run for a tag, and shows it as text, as it is read from a pipe table's cell
        Message message = hidden.readAsHtml(lines.at(open)) ? Message.TAG_WITHOUT_ITS_CLOSER
            : Message.TAG_WITHOUT_ITS_CLOSER_IN_MARKDOWN;
        tell(message, open, hidden, lines, runOn, file, diagnostics, quoted(shown, open, end));
        open = end; // the tag it runs into is read from its own '<'
      } else {
        if (shown.charAt(open + 1) == '/') {
          reportShortStartTagDamaged(shown, open, end, hidden, lines, damaged, file, diagnostics);
        }
        int cut = reportStrayCloser(shown, open, end, hidden, lines, damaged, file, diagnostics);
        if (cut < 0) {
          reportSplitName(shown, open, end, hidden, lines, damaged, file, diagnostics);
          cut = reportOpenerLostAfter(shown, open, end, hidden, lines, damaged, file, diagnostics);
        }
        open = shown.indexOf('<', Math.max(cut, end) + 1);
      }
    }
    runOn.reportTheRest(file, diagnostics);
    damaged.reportTheRest(file, diagnostics);
  }

  /**
   * Reports the {@code <} at {@code open}, which opens no tag, where a tag's name should follow it
   * but for one character (put before the name, or in place of its first letter), or where it is
   * a tag without a name; or where HTML reads it as opening a comment. Where the {@code >} of such
   * a tag, or of such a comment, is, or -1 where it is none.
   */
  private static int reportDamagedOpening(String text, int open, HiddenLines hidden, Lines lines, Told told,
      String file, Diagnostics diagnostics) {
    int n = text.length();
    int after = open + 1;
    if (after >= n) {
      return -1;
    }
    char first = text.charAt(after);
    String stray = text.substring(after, after + Character.charCount(text.codePointAt(after)));
    int nameAt;
    boolean endTag = false;
    if (first == '/') {
      if (after + 1 >= n || text.charAt(after + 1) != '>') { // a letter after it would have opened a tag
        return reportHidingComment(text, open, "'</' before anything but a letter", hidden, lines, told, file,
            diagnostics);
      }
      stray = ">";
      endTag = true;
      nameAt = after + 2;
    } else if (UnicodeCharacters.isAsciiSpace(first)) {
      int end = namelessTagEnd(text, after);
      if (end >= 0) {
        tell(Message.TAG_WITHOUT_A_NAME, open, hidden, lines, told, file, diagnostics, quoted(text, open, end + 1));
        return end;
      }
      return reportNameAfterWhiteSpace(text, open, hidden, lines, told, file, diagnostics);
    } else if (first == '!') { // "<!--" is a comment, read before
      return startsWithIgnoringCase(text, after + 1, "doctype") ? -1
          : reportHidingComment(text, open, "'<!' before anything but '--'", hidden, lines, told, file, diagnostics);
    } else if (first == '?') {
      return startsWithIgnoringCase(text, after + 1, "xml") ? -1 // an XML declaration, meant hidden
          : reportHidingComment(text, open, "'<?'", hidden, lines, told, file, diagnostics);
    } else if (first == '<') {
      return -1; // a '<' before a tag
    } else { // a digit too: "a <3" is words, for no tag's name follows it
      nameAt = after + stray.length();
      int nameless =
          nameAt < n && UnicodeCharacters.isAsciiSpace(text.charAt(nameAt)) ? namelessTagEnd(text, nameAt) : -1;
      if (nameless >= 0) { // a character in the name's place, attributes after it: "<1 href=…>"
        tell(Message.TAG_WITHOUT_A_NAME, open, hidden, lines, told, file, diagnostics,
            quoted(text, open, nameless + 1));
        return nameless;
      }
      if (nameAt < n && text.charAt(nameAt) == '/') { // "<>/td>", "<"/td>"
        endTag = true;
        nameAt++;
      }
      if ((first == '-' || first == '=') && nameAt < n && text.charAt(nameAt) == '>'
          && opensALineAfterATag(text, open, nameAt + 1) && hidden.readAsHtml(lines.at(open))) {
        // an arrow alone on its line, where a formatter puts a "<p>", is that tag without its name
        tell(Message.TAG_WITHOUT_A_NAME, open, hidden, lines, told, file, diagnostics, quoted(text, open, nameAt + 1));
        return nameAt;
      }
    }
    int nameEnd = tagNameEnd(text, nameAt);
    char afterName = nameEnd < n ? text.charAt(nameEnd) : 0;
    boolean nameEnds = nameEnd > nameAt
        && (afterName == '>' || afterName == '/' || UnicodeCharacters.isAsciiSpace(afterName));
    String name = nameEnds ? text.substring(nameAt, nameEnd).toLowerCase(Locale.ROOT) : null;
    // The character in the place of the name's first letter ("<1trong>"), where one tag's name is one edit from it
    String inPlace = nameEnds && !endTag && !Markup.isKnownTag(name) ? Markup.repairedName(stray + name) : null;
    if (inPlace == null && nameEnds && !endTag && !RowReader.isTagName(name)) {
      inPlace = nameFromItsEndTag(text, nameEnd, name); // "<1twong>" before "</stwong>"
    }
    if (inPlace == null && (name == null || !RowReader.isTagName(name))) {
      if (first == '/') { // "</>" with no tag's name after it: HTML drops it, and Markdown shows it as text
        int quoteEnd = nameEnd < n && text.charAt(nameEnd) == '>' ? nameEnd + 1 : nameAt;
        if (hidden.readAsHtml(lines.at(open))) {
          tell(Message.END_TAG_WITHOUT_A_NAME, open, hidden, lines, told, file, diagnostics,
              quoted(text, open, quoteEnd));
        }
        return nameAt - 1;
      }
      if (first == '>' && !endTag) { // "<>" with no name after it
        tell(Message.TAG_WITHOUT_A_NAME, open, hidden, lines, told, file, diagnostics, "<>");
        return after;
      }
      return -1;
    }
    if (first == '>' && !endTag && inPlace == null && UnicodeCharacters.isAsciiSpace(afterName)) {
      // "<>p" above a cell's words: the tag's '>' swapped with its name
      tell(Message.TAG_OPENING_DAMAGED, open, hidden, lines, told, file, diagnostics, quoted(text, open, nameEnd),
          stray, "<" + text.substring(nameAt, nameEnd) + ">");
      return nameEnd - 1;
    }
    int end = tagEnd(text, nameAt - 1);
    if (end < 0 || text.charAt(end) != '>') {
      return -1; // it runs on: the tag it runs into is read on its own
    }
    String meant = inPlace != null ? "<" + inPlace + text.substring(nameEnd, end + 1)
        : (endTag ? "</" : "<") + text.substring(nameAt, end + 1);
    tell(Message.TAG_OPENING_DAMAGED, open, hidden, lines, told, file, diagnostics,
        quoted(text, open, end + 1), stray, quoted(meant, 0, meant.length()));
    return end;
  }

  /**
   * Reports, before the end tag from {@code open} to {@code end} of a tag of one or two letters
   * that marks words ({@link #SHORT_INLINE_TAGS}), where it ends nothing, its start tag damaged so
   * that HTML reads it as text: a character in the {@code <}'s place ({@code L'xem>}; for a name of
   * one letter, no letter or digit, for {@code verb>} is as likely) or in the first letter's
   * ({@code <1m>}, {@code < m>}). Such text may be words ({@code 1em>}, {@code a <b> c}), and is
   * told only before such an end tag, looked for outside tags in its cell's text on its line (or
   * from a {@code <} that ends the line before, above {@code m>}), after
   * the last end tag of the name; the other checks tell a longer name, and a sign in the
   * {@code <}'s place where a word starts ({@code -em>}), as a tag that lost its opener.
   */
  private static void reportShortStartTagDamaged(String text, int open, int end, HiddenLines hidden, Lines lines,
      Told told, String file, Diagnostics diagnostics) {
    int nameEnd = tagNameEnd(text, open + 2);
    String name = text.substring(open + 2, nameEnd).toLowerCase(Locale.ROOT);
    if (!SHORT_INLINE_TAGS.contains(name)) {
      return;
    }
    // Back to its start tag, if it has one, or to the line's start, its cell's start tag, or the last end tag of
    // the name, a short way at most
    int from = Math.max(0, open - CELL_LOOKED_BACK);
    for (int at = open - 1; at >= from; at--) {
      char c = text.charAt(at);
      if (c == '\n') { // the line's start, or a '<' at the end of the line before, its name's first letter lost
        from = at > 0 && text.charAt(at - 1) == '<' ? at - 1 : at + 1;
        break;
      }
      if (c != '<') {
        continue;
      }
      if (text.regionMatches(true, at + 1, name, 0, name.length())
          && !UnicodeCharacters.isAsciiLetter(text.charAt(at + 1 + name.length()))) {
        return; // its start tag
      }
      if (text.regionMatches(true, at, "<td", 0, 3) || text.regionMatches(true, at, "<th", 0, 3)
          || text.regionMatches(true, at, "</" + name + ">", 0, name.length() + 3)) {
        int close = text.indexOf('>', at);
        from = close < 0 || close > open ? at : close + 1;
        break;
      }
    }
    String meant = "<" + name + ">";
    for (int at = from; at + name.length() + 1 < open; at++) {
      if (text.charAt(at) == '<' && opensTag(text, at)) { // a tag's own letters ("</sup>") are no damaged tag
        int tagEnd = text.indexOf('>', at);
        at = tagEnd < 0 || tagEnd > open ? open : tagEnd;
        continue;
      }
      int after = at + 1 + name.length(); // where the damaged tag's '>' stands
      if (text.charAt(after) != '>') {
        continue;
      }
      char c = text.charAt(at);
      if (text.regionMatches(true, at + 1, name, 0, name.length())) {
        if (c == '<' || c == '/' || UnicodeCharacters.isAsciiSpace(c)) {
          continue; // a tag, an end tag, or words ("a em>")
        }
        // "L'xem>": a character in the '<''s place; a sign where a word starts ("-em>") is the other check's
        boolean wordStart = at == from || UnicodeCharacters.isAsciiSpace(text.charAt(at - 1));
        if (wordStart && name.length() == 2 && !UnicodeCharacters.isLetterOrDigit(c)) {
          return;
        }
        if (name.length() == 1 && UnicodeCharacters.isLetterOrDigit(c)) {
          continue; // a word's last letter before a sign ("verb>"), as often as a tag's '<' lost
        }
        if (UnicodeCharacters.isLetter(c) && UnicodeCharacters.isWrittenWithoutSpaces(UnicodeCharacters.script(c))) {
          return; // "がem>": words without spaces, the '<' lost, as the row's check tells
        }
        tell(Message.TAG_OPENER_REPLACED, at, hidden, lines, told, file, diagnostics, text.substring(at, after + 1),
            String.valueOf(c), text.substring(open, end + 1), meant);
        return;
      }
      // "<1m>", "< m>": a character that is no letter in the first letter's place of a name of two
      if (name.length() == 2 && c == '<' && !UnicodeCharacters.isAsciiLetter(text.charAt(at + 1))
          && Character.toLowerCase(text.charAt(at + 2)) == name.charAt(1)) {
        tell(Message.TAG_OPENING_DAMAGED, at, hidden, lines, told, file, diagnostics, quoted(text, at, after + 1),
            UnicodeCharacters.isAsciiSpace(text.charAt(at + 1)) ? " " : text.substring(at + 1, at + 2), meant);
        return;
      }
    }
  }

  /**
   * The tags of one or two letters that mark words in a line: a table's and a paragraph's, which
   * span lines and whose damage the table's reading tells, are not among them.
   */
  private static final Set<String> SHORT_INLINE_TAGS = Set.of("a", "b", "i", "q", "s", "u", "em", "tt");

  /** How far back from an end tag its start tag, damaged, is looked for. */
  private static final int CELL_LOOKED_BACK = 400;

  /**
   * Reports the {@code <} at {@code open}, white space after it, where a tag's name and its
   * {@code >} follow that white space ({@code < strong>}, {@code < /td>}), or where a space took its
   * first letter's place ({@code < ode>}): a {@code >} straight after the name, for
   * {@code a < b > c} is words. Where that {@code >} is, or -1 where it is none.
   */
  private static int reportNameAfterWhiteSpace(String text, int open, HiddenLines hidden, Lines lines, Told told,
      String file, Diagnostics diagnostics) {
    int nameAt = afterAsciiSpaces(text, open + 1);
    boolean endTag = nameAt < text.length() && text.charAt(nameAt) == '/';
    nameAt += endTag ? 1 : 0;
    int nameEnd = tagNameEnd(text, nameAt);
    int closer = afterAsciiSpaces(text, nameEnd);
    // its '>' straight after the name, or on a later line, as a formatter puts it, after a name of two letters or
    // more ("a < b" and "> c" on the next line are words)
    boolean closed = closer < text.length() && text.charAt(closer) == '>' && (closer == nameEnd
        || nameEnd - nameAt >= 2 && text.substring(nameEnd, closer).indexOf('\n') >= 0);
    if (nameEnd == nameAt || !closed) {
      return -1;
    }
    String name = text.substring(nameAt, nameEnd).toLowerCase(Locale.ROOT);
    // a space in the place of the name's first letter ("< ode>"), where one tag's name is one letter from it, or
    // where the end tag after it is of its name with one letter before it ("< twong>" before "</stwong>")
    String inPlace = null;
    if (!endTag && nameAt == open + 2 && !RowReader.isTagName(name)) {
      inPlace = Markup.repairedName(" " + name);
      inPlace = inPlace != null ? inPlace : nameFromItsEndTag(text, closer, name);
    }
    if (inPlace == null && !RowReader.isTagName(name)) {
      return -1;
    }
    String meant = inPlace != null ? "<" + inPlace + ">" : (endTag ? "</" : "<") + text.substring(nameAt, nameEnd) + ">";
    tell(Message.TAG_NAME_AFTER_WHITE_SPACE, open, hidden, lines, told, file, diagnostics,
        quoted(text, open, closer + 1), meant);
    return closer;
  }

  /**
   * The name of the first end tag after {@code from}, a short way at most, where it is {@code name}
   * with one letter before it ({@code </stwong>} after {@code <1twong>}) and ends nothing in between,
   * a name of four letters or more: that of the tag a character took the first letter's place of,
   * as written; null where it is not so.
   */
  private static String nameFromItsEndTag(String text, int from, String name) {
    if (name.length() + 1 < SHORTEST_NAME_WITH_A_LETTER_LOST) {
      return null;
    }
    int endTag = text.indexOf("</", from);
    if (endTag < 0 || endTag - from > CELL_LOOKED_BACK) {
      return null;
    }
    int nameAt = endTag + 2;
    int nameEnd = tagNameEnd(text, nameAt);
    if (nameEnd - nameAt != name.length() + 1 || !text.regionMatches(true, nameAt + 1, name, 0, name.length())) {
      return null;
    }
    String written = text.substring(nameAt, nameEnd);
    for (int start = text.indexOf('<', from); start < endTag; start = text.indexOf('<', start + 1)) {
      if (text.regionMatches(true, start + 1, written, 0, written.length())) {
        return null; // the end tag ends that start tag
      }
    }
    return written.toLowerCase(Locale.ROOT);
  }

  /**
   * Reports the {@code <} at {@code open} where HTML reads it as opening a comment that the next
   * {@code >} ends ({@code </ a}, {@code <?}, {@code <!x}), which a browser does not show, on a line
   * of HTML: Markdown shows such a {@code <} in a paragraph as text. Where that comment ends.
   */
  private static int reportHidingComment(String text, int open, String opener, HiddenLines hidden, Lines lines,
      Told told, String file, Diagnostics diagnostics) {
    int close = text.indexOf('>', open + 2);
    int end = close < 0 ? text.length() : close + 1;
    if (hidden.readAsHtml(lines.at(open))) {
      tell(Message.TEXT_HIDDEN_AS_A_COMMENT, open, hidden, lines, told, file, diagnostics, quoted(text, open, end),
          opener);
    }
    return end - 1;
  }

  private static boolean startsWithIgnoringCase(String text, int at, String lowerCase) {
    return text.regionMatches(true, at, lowerCase, 0, lowerCase.length());
  }

  /**
   * Reports the tag from {@code open} to its {@code >} at {@code end} where that {@code >} was put
   * inside it, or put in place of a letter of its name: the word right after it and a {@code >}
   * make a tag's name with its own ({@code <s>trong>}, white space before that {@code >} or not,
   * or attributes: {@code <s>pan style="…">}),
   * with a letter between them or not ({@code <c>de>}, {@code <s>an class="…">}), or an attribute follows it, or
   * the rest of one ({@code <a >href="…">}, {@code <a h>ref="…">}, {@code <a href>="…">}), or was
   * put in place of a sign of one ({@code <a href>"…">}), or swapped with the {@code <} of the tag
   * after it ({@code </span<>em>}). Where the tag so cut ends, or -1 where it is none.
   */
  private static int reportStrayCloser(String text, int open, int end, HiddenLines hidden, Lines lines, Told told,
      String file, Diagnostics diagnostics) {
    int n = text.length();
    int nameAt = text.charAt(open + 1) == '/' ? open + 2 : open + 1;
    int nameEnd = nameAt;
    while (nameEnd < end && UnicodeCharacters.isAsciiLetter(text.charAt(nameEnd))) {
      nameEnd++;
    }
    int restAt = end + 1;
    int restEnd = restAt;
    while (restEnd < n && UnicodeCharacters.isAsciiLetter(text.charAt(restEnd))) {
      restEnd++;
    }
    int closer = restEnd; // white space may stand before the '>', where a formatter puts it on the next line
    while (closer < n && UnicodeCharacters.isAsciiSpace(text.charAt(closer))) {
      closer++;
    }
    String joined = null;
    int keptFrom = restAt; // where the text the tag is meant to go on with starts
    // a word and a '>', or a word and attributes, after a tag without any: the cheap test first, for every tag
    boolean nameMayGoOn = nameEnd == end && restEnd > restAt && closer < n && (text.charAt(closer) == '>'
        || closer > restEnd && nameAt == open + 1 && namelessTagEnd(text, restEnd) >= 0);
    String lostLetter = nameMayGoOn ? nameWithALetterLost(text, nameAt, end, restEnd) : null;
    // the name's rest and a '>', or a start tag's with its attributes: "<s>trong>", "<s>pan style=…>"
    int joinedEnd = closer >= n ? -1 : text.charAt(closer) == '>' ? closer
        : closer > restEnd && nameAt == open + 1 ? namelessTagEnd(text, restEnd) : -1;
    if (nameEnd == end && restEnd > restAt && joinedEnd >= 0
        && RowReader.isTagName((text.substring(nameAt, end) + text.substring(restAt, restEnd)).toLowerCase(Locale.ROOT))) {
      joined = text.substring(open, end); // "<s" of "<s>trong>"
      restEnd = joinedEnd;
    } else if (nameEnd == end - 1 && nameEnd > nameAt && text.charAt(nameEnd) == '<' && restEnd > restAt
        && closer < n && (text.charAt(closer) == '>' || closer > restEnd && namelessTagEnd(text, restEnd) >= 0)
        && RowReader.isTagName(text.substring(nameAt, nameEnd).toLowerCase(Locale.ROOT))
        && RowReader.isTagName(text.substring(restAt, restEnd).toLowerCase(Locale.ROOT))) {
      joined = text.substring(open, nameEnd) + "><"; // "</span><" of "</span<>em>": the '>' and the '<' swapped
      restEnd = text.charAt(closer) == '>' ? closer : namelessTagEnd(text, restEnd); // "</em<>span style=…>"
    } else if (lostLetter != null) {
      joined = text.substring(open, nameAt) + lostLetter; // "<code" of "<c>de>", "<span" of "<s>an class=…>"
      keptFrom = restEnd;
      restEnd = text.charAt(closer) == '>' ? closer : tagEnd(text, end);
    } else if (nameAt == open + 1 && nameEnd > nameAt && attributeGoesOn(text, end, nameEnd < end)) {
      char before = text.charAt(end - 1); // "<a " of "<a >href=…>", "<a h" of "<a h>ref=…>"
      boolean apart = nameEnd < end
          && (UnicodeCharacters.isAsciiLetter(before) || UnicodeCharacters.isAsciiSpace(before) || before == '=')
          || UnicodeCharacters.isAsciiSpace(text.charAt(restAt)) || text.charAt(restAt) == '=';
      joined = text.substring(open, end) + (apart ? "" : " ");
      restEnd = tagEnd(text, end);
    } else if (nameAt == open + 1 && nameEnd > nameAt && nameEnd < end) {
      String replaced = signReplaced(text, end); // "<a href>\"…\">", "<a href=>…\">"
      if (replaced != null) {
        joined = text.substring(open, end) + replaced;
        restEnd = tagEnd(text, end);
      }
    }
    if (joined == null || restEnd < 0 || text.charAt(restEnd) != '>') {
      return -1;
    }
    String meant = joined + text.substring(keptFrom, restEnd + 1);
    tell(Message.TAG_CUT_BY_A_STRAY_CLOSER, open, hidden, lines, told, file, diagnostics,
        quoted(text, open, restEnd + 1), quoted(text, restAt, restEnd + 1), quoted(meant, 0, meant.length()));
    return restEnd;
  }

  /**
   * Reports the tag that lost its {@code <} straight after the tag from {@code open} to its
   * {@code >} at {@code end} ({@code </span>em>}, {@code </em>span style="…">}): a tag's name and
   * its {@code >}, or a name and attributes up to a {@code >}; a name of one letter only with
   * attributes ({@code </b>b>} is as likely words), and one that lost its first letter too only
   * with attributes ({@code </em>pan style="…">}). Only where the tag follows a word: where it
   * opens a cell's words, or a word, the row's check tells the tag as its text shows it. Where the
   * tag so damaged ends, or -1 where it is none.
   */
  private static int reportOpenerLostAfter(String text, int open, int end, HiddenLines hidden, Lines lines,
      Told told, String file, Diagnostics diagnostics) {
    int nameAt = end + 1;
    int nameEnd = tagNameEnd(text, nameAt);
    if (nameEnd == nameAt || nameEnd >= text.length() || open == 0 || !followsAWord(text, open)) {
      return -1;
    }
    String name = text.substring(nameAt, nameEnd).toLowerCase(Locale.ROOT);
    // or its name's first letter lost too, before attributes ("</em>pan style=")
    String opener = RowReader.isTagName(name) ? "<" : nameEnd - nameAt >= 2 ? RowReader.lostFirstLetter(name) : null;
    if (opener == null) {
      return -1;
    }
    int close = text.charAt(nameEnd) == '>' && nameEnd - nameAt >= 2 && opener.length() == 1 ? nameEnd
        : UnicodeCharacters.isAsciiSpace(text.charAt(nameEnd)) ? namelessTagEnd(text, nameEnd) : -1;
    if (close < 0) {
      return -1;
    }
    String lost = text.substring(nameAt, close + 1);
    tell(Message.TAG_OPENER_LOST, nameAt, hidden, lines, told, file, diagnostics, quoted(lost, 0, lost.length()),
        quoted(text, open, end + 1), quoted(opener + lost, 0, opener.length() + lost.length()));
    return close;
  }

  /**
   * Whether the {@code <} at {@code open} follows a word: a letter or digit, or a sign after one
   * ({@code L'}); a sign alone after white space opens a word, as the row's check reads it.
   */
  private static boolean followsAWord(String text, int open) {
    char before = text.charAt(open - 1);
    if (UnicodeCharacters.isLetterOrDigit(before)) {
      return true;
    }
    return !isWordBreakAt(text, open - 1) && !isWordBreakAt(text, open - 2);
  }

  /** Whether the character at {@code at} is white space or a tag's {@code >}, or {@code at} is before the text. */
  private static boolean isWordBreakAt(String text, int at) {
    return at < 0 || UnicodeCharacters.isAsciiSpace(text.charAt(at)) || text.charAt(at) == '>';
  }

  /**
   * Whether the text from {@code from} to {@code to} stands alone on its line, and the last
   * character before it that is no white space is a tag's {@code >}.
   */
  private static boolean opensALineAfterATag(String text, int from, int to) {
    int before = from - 1;
    while (before >= 0 && text.charAt(before) != '\n' && UnicodeCharacters.isAsciiSpace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && text.charAt(before) != '\n') {
      return false;
    }
    while (before >= 0 && UnicodeCharacters.isAsciiSpace(text.charAt(before))) {
      before--;
    }
    int after = to;
    while (after < text.length() && text.charAt(after) != '\n' && UnicodeCharacters.isAsciiSpace(text.charAt(after))) {
      after++;
    }
    return before >= 0 && text.charAt(before) == '>' && (after == text.length() || text.charAt(after) == '\n');
  }

  /**
   * Reports the tag from {@code open} to its {@code >} at {@code end} where white space or a
   * {@code /} cut its name in two ({@code <s rong>}, {@code <s an style="…">}, {@code <s/rong>}):
   * HTML reads the first part as the name and the second as an attribute. Told where the second
   * part, which no {@code =} follows, makes a tag's name of four letters or more with the first,
   * with one letter between them or not, and only one; a tag's own attribute ({@code <td nowrap>})
   * makes none. So too, after a {@code /}, a first part of one letter before a tag's name: an end
   * tag that a letter of the word before it moved into ({@code Abschlus<s/td>}).
   */
  private static void reportSplitName(String text, int open, int end, HiddenLines hidden, Lines lines, Told told,
      String file, Diagnostics diagnostics) {
    boolean endTag = text.charAt(open + 1) == '/';
    int nameAt = endTag ? open + 2 : open + 1;
    int nameEnd = tagNameEnd(text, nameAt);
    if (nameEnd == nameAt || nameEnd >= end) {
      return;
    }
    // a '/' ends the name as white space does, where a letter follows it ("<s/rong>"), not the '>' ("<br/>")
    boolean slash = text.charAt(nameEnd) == '/' && UnicodeCharacters.isAsciiLetter(text.charAt(nameEnd + 1));
    if (!slash && !UnicodeCharacters.isAsciiSpace(text.charAt(nameEnd))) {
      return;
    }
    int wordAt = slash ? nameEnd + 1 : afterAsciiSpaces(text, nameEnd);
    int wordEnd = wordAt;
    while (wordEnd < end && UnicodeCharacters.isAsciiLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    int afterWord = afterAsciiSpaces(text, wordEnd);
    if (wordEnd == wordAt || wordEnd < end && text.charAt(wordEnd) != '/' && afterWord == wordEnd
        || text.charAt(afterWord) == '=') {
      return; // no word, a word that runs on into a sign, or an attribute with its value
    }
    String first = text.substring(nameAt, nameEnd);
    String second = text.substring(wordAt, wordEnd);
    String joined = (first + second).toLowerCase(Locale.ROOT);
    String meant = joined.length() >= SHORTEST_NAME_WITH_A_LETTER_LOST && Markup.isKnownTag(joined) ? joined
        : nameWithALetterBetween(first, second);
    if (meant == null && joined.length() >= SHORTEST_NAME_WITH_A_LETTER_LOST && Markup.repairedName(joined) != null) {
      meant = joined; // "<s twong>" for the received page's "<stwong>"
    }
    boolean moved = false; // a letter moved in between the '<' and the '/' of an end tag: "pa<s/stwong>"
    String secondName = second.toLowerCase(Locale.ROOT);
    if (meant == null && slash && !endTag && first.length() == 1
        && (Markup.isKnownTag(secondName) // "Abschlus<s/td>" too
            || secondName.length() >= SHORTEST_NAME_WITH_A_LETTER_LOST && Markup.repairedName(secondName) != null)) {
      meant = secondName;
      moved = true;
    }
    if (meant == null) {
      return;
    }
    String opener = endTag || moved ? "</" : "<";
    String written = opener + meant + text.substring(wordEnd, end + 1);
    tell(Message.TAG_NAME_SPLIT, open, hidden, lines, told, file, diagnostics, quoted(text, open, end + 1),
        slash ? "a '/'" : "white space", (endTag ? "</" : "<") + first + ">", quoted(written, 0, written.length()));
  }

  /**
   * The name of a known tag, of four letters or more, that the letters before the {@code >} at
   * {@code end} and those after it up to {@code restEnd} make with one letter between them, where
   * that {@code >} took the letter's place ({@code <c>de>}, {@code <s>an}); null where no such name
   * is, or more than one.
   */
  private static String nameWithALetterLost(String text, int nameAt, int end, int restEnd) {
    return nameWithALetterBetween(text.substring(nameAt, end), text.substring(end + 1, restEnd));
  }

  /**
   * The tag's name, of four letters or more, that {@code before}, one letter and {@code after}
   * make, where only one letter makes one: a known tag's name as written ({@code c}, {@code de}:
   * {@code code}), or else one the reader repairs ({@code s}, {@code wong}: {@code stwong}, the
   * received page's); null where none does, or several.
   */
  private static String nameWithALetterBetween(String before, String after) {
    String lowerBefore = before.toLowerCase(Locale.ROOT);
    String lowerAfter = after.toLowerCase(Locale.ROOT);
    if (lowerBefore.length() + lowerAfter.length() + 1 < SHORTEST_NAME_WITH_A_LETTER_LOST) {
      return null;
    }
    String known = null;
    String repaired = null;
    int repairable = 0;
    for (char letter = 'a'; letter <= 'z'; letter++) {
      String name = lowerBefore + letter + lowerAfter;
      if (Markup.isKnownTag(name)) {
        if (known != null) {
          return null;
        }
        known = name;
      } else if (Markup.repairedName(name) != null) {
        repaired = name;
        repairable++;
      }
    }
    return known != null ? known : repairable == 1 ? repaired : null;
  }

  /** The shortest tag's name told where a {@code >} took one of its letters' place: {@code <b>r>} is words. */
  private static final int SHORTEST_NAME_WITH_A_LETTER_LOST = 4;

  /**
   * Whether what follows the {@code >} at {@code end} goes on with the tag's attributes: an
   * attribute and its quoted value ({@code href="…"}), the rest of the attribute the tag ends in,
   * where it has any ({@code ="…"} after {@code <a href>}), or a quoted value after an {@code =} it
   * ends in.
   */
  private static boolean attributeGoesOn(String text, int end, boolean attributesWritten) {
    int nameStart = afterAsciiSpaces(text, end + 1);
    int at = attributeNameEnd(text, nameStart);
    char before = text.charAt(end - 1);
    boolean valueNext = at > nameStart || attributesWritten && UnicodeCharacters.isAsciiLetter(before);
    if (valueNext && at < text.length() && text.charAt(at) == '=') {
      at++;
    } else if (at > nameStart || before != '=') {
      return false;
    }
    return at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'');
  }

  /**
   * The sign of an attribute that the {@code >} at {@code end}, which ends a tag with attributes,
   * stands in place of, where the rest of the attribute's value and a {@code >} follow it: the
   * {@code =} after an attribute's name, before a quoted value ({@code <a href>"…">}), or the quote
   * that opens a value ending in one ({@code <a href=>…">}); null where it is neither.
   */
  private static String signReplaced(String text, int end) {
    int n = text.length();
    int restAt = end + 1;
    char before = text.charAt(end - 1);
    char first = restAt < n ? text.charAt(restAt) : 0;
    if (UnicodeCharacters.isAsciiLetter(before) && (first == '"' || first == '\'')) {
      int close = restAt + 1;
      while (close < n && text.charAt(close) != first && text.charAt(close) != '<' && text.charAt(close) != '>') {
        close++;
      }
      return close + 1 < n && text.charAt(close) == first && text.charAt(close + 1) == '>' ? "=" : null;
    }
    if (before != '=') {
      return null;
    }
    int close = restAt;
    while (close < n && text.charAt(close) != '>' && text.charAt(close) != '<' && text.charAt(close) != '"'
        && text.charAt(close) != '\'' && !UnicodeCharacters.isAsciiSpace(text.charAt(close))) {
      close++;
    }
    boolean quoteEnds = close > restAt && close + 1 < n && text.charAt(close + 1) == '>';
    return quoteEnds && (text.charAt(close) == '"' || text.charAt(close) == '\'') ? text.substring(close, close + 1)
        : null;
  }

  /**
   * Where a tag that lost its name ends: white space from {@code from}, then an attribute's name
   * and {@code =}, up to the tag's {@code >}; -1 where the text is not such a tag ({@code a < b}).
   */
  private static int namelessTagEnd(String text, int from) {
    int attribute = afterAsciiSpaces(text, from);
    int at = attributeNameEnd(text, attribute);
    if (at == attribute || at >= text.length() || text.charAt(at) != '=') {
      return -1;
    }
    int end = tagEnd(text, from - 1);
    return end >= 0 && text.charAt(end) == '>' ? end : -1;
  }

  /** Where the tag's name from {@code from} ends, a letter then letters or digits: {@code from} itself for none. */
  private static int tagNameEnd(String text, int from) {
    int at = from;
    while (at < text.length() && (UnicodeCharacters.isAsciiLetter(text.charAt(at))
        || at > from && text.charAt(at) >= '0' && text.charAt(at) <= '9')) {
      at++;
    }
    return at;
  }

  /** Where the run of HTML's white space from {@code from} ends: {@code from} itself for none. */
  private static int afterAsciiSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && UnicodeCharacters.isAsciiSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /** Where the attribute's name from {@code from} ends, its ASCII letters and hyphens: {@code from} itself for none. */
  private static int attributeNameEnd(String text, int from) {
    int at = from;
    while (at < text.length() && (UnicodeCharacters.isAsciiLetter(text.charAt(at)) || text.charAt(at) == '-')) {
      at++;
    }
    return at;
  }

  /** Reports a damaged tag at its line, unless the line is hidden or past the ten told one by one. */
  static void tell(Message message, int open, HiddenLines hidden, Lines lines, Told told, String file,
      Diagnostics diagnostics, Object... arguments) {
    int line = lines.at(open);
    if (!hidden.hidden(line) && told.tellsOneByOne(line)) {
      diagnostics.report(message, new SourceLocation(file, line), arguments);
    }
  }

  /** The line of an offset, counted on from the last offset asked for: offsets are asked for in order. */
  static final class Lines {
    private final String text;
    private int line = 1;
    private int counted;

    Lines(String text) {
      this.text = text;
    }

    int at(int offset) {
      for (int at = text.indexOf('\n', counted); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
      }
      counted = Math.max(counted, offset);
      return line;
    }
  }

  /** The damaged tags, or references, of one kind found so far: the first ten told one by one, the rest counted. */
  static final class Told {
    private final Message forTheRest;
    private int found;
    private int firstUntold;
    private int lastUntold;

    Told(Message forTheRest) {
      this.forTheRest = forTheRest;
    }

    /** Counts one more at the line; whether it is among the ten told one by one. */
    boolean tellsOneByOne(int line) {
      if (++found <= TOLD_ONE_BY_ONE) {
        return true;
      }
      firstUntold = firstUntold == 0 ? line : firstUntold;
      lastUntold = line;
      return false;
    }

    void reportTheRest(String file, Diagnostics diagnostics) {
      if (firstUntold > 0) {
        diagnostics.report(forTheRest, new SourceLocation(file, firstUntold), found - TOLD_ONE_BY_ONE, lastUntold);
      }
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
