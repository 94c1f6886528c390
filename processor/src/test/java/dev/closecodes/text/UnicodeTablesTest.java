package dev.closecodes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@link UnicodeCharacters} against the running JDK's {@link Character}: on a JDK
 * of the tables' Unicode version (JDK 24 and 25 know Unicode 16.0) they agree on every code
 * point; on another, on every code point both assign (a JDK of an older Unicode finds nothing
 * changed of what it knows). {@code -Dclosecodes.updateUnicodeTables=true}, on a JDK of the
 * Unicode version wanted, writes the tables anew from that JDK.
 */
class UnicodeTablesTest {

  private static final Path TABLES =
      Path.of("src", "main", "java", "dev", "closecodes", "text", "UnicodeTables.java");

  /** The JDK feature releases whose {@link Character} knows the tables' Unicode version. */
  private static final List<Integer> JDKS_OF_THE_TABLES = List.of(24, 25);

  private static boolean jdkOfTheTables() {
    return JDKS_OF_THE_TABLES.contains(Runtime.version().feature());
  }

  private static boolean assignedHere(int codePoint) {
    return Character.getType(codePoint) != Character.UNASSIGNED;
  }

  /** What this JDK's {@link Character} says of a code point, and what the tables say. */
  private static String jdkSays(int codePoint) {
    int type = Character.getType(codePoint);
    boolean invisible = type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    return (invisible ? Character.getName(codePoint) + " " : "") + type + " " + Character.isLowerCase(codePoint) + " "
        + Character.isUpperCase(codePoint) + " " + Character.isLetter(codePoint) + " "
        + Character.isLetterOrDigit(codePoint) + " " + Character.UnicodeScript.of(codePoint).name();
  }

  private static String tablesSay(int codePoint) {
    return UnicodeCharacters.invisibleName(codePoint).map(name -> name + " ").orElse("")
        + UnicodeCharacters.type(codePoint) + " " + UnicodeCharacters.isLowerCase(codePoint) + " "
        + UnicodeCharacters.isUpperCase(codePoint) + " " + UnicodeCharacters.isLetter(codePoint) + " "
        + UnicodeCharacters.isLetterOrDigit(codePoint) + " " + scriptName(UnicodeCharacters.script(codePoint));
  }

