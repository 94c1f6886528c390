package dev.closecodes.text;

import java.util.Arrays;
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

  /** The first code point of each run of code points that share a general category. */
  private static final int[] CATEGORY_STARTS;

  /** The general category of each run. */
  private static final byte[] CATEGORIES;

  /** The first code point of each run of code points that share a script. */
  private static final int[] SCRIPT_STARTS;

  /** The script of each run, as an index into {@link #SCRIPT_NAMES}. */
  private static final short[] SCRIPTS;

  /** The scripts' names, as {@link Character.UnicodeScript} spells them. */
  private static final List<String> SCRIPT_NAMES = List.of(UnicodeTables.SCRIPT_NAMES.split(" "));

  /** Latin-1 looked up directly: most of a page's characters. */
  private static final byte[] LATIN_1_CATEGORIES = new byte[256];

  /** Pairs of first and last code point: lower-case though not of category Ll (ª, ʰ, ⓐ). */
  private static final int[] OTHER_LOWERCASE = ranges(UnicodeTables.OTHER_LOWERCASE);

  /** Pairs of first and last code point: upper-case though not of category Lu (Ⅰ, Ⓐ). */
  private static final int[] OTHER_UPPERCASE = ranges(UnicodeTables.OTHER_UPPERCASE);

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

  static {
    String categories = UnicodeTables.CATEGORIES;
    CATEGORY_STARTS = new int[categories.length() / 5];
    CATEGORIES = new byte[CATEGORY_STARTS.length];
    for (int i = 0; i < CATEGORY_STARTS.length; i++) {
      CATEGORY_STARTS[i] = decode(categories, i * 5, 4);
      CATEGORIES[i] = (byte) decode(categories, i * 5 + 4, 1);
    }
    String scripts = UnicodeTables.SCRIPTS;
    SCRIPT_STARTS = new int[scripts.length() / 6];
    SCRIPTS = new short[SCRIPT_STARTS.length];
    for (int i = 0; i < SCRIPT_STARTS.length; i++) {
      SCRIPT_STARTS[i] = decode(scripts, i * 6, 4);
      SCRIPTS[i] = (short) decode(scripts, i * 6 + 4, 2);
    }
    for (int c = 0; c < LATIN_1_CATEGORIES.length; c++) {
      LATIN_1_CATEGORIES[c] = CATEGORIES[run(CATEGORY_STARTS, c)];
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
      return LATIN_1_CATEGORIES[codePoint];
    }
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return Character.UNASSIGNED;
    }
    return CATEGORIES[run(CATEGORY_STARTS, codePoint)];
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
   * The name of a format character, or of the line or paragraph separator ({@code ZERO WIDTH
   * SPACE}); empty for any other character.
   */
  public static Optional<String> invisibleName(int codePoint) {
    int type = type(codePoint);
    if (type != Character.FORMAT && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR) {
      return Optional.empty();
    }
    return Optional.ofNullable(InvisibleNames.NAMES.get(codePoint));
  }

  /**
   * The script, as a number that {@link #script(String)} gives for its name; code points of no
   * script are {@code UNKNOWN}'s.
   */
  public static int script(int codePoint) {
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return script("UNKNOWN");
    }
    return SCRIPTS[run(SCRIPT_STARTS, codePoint)];
  }

  /** The number of the script of this {@link Character.UnicodeScript} name. */
  public static int script(String name) {
    int index = SCRIPT_NAMES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no script " + name + " in Unicode " + UnicodeTables.VERSION);
    }
    return index;
  }

  /** The index of the run that holds the code point, in runs given by their first code points. */
  private static int run(int[] starts, int codePoint) {
    int found = Arrays.binarySearch(starts, codePoint);
    return found >= 0 ? found : -found - 2;
  }

  /** Whether the code point is in one of the ranges, given as sorted pairs of first and last. */
  private static boolean inRanges(int[] ranges, int codePoint) {
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
      value = value * 64 + UnicodeTables.DIGITS.indexOf(text.charAt(i));
    }
    return value;
  }
}
