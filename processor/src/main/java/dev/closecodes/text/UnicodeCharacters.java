package dev.closecodes.text;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reader and the generator ask of a character, answered from one version of Unicode
 * ({@value UnicodeTables#VERSION}) on every JDK. {@link Character} answers from the running JDK's
 * own version (Unicode 13 on JDK 17, 16 on JDK 25), to which a character added since is
 * unassigned: a format character would not be shown escaped, a mark would split a constant name
 * in two, an emoji would change what a {@code *} means, and the same page would give other
 * files on another JDK. The categories are {@link Character#getType(int)}'s.
 */
public final class UnicodeCharacters {

  /** Runs of one general category: a first code point of 4 digits, a category of 1. */
  private static final Runs CATEGORIES = new Runs(UnicodeTables.CATEGORIES, 1);

  /** Runs of one script: a first code point of 4 digits, a place in {@link #SCRIPT_NAMES} of 2. */
  private static final Runs SCRIPTS = new Runs(UnicodeTables.SCRIPTS, 2);

  /** Latin-1 looked up directly: most of a page's characters. */
  private static final byte[] LATIN_1_CATEGORIES = new byte[256];

  /** The scripts of Latin-1, looked up directly. */
  private static final byte[] LATIN_1_SCRIPTS = new byte[256];

  /** Pairs of first and last code point: lower-case though not of category Ll (ª, ʰ, ⓐ). */
  private static final int[] OTHER_LOWERCASE = ranges(UnicodeTables.OTHER_LOWERCASE);

  /** Pairs of first and last code point: upper-case though not of category Lu (Ⅰ, Ⓐ). */
  private static final int[] OTHER_UPPERCASE = ranges(UnicodeTables.OTHER_UPPERCASE);

  /** The scripts' names, as {@link Character.UnicodeScript} spells them. */
  private static final List<String> SCRIPT_NAMES = List.of(UnicodeTables.SCRIPT_NAMES.split(" "));

  static {
    CATEGORIES.fill(LATIN_1_CATEGORIES);
    SCRIPTS.fill(LATIN_1_SCRIPTS);
  }

  /**
   * Runs of code points that share a value, searched where they are written: nothing is decoded
   * before it is asked, since a compile that reads a page pays for each class it initializes.
   */
  private record Runs(String text, int valueDigits) {

    private int width() {
      return 4 + valueDigits;
    }

    /** The value of the run that holds the code point. */
    int valueAt(int codePoint) {
      int low = 0;
      int high = text.length() / width() - 1; // the first run starts at 0
      while (low < high) {
        int middle = (low + high + 1) >>> 1;
        if (decode(text, middle * width(), 4) <= codePoint) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return decode(text, low * width() + 4, valueDigits);
    }

    /** Fills {@code values} with the values of code points 0 to its length, run by run. */
    void fill(byte[] values) {
      for (int run = 0, start = 0; start < values.length; run++) {
        int next = (run + 1) * width() < text.length() ? decode(text, (run + 1) * width(), 4) : Integer.MAX_VALUE;
        Arrays.fill(values, start, Math.min(next, values.length), (byte) decode(text, run * width() + 4, valueDigits));
        start = next;
      }
    }
  }

  /** The names of the format characters and the line and paragraph separators, read when first asked. */
  private static final class InvisibleNames {
    static final Map<Integer, String> NAMES = new HashMap<>();

    static {
      String names = UnicodeTables.INVISIBLE_NAMES;
      for (int at = 0; at < names.length(); ) {
        int end = names.indexOf('|', at);
        NAMES.put(decode(names, at, 4), names.substring(at + 4, end));
        at = end + 1;
      }
    }
  }

  private UnicodeCharacters() {}

  /** The Unicode version the answers come from. */
  public static String unicodeVersion() {
    return UnicodeTables.VERSION;
  }

  /**
   * The general category, as {@link Character#getType(int)} gives it; {@link Character#UNASSIGNED}
   * for a code point outside 0 to U+10FFFF.
   */
  public static int type(int codePoint) {
    if (codePoint >= 0 && codePoint < LATIN_1_CATEGORIES.length) {
      return LATIN_1_CATEGORIES[codePoint] & 0xFF;
    }
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return Character.UNASSIGNED;
    }
    return CATEGORIES.valueAt(codePoint);
  }

  /** A letter of any category: Lu, Ll, Lt, Lm or Lo. */
  public static boolean isLetter(int codePoint) {
    int type = type(codePoint);
    return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER;
  }

  /** A decimal digit of any script (Nd). */
  public static boolean isDigit(int codePoint) {
    return type(codePoint) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /**
   * The value of a decimal digit of any script, 0 to 9, or -1 for a code point that is none.
   * Unicode encodes each set of decimal digits as ten in a row, zero first, and sets that stand
   * side by side (the five styles of mathematical digits) start where the one before ends, so the
   * value is the distance from the start of the digits' run, modulo ten.
   */
  public static int decimalValue(int codePoint) {
    if (!isDigit(codePoint)) {
      return -1;
    }
    int first = codePoint;
    while (first > 0 && isDigit(first - 1)) {
      first--;
    }
    return (codePoint - first) % 10;
  }

  /** A letter or a decimal digit. */
  public static boolean isLetterOrDigit(int codePoint) {
    return isLetter(codePoint) || isDigit(codePoint);
  }

  /** Lower-case, as {@link Character#isLowerCase(int)}: Ll, or Other_Lowercase. */
  public static boolean isLowerCase(int codePoint) {
    return type(codePoint) == Character.LOWERCASE_LETTER || inRanges(OTHER_LOWERCASE, codePoint);
  }

  /** Upper-case, as {@link Character#isUpperCase(int)}: Lu, or Other_Uppercase. */
  public static boolean isUpperCase(int codePoint) {
    return type(codePoint) == Character.UPPERCASE_LETTER || inRanges(OTHER_UPPERCASE, codePoint);
  }

  /** A mark: non-spacing, spacing or enclosing (Mn, Mc, Me). */
  public static boolean isMark(int codePoint) {
    int type = type(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** An invisible format character (Cf): bidi controls, zero-width characters, tags. */
  public static boolean isFormat(int codePoint) {
    return type(codePoint) == Character.FORMAT;
  }

  /**
   * Whether every character of the text is ASCII or General Punctuation (U+2000 to U+206F: dashes,
   * quotation marks, an ellipsis, spaces and invisible characters), none of which is a letter.
   */
  public static boolean isAsciiOrGeneralPunctuation(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (c < '\u2000' || c > '\u206F')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the character is a space separator beyond ASCII's space (no-break, ideographic, thin,
   * and the rest of Unicode's), which neither HTML nor Markdown counts as a space.
   */
  public static boolean isSpaceBeyondAscii(int c) {
    return c > 0x7F && type(c) == Character.SPACE_SEPARATOR;
  }

  /** Whether the character is the white space HTML's tags are parted by: space, tab, line feed, form feed, carriage return. */
  public static boolean isAsciiSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** Whether the character is an ASCII letter, {@code A} to {@code Z} in either case, as markup's names begin. */
  public static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether the character is an ASCII letter or digit. */
  public static boolean isAsciiLetterOrDigit(int c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * Whether a character is a control character that text does not hold: C0's but tab, the line
   * ends and form feed, which white space is made of, DEL, and C1's. Not NUL, which makes a file
   * binary, nor -1, which stands for no character.
   */
  public static boolean isControl(int c) {
    return c < ' ' ? c > 0 && c != '\t' && c != '\n' && c != '\r' && c != '\f' : c >= 0x7F && c <= 0x9F;
  }

  /**
   * Whether a character is one the reader warns of as invisible and reads no word as parted by:
   * a format character (a bidi control, a soft hyphen, a zero-width character) or a
   * {@linkplain #isControl control character}.
   */
  public static boolean isFormatOrControl(int c) {
    return isControl(c) || c > 0x7F && isFormat(c); // no format character is ASCII
  }

  /**
   * Whether a character shows nothing of itself where it stands: a format character (a bidi
   * control, a zero-width character, a soft hyphen, one of the tag characters beyond the basic
   * plane) or a line or paragraph separator.
   */
  public static boolean isInvisible(int codePoint) {
    int type = type(codePoint);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * The name of an {@linkplain #isInvisible invisible} character ({@code ZERO WIDTH SPACE});
   * empty for any other character.
   */
  public static Optional<String> invisibleName(int codePoint) {
    return isInvisible(codePoint) ? Optional.ofNullable(InvisibleNames.NAMES.get(codePoint)) : Optional.empty();
  }

  /**
   * The script, as a number that {@link #script(String)} gives for its name; code points of no
   * script are {@code UNKNOWN}'s.
   */
  public static int script(int codePoint) {
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return script("UNKNOWN");
    }
    if (codePoint < LATIN_1_SCRIPTS.length) {
      return LATIN_1_SCRIPTS[codePoint] & 0xFF;
    }
    return SCRIPTS.valueAt(codePoint);
  }

  /** Whether the script, a number {@link #script(int)} gives, is written without spaces between words. */
  public static boolean isWrittenWithoutSpaces(int script) {
    return WRITTEN_WITHOUT_SPACES.get(script);
  }

  /** Scripts written without spaces between words, whose letters may meet any other script's. */
  private static final BitSet WRITTEN_WITHOUT_SPACES = new BitSet();

  static {
    for (String script : List.of("HAN", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")) {
      WRITTEN_WITHOUT_SPACES.set(script(script));
    }
  }

  /** The number of the script of this {@link Character.UnicodeScript} name. */
  public static int script(String name) {
    int index = SCRIPT_NAMES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no script " + name + " in Unicode " + UnicodeTables.VERSION);
    }
    return index;
  }

  /** Whether the code point is in one of the ranges, given as sorted pairs of first and last. */
  private static boolean inRanges(int[] ranges, int codePoint) {
    if (codePoint < ranges[0]) {
      return false; // ASCII, at once
    }
    int found = Arrays.binarySearch(ranges, codePoint);
    // on a first or last code point, or between a first and its last (inserted at an odd index)
    return found >= 0 || (-found - 1) % 2 == 1;
  }

  private static int[] ranges(String encoded) {
    int[] ranges = new int[encoded.length() / 4];
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = decode(encoded, i * 4, 4);
    }
    return ranges;
  }

  /** A number written in {@code digits} characters of {@link UnicodeTables#DIGITS}, most significant first. */
  private static int decode(String text, int from, int digits) {
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      value = value * 64 + digit(text.charAt(i));
    }
    return value;
  }

  /** A digit's value, worked out rather than looked up: the table is read when a compile first asks. */
  private static int digit(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }
}
