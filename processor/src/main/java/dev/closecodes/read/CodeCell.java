package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the code cell of a table row says about codes: one code, a range, a range whose start or
 * end was lost ({@code –1014}, {@code 1016–}), or something that is not a code at all; where a
 * table gives a range's end in a column of its own, what the two cells say together.
 */
sealed interface CodeCell {

  /**
   * One code, or a range; {@code to} equals {@code from} for one code. Values may be out of bounds:
   * those past the close-code space saturate, and their digits are kept to quote.
   *
   * @param fromAsWritten the first code's digits as the cell writes them, leading zeros and all
   * @param toAsWritten the last code's, likewise
   * @param inMarks the cell's text where Markdown's marks stand around the codes in it, as text
   *     ({@code `1000`} in an HTML cell, where no Markdown reader reads them); else empty
   */
  record Codes(long from, long to, String fromAsWritten, String toAsWritten, String inMarks) implements CodeCell {

    Codes(long from, long to, String fromAsWritten, String toAsWritten) {
      this(from, to, fromAsWritten, toAsWritten, "");
    }

    Codes(String fromAsWritten, String toAsWritten) {
      this(number(fromAsWritten), number(toAsWritten), fromAsWritten, toAsWritten);
    }

    /** The first code's digits, without leading zeros. */
    String fromDigits() {
      return withoutLeadingZeros(fromAsWritten);
    }

    /** The last code's digits, without leading zeros. */
    String toDigits() {
      return withoutLeadingZeros(toAsWritten);
    }

    /** Whether the cell writes a code with leading zeros ({@code 01001}), which it is read without. */
    boolean leadingZeros() {
      return fromAsWritten.length() != fromDigits().length() || toAsWritten.length() != toDigits().length();
    }

    /** The codes as the cell writes them, leading zeros and all, their ends joined with a dash. */
    String asWritten() {
      return from == to && fromAsWritten.equals(toAsWritten) ? fromAsWritten : fromAsWritten + "–" + toAsWritten;
    }

    /**
     * The range these codes make.
     *
     * @throws Diagnostics.Abort after reporting a code out of bounds or a range that runs backwards
     */
    CodeRange toRange(SourceLocation location, Diagnostics diagnostics) {
      if (from > CodeRange.MAX_CODE || to > CodeRange.MAX_CODE) {
        throw diagnostics.fail(Message.CODE_OUT_OF_BOUNDS, location, from > CodeRange.MAX_CODE ? fromDigits() : toDigits());
      }
      if (from > to) {
        throw diagnostics.fail(Message.RANGE_BACKWARDS, location, from, to);
      }
      return new CodeRange((int) from, (int) to);
    }
  }

  /** A range that lost its start, such as {@code –1014}; {@code toDigits} as for {@link Codes}. */
  record MissingStart(long to, String toDigits) implements CodeCell {

    MissingStart(String toDigits) {
      this(number(toDigits), withoutLeadingZeros(toDigits));
    }
  }

  /** A range that lost its end, such as {@code 1016–}; {@code fromDigits} as for {@link Codes}. */
  record MissingEnd(long from, String fromDigits) implements CodeCell {

    MissingEnd(String fromDigits) {
      this(number(fromDigits), withoutLeadingZeros(fromDigits));
    }
  }

  /**
   * A code cell beside a cell of where its range ends that does not end it: a range and another
   * end, or words.
   *
   * @param start the code cell's text
   * @param end the other cell's
   */
  record UnfitEnd(String start, String end) implements CodeCell {}

  /** Holds digits but does not read as a code, such as {@code 10O1}. */
  record Malformed(String text) implements CodeCell {}

  /** Holds no digit at all: a header or an empty cell. */
  record NoCode(String text) implements CodeCell {}

  /** Hyphen, the Unicode dashes and the minus sign: pages join a range's ends with any of them. */
  String DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";

  /**
   * The tilde, the wave dash and the full-width tilde, with which Japanese and Chinese join a
   * range's ends ({@code 3000〜4999}); only between two numbers, for before one alone a tilde says
   * nothing of a lost start.
   */
  String TILDES = "~\u301C\uFF5E";