  /** The code points both assign (all, on a JDK of the tables) on which this JDK and the tables disagree. */
  private static List<String> disagreements() {
    List<String> disagreements = new ArrayList<>();
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      boolean compared = jdkOfTheTables()
          || (assignedHere(codePoint) && UnicodeCharacters.type(codePoint) != Character.UNASSIGNED);
      if (compared && !jdkSays(codePoint).equals(tablesSay(codePoint))) {
        disagreements.add(String.format("U+%04X: JDK %s, tables %s", codePoint, jdkSays(codePoint), tablesSay(codePoint)));
      }
    }
    return disagreements;
  }

  @Test
  void onAJdkOfTheTablesUnicodeVersionTheyAgreeOnEveryCodePoint() throws IOException {
    assumeTrue(jdkOfTheTables(), "JDK " + Runtime.version().feature() + " knows another Unicode than "
        + UnicodeTables.VERSION + "; the next test compares what both know");
    if (Boolean.getBoolean("closecodes.updateUnicodeTables")) {
      Files.writeString(TABLES, tablesSource(), StandardCharsets.UTF_8);
    }
    List<String> disagreements = disagreements();
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())));
  }

  /**
   * On a JDK of another Unicode version, the characters both know agree but for the few whose
   * properties Unicode changed between the two (on JDK 17, Unicode 13: six code points, such as
   * U+1734, a spacing mark since Unicode 14, and U+10FC, lower-case since): a table read wrongly
   * would disagree on thousands.
   */
  @Test
  void onAnotherJdkTheCharactersBothKnowAgreeButForAFew() {
    assumeTrue(!jdkOfTheTables());
    List<String> disagreements = disagreements();
    assertTrue(disagreements.size() < 20, disagreements.size() + " disagreements: " + disagreements);
  }

  @Test
  void charactersThatUnicode14To16AddedHaveTheirCategoriesOnEveryJdk() {
    assertTrue(UnicodeCharacters.isFormat(0x0890)); // ARABIC POUND MARK ABOVE, 14.0
    assertTrue(UnicodeCharacters.isFormat(0x13439)); // EGYPTIAN HIEROGLYPH INSERT AT MIDDLE, 15.0
    assertTrue(UnicodeCharacters.isMark(0x1AC1)); // a combining mark above, 14.0
    assertTrue(UnicodeCharacters.isDigit(0x1CCF1)); // OUTLINED DIGIT ONE, 16.0
    assertEquals(Character.OTHER_SYMBOL, UnicodeCharacters.type(0x1FAE0)); // MELTING FACE, 14.0
    assertTrue(UnicodeCharacters.isUpperCase(0xA7C0) && UnicodeCharacters.isLowerCase(0xA7C1)); // old Polish o, 14.0
    assertTrue(UnicodeCharacters.isLowerCase(0x1E030)); // a Cyrillic modifier letter, Other_Lowercase, 15.0
    assertEquals(UnicodeCharacters.script("HAN"), UnicodeCharacters.script(0x31350)); // CJK extension H, 15.0
    assertEquals(Character.UNASSIGNED, UnicodeCharacters.type(0x10FFFF + 1));
    assertEquals("16.0", UnicodeCharacters.unicodeVersion());
  }

  /**
   * No other code asks the running JDK what a character is: a question of {@link Character} that
   * depends on its Unicode version, or a regular expression's Unicode class, is asked of
   * {@link UnicodeCharacters} instead. PunctuationStandIns asks both, to find where commonmark,
   * which asks the JDK, would read a character otherwise.
   */
  @Test
  void noOtherCodeAsksTheJdksUnicode() throws IOException {
    Pattern question = Pattern.compile("Character\\.(getType|isLetter|isLetterOrDigit|isDigit|isLowerCase|isUpperCase"
        + "|isTitleCase|isAlphabetic|isIdeographic|isMirrored|UnicodeScript|UnicodeBlock)\\b|\\\\p\\{");
    Path sources = Path.of("src", "main", "java");
    List<String> asked = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (file.getParent().endsWith(Path.of("dev", "closecodes", "text"))
            || file.endsWith(Path.of("read", "PunctuationStandIns.java"))) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (question.matcher(lines.get(i)).find()) {
            asked.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), asked);
  }

  private static String scriptName(int script) {
    return UnicodeTables.SCRIPT_NAMES.split(" ")[script];
  }

  /** The source of {@code UnicodeTables}, from this JDK's {@link Character}. */
  private static String tablesSource() {
    String scriptNames = String.join(" ",
        java.util.Arrays.stream(Character.UnicodeScript.values()).map(Enum::name).toList());
    StringBuilder categories = new StringBuilder();
    StringBuilder scripts = new StringBuilder();
    int lastType = -1;
    Character.UnicodeScript lastScript = null;
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      int type = Character.getType(codePoint);
      if (type != lastType) {
        categories.append(encode(codePoint, 4)).append(encode(type, 1));
        lastType = type;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
      if (script != lastScript) {
        scripts.append(encode(codePoint, 4)).append(encode(script.ordinal(), 2));
        lastScript = script;
      }
    }
    String otherLower = ranges(c -> Character.isLowerCase(c) && Character.getType(c) != Character.LOWERCASE_LETTER);
    String otherUpper = ranges(c -> Character.isUpperCase(c) && Character.getType(c) != Character.UPPERCASE_LETTER);
    StringBuilder invisibleNames = new StringBuilder();
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      int type = Character.getType(codePoint);
      if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        invisibleNames.append(encode(codePoint, 4)).append(Character.getName(codePoint)).append('|');
      }
    }
    String version = UnicodeTables.VERSION;
    return "package dev.closecodes.text;\n\n"
        + "/**\n"
        + " * Unicode " + version + "'s general categories, scripts and the case of the characters outside\n"
        + " * the case categories, as JDK " + Runtime.version().feature() + "'s {@link Character} gives them. Written by\n"
        + " * UnicodeTablesTest with {@code -Dclosecodes.updateUnicodeTables=true}; not to be edited by hand.\n"
        + " * Runs and ranges are given by code points written in base 64, most significant digit first.\n"
        + " */\n"
        + "final class UnicodeTables {\n\n"
        + "  private UnicodeTables() {}\n\n"
        + "  /** The Unicode version of the tables. */\n"
        + "  static final String VERSION = \"" + version + "\";\n\n"
        + "  /** The digits of the numbers below, 0 to 63. */\n"
        + "  static final String DIGITS = \"" + UnicodeTables.DIGITS + "\";\n\n"
        + "  /** The scripts, in the order of {@link Character.UnicodeScript}, separated by spaces. */\n"
        + literal("SCRIPT_NAMES", scriptNames)
        + "\n  /** Runs of one general category: the first code point (4 digits), the category (1 digit). */\n"
        + literal("CATEGORIES", categories.toString())
        + "\n  /** Runs of one script: the first code point (4 digits), the script's place in {@link #SCRIPT_NAMES} (2 digits). */\n"
        + literal("SCRIPTS", scripts.toString())
        + "\n  /** Ranges of lower-case code points outside Ll: first and last code point (4 digits each). */\n"
        + literal("OTHER_LOWERCASE", otherLower)
        + "\n  /** Ranges of upper-case code points outside Lu: first and last code point (4 digits each). */\n"
        + literal("OTHER_UPPERCASE", otherUpper)
        + "\n  /** The names of the format characters and line and paragraph separators: the code point (4 digits), the name, a bar. */\n"
        + literal("INVISIBLE_NAMES", invisibleNames.toString())
        + "}\n";
  }

  private static String ranges(IntPredicate member) {
    StringBuilder ranges = new StringBuilder();
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      if (member.test(codePoint)) {
        int last = codePoint;
        while (last < Character.MAX_CODE_POINT && member.test(last + 1)) {
          last++;
        }
        ranges.append(encode(codePoint, 4)).append(encode(last, 4));
        codePoint = last;
      }
    }
    return ranges.toString();
  }

  private static String encode(int value, int digits) {
    char[] written = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      written[i] = UnicodeTables.DIGITS.charAt(value % 64);
      value /= 64;
    }
    return new String(written);
  }

  /** A string constant split into lines of 96 characters. */
  private static String literal(String name, String value) {
    StringBuilder source = new StringBuilder("  static final String " + name + " =");
    for (int from = 0; from < value.length(); from += 96) {
      source.append(from == 0 ? "\n      \"" : "\n      + \"")
          .append(value, from, Math.min(value.length(), from + 96)).append('"');
    }
    if (value.isEmpty()) {
      source.append(" \"\"");
    }
    return source.append(";\n").toString();
  }
}
