package dev.closecodes.read;

/**
 * Numeric character references as HTML and XML write them: {@code &#233;}, {@code &#xE9;} (an
 * {@code X} read as {@code x}, as the markup parser reads it), ASCII digits only.
 */
final class NumericReferences {

  private NumericReferences() {}

  /**
   * Where the digits of the numeric reference at {@code at} end, before {@code limit}: where its
   * {@code ;} stands, if it has one; -1 where no digit follows its {@code &#} or {@code &#x}.
   */
  static int digitsEnd(String text, int at, int limit) {
    int i = at + 2;
    int radix = radix(text, at, limit);
    i += radix == 16 ? 1 : 0;
    int digitsStart = i;
    while (i < limit && asciiDigit(text.charAt(i), radix) >= 0) {
      i++;
    }
    return i > digitsStart ? i : -1;
  }

  /**
   * Where the numeric reference at {@code at} ends, before {@code limit}: past its {@code ;}, or,
   * as HTML reads one without it, past its digits; -1 where no digit follows its {@code &#} or
   * {@code &#x}.
   */
  static int end(String text, int at, int limit) {
    int digitsEnd = digitsEnd(text, at, limit);
    return digitsEnd < 0 ? -1 : digitsEnd < limit && text.charAt(digitsEnd) == ';' ? digitsEnd + 1 : digitsEnd;
  }

  /**
   * Where a reference that ends at {@code end} ({@link #end}, or a named one) ends before its
   * {@code ;}, if it has one: past its digits or its name.
   */
  static int beforeSemicolon(String text, int end) {
    return text.charAt(end - 1) == ';' ? end - 1 : end;
  }

  /**
   * The character the reference at {@code at}, its digits ending at {@code digitsEnd}, names;
   * past U+10FFFF, one more than it.
   */
  static int value(String text, int at, int digitsEnd) {
    int radix = radix(text, at, digitsEnd);
    long value = 0;
    for (int i = at + (radix == 16 ? 3 : 2); i < digitsEnd; i++) {
      value = Math.min(value * radix + asciiDigit(text.charAt(i), radix), Character.MAX_CODE_POINT + 1L);
    }
    return (int) value;
  }

  private static int radix(String text, int at, int limit) {
    return at + 2 < limit && (text.charAt(at + 2) == 'x' || text.charAt(at + 2) == 'X') ? 16 : 10;
  }

  /** The value of an ASCII digit of the radix (10 or 16); -1 for any other character. */
  private static int asciiDigit(char c, int radix) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return radix == 16 && lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }
}