  /** Superscript and subscript digits, and the code points of their blocks between them. */
  String SUPERSCRIPT_AND_SUBSCRIPT_DIGITS = "\u00B2\u00B3\u00B9"
      + "\u2070\u2071\u2072\u2073\u2074\u2075\u2076\u2077\u2078\u2079"
      + "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";
  Pattern SINGLE = Pattern.compile("([0-9]+)");
  Pattern RANGE = Pattern.compile("([0-9]+) ?[" + DASHES + TILDES + "] ?([0-9]+)");
  Pattern NO_START = Pattern.compile("[" + DASHES + "] ?([0-9]+)");
  Pattern NO_END = Pattern.compile("([0-9]+) ?[" + DASHES + "]");

  /**
   * Two numbers with U+FFFD between them, one for each of the dash's bytes at most: a range whose
   * dash a decoder lost (text misread twice, its dash's bytes among those lost), for digits are
   * never lost and nothing else joins two codes.
   */
  Pattern LOST_DASH = Pattern.compile("([0-9]+) ?\uFFFD{1,3} ?([0-9]+)");

  /**
   * A number with U+FFFD before it, one for each of a dash's bytes at most: a range that lost its
   * start ({@code –1014}) and then its dash to a decoder, for nothing else stands before a code.
   */
  Pattern LOST_DASH_WITHOUT_START = Pattern.compile("\uFFFD{1,3} ?([0-9]+)");

  /** A number with U+FFFD after it: a range that lost its end ({@code 1016–}) and then its dash. */
  Pattern LOST_DASH_WITHOUT_END = Pattern.compile("([0-9]+) ?\uFFFD{1,3}");

  /**
   * The cell read with a dash where U+FFFD stands for one a decoder lost: {@link #LOST_DASH} as
   * the range, {@link #LOST_DASH_WITHOUT_START} as a range that lost its start, and
   * {@link #LOST_DASH_WITHOUT_END} as one that lost its end; null for any other cell.
   */
  static CodeCell withLostDash(CodeCell cell) {
    if (!(cell instanceof Malformed)) {
      return null;
    }
    Matcher matcher;
    if ((matcher = LOST_DASH.matcher(cell.written())).matches()) {
      return new Codes(matcher.group(1), matcher.group(2));
    } else if ((matcher = LOST_DASH_WITHOUT_START.matcher(cell.written())).matches()) {
      return new MissingStart(matcher.group(1));
    } else if ((matcher = LOST_DASH_WITHOUT_END.matcher(cell.written())).matches()) {
      return new MissingEnd(matcher.group(1));
    }
    return null;
  }

  static CodeCell parse(String cellText) {
    String text = RichText.collapseWhitespace(cellText);
    if (!text.isEmpty() && text.length() < 10 && DocumentText.isAsciiDigits(text)) {
      return new Codes(text, text); // the common case, without the patterns
    }
    Matcher matcher;
    if ((matcher = SINGLE.matcher(text)).matches()) {
      return new Codes(matcher.group(1), matcher.group(1));
    } else if ((matcher = RANGE.matcher(text)).matches()) {
      return new Codes(matcher.group(1), matcher.group(2));
    } else if ((matcher = NO_START.matcher(text)).matches()) {
      return new MissingStart(matcher.group(1));
    } else if ((matcher = NO_END.matcher(text)).matches()) {
      return new MissingEnd(matcher.group(1));
    } else if (holdsADigit(text)) {
      String unmarked = withoutMarks(text);
      if (unmarked != null && parse(unmarked) instanceof Codes codes) {
        return new Codes(codes.from(), codes.to(), codes.fromAsWritten(), codes.toAsWritten(), text);
      }
      return new Malformed(text);
    }
    return new NoCode(text);
  }

  /**
   * The text without the Markdown marks it holds around a code: backquotes in pairs ({@code `1000`},
   * {@code `3000`–`3999`}), and as many asterisks after as before ({@code **1004**}); null where it
   * holds none so. A note's asterisk ({@code 1000*}) or a subscript ({@code 1000_2}) is none.
   */
  private static String withoutMarks(String text) {
    int before = 0;
    while (before < text.length() && text.charAt(before) == '*') {
      before++;
    }
    int after = 0;
    while (after < text.length() - before && text.charAt(text.length() - 1 - after) == '*') {
      after++;
    }
    String inner = before > 0 && before == after ? text.substring(before, text.length() - after) : text;
    int backquotes = 0;
    for (int i = 0; i < inner.length(); i++) {
      backquotes += inner.charAt(i) == '`' ? 1 : 0;
    }
    if (backquotes >= 2 && backquotes % 2 == 0) {
      inner = inner.replace("`", "");
    }
    return inner.length() == text.length() || inner.isEmpty() ? null : inner;
  }

  /**
   * The code cell read with the cell of where its range ends, for a table that gives ranges in two
   * columns ({@code 1016 | 2999}): one code and a code at or past it are that range, though it may
   * run backwards, which reading the range reports; an empty end, or a dash, leaves the code cell
   * as it is, and so does a range's own end; a code and its dash ({@code 1016–}) before a code are
   * that range too; an empty code cell before a code is a range whose start was lost, as
   * {@code –1014} is. Anything else is {@link UnfitEnd}.
   */
  static CodeCell withEnd(CodeCell start, String endText) {
    CodeCell end = parse(endText);
    if (saysNothing(end)) {
      return start;
    }
    if (end instanceof Codes last && last.from() == last.to()) {
      if (start instanceof Codes first && first.from() == first.to()) {
        return new Codes(first.from(), last.to(), first.fromAsWritten(), last.toAsWritten(),
            first.inMarks().isEmpty() ? last.inMarks() : first.inMarks());
      }
      if (start instanceof Codes range && range.to() == last.to()) {
        return start;
      }
      if (start instanceof MissingEnd first) {
        return new Codes(first.from(), last.to(), first.fromDigits(), last.toAsWritten()); // 1016– | 2999
      }
      if (saysNothing(start)) {
        return new MissingStart(last.to(), last.toDigits());
      }
    }
    return new UnfitEnd(start.written(), end.written());
  }

  /**
   * The first decimal digit of another script than ASCII's in the text (full-width {@code １},
   * mathematical {@code 𝟏}), or -1: a cell that holds one is never a code, but it may look like one.
   */
  private static int firstDigitNotAscii(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c > 0x7F && UnicodeCharacters.isDigit(c)) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** The text with each decimal digit of another script than ASCII's written as the ASCII digit of its value. */
  private static String inAsciiDigits(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int value = c > 0x7F ? UnicodeCharacters.decimalValue(c) : -1;
      if (value >= 0) {
        ascii.append((char) ('0' + value));
      } else {
        ascii.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return ascii.toString();
  }

  /**
   * A text that is no code as a code would be written: its digits of another script in ASCII
   * ({@code １０００}), or its digits ungrouped ({@code 1 000}). Whether that is a code worth the
   * error, the caller asks of {@link #parsed()}.
   *
   * @param written the text as the page writes it
   * @param asCode the text as a code would be written
   * @param otherDigit the first digit of another script, or -1 where the digits are grouped
   */
  record WrittenOtherwise(String written, String asCode, int otherDigit) {

    /** The text in ASCII digits, where it has digits of another script; null where it has none. */
    static WrittenOtherwise inOtherDigits(String text) {
      int otherDigit = firstDigitNotAscii(text);
      return otherDigit < 0 ? null : new WrittenOtherwise(text, inAsciiDigits(text), otherDigit);
    }

    /** The text with its digits ungrouped, where it groups them in thousands; null where it does not. */
    static WrittenOtherwise grouped(String text) {
      String ungrouped = withDigitsUngrouped(text);
      return ungrouped.equals(text) ? null : new WrittenOtherwise(text, ungrouped, -1);
    }

    /** What the text says as a code would be written. */
    CodeCell parsed() {
      return parse(asCode);
    }

    /** The error that the text is a code written otherwise, quoting it and the code. */
    Diagnostics.Abort fail(SourceLocation location, Diagnostics diagnostics) {
      return otherDigit >= 0
          ? diagnostics.fail(Message.CODE_DIGITS_NOT_ASCII, location, written, Printable.described(otherDigit), asCode)
          : diagnostics.fail(Message.CODE_DIGITS_GROUPED, location, written, asCode);
    }
  }

  /** What locales group a number's digits in thousands with: spaces, a comma, a full stop, an apostrophe. */
  String DIGIT_GROUP_SEPARATORS = " \u00a0\u202f\u2009,.'\u2019";

  /**
   * The text with the separators taken out of each number whose digits it groups in thousands
   * ({@code 1 000}, {@code 1,000}, {@code 1.000}, {@code 1'000}): one to three digits, then groups
   * of three, each after the same separator. Other text is as it was, so the text itself where it
   * groups no number.
   */
  private static String withDigitsUngrouped(String text) {
    StringBuilder ungrouped = null; // made for the few cells that group digits
    int copied = 0;
    int at = 0;
    while (at < text.length()) {
      if (!isAsciiDigit(text, at) || (at > 0 && isAsciiDigit(text, at - 1))) {
        at++;
        continue;
      }
      int lead = at;
      while (isAsciiDigit(text, at)) {
        at++;
      }
      if (at - lead > 3 || at >= text.length() || DIGIT_GROUP_SEPARATORS.indexOf(text.charAt(at)) < 0) {
        continue;
      }
      char separator = text.charAt(at);
      int end = at;
      while (end < text.length() && text.charAt(end) == separator && isGroupOfThree(text, end + 1)) {
        end += 4;
      }
      if (end == at) {
        continue;
      }
      ungrouped = ungrouped == null ? new StringBuilder(text.length()) : ungrouped;
      ungrouped.append(text, copied, lead);
      for (int i = lead; i < end; i++) {
        if (text.charAt(i) != separator) {
          ungrouped.append(text.charAt(i));
        }
      }
      copied = end;
      at = end;
    }
    return ungrouped == null ? text : ungrouped.append(text, copied, text.length()).toString();
  }

  /** Whether three ASCII digits stand at {@code at}, and no fourth after them. */
  private static boolean isGroupOfThree(String text, int at) {
    return isAsciiDigit(text, at) && isAsciiDigit(text, at + 1) && isAsciiDigit(text, at + 2)
        && !isAsciiDigit(text, at + 3);
  }

  private static boolean isAsciiDigit(String text, int at) {
    return at >= 0 && at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9';
  }

  /** Whether a cell holds nothing but white space or marks such as a dash. */
  static boolean saysNothing(CodeCell cell) {
    return cell instanceof NoCode none && !hasLetterOrDigit(none.text());
  }

  /**
   * Whether the text holds a digit of any script, or a superscript or subscript digit: a cell
   * holding one is about numbers, and is an error unless it reads as a code. Codes themselves are
   * ASCII digits only.
   */
  static boolean holdsADigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (UnicodeCharacters.isDigit(c) || SUPERSCRIPT_AND_SUBSCRIPT_DIGITS.indexOf(c) >= 0) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * Whether a cell's text holds a letter or a digit of any script: marks alone (a dash, as tables
   * write "none") say nothing, as an empty cell does.
   */
  static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (UnicodeCharacters.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /** Whether this cell reads as codes a table could hold. */
  default boolean isCode() {
    return this instanceof Codes || this instanceof MissingStart || this instanceof MissingEnd;
  }

  /** The codes as a message quotes them: {@code 1000}, {@code 3000–3999}, {@code –1014}; other text as it is. */
  default String written() {
    if (this instanceof Codes codes) {
      return codes.from() == codes.to() ? codes.fromDigits() : codes.fromDigits() + "–" + codes.toDigits();
    }
    if (this instanceof MissingStart missing) {
      return "–" + missing.toDigits();
    }
    if (this instanceof MissingEnd missing) {
      return missing.fromDigits() + "–";
    }
    if (this instanceof UnfitEnd unfit) {
      return unfit.start();
    }
    return this instanceof Malformed malformed ? malformed.text() : ((NoCode) this).text();
  }

  /**
   * Whether the codes this cell names meet {@code from}–{@code to}; a range that lost a bound counts
   * as the bound it kept alone.
   */
  default boolean overlaps(long from, long to) {
    if (this instanceof Codes codes) {
      return codes.from() <= to && from <= codes.to();
    }
    if (this instanceof MissingEnd missing) {
      return from <= missing.from() && missing.from() <= to;
    }
    return this instanceof MissingStart missing && from <= missing.to() && missing.to() <= to;
  }

  private static String withoutLeadingZeros(String digits) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    return digits.substring(first);
  }

  /** Reads ASCII digits; values past the close-code space saturate. */
  private static long number(String digits) {
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = Math.min(value * 10 + (digits.charAt(i) - '0'), Integer.MAX_VALUE);
    }
    return value;
  }
}
