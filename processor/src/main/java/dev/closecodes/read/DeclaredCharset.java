package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page's markup says it is written in, where a browser looks for it: a
 * {@code <meta charset>}, a {@code <meta http-equiv="Content-Type" content="text/html;
 * charset=...">} or an XML declaration's {@code encoding}, in the first 1024 bytes. Its label is read
 * as browsers read it (the WHATWG Encoding Standard): ISO-8859-1, ASCII and Latin-1 are
 * Windows-1252, Shift_JIS is Windows-31J, EUC-KR is Windows-949, GB2312 and GBK are GB18030; any
 * other label is the JDK's name or alias. Asked only of a page that is not UTF-8, so that a page
 * that declares one charset and is written in UTF-8 reads as it did.
 */
final class DeclaredCharset {

  /** How far into the file a browser looks for the declaration. */
  private static final int PRESCAN_BYTES = 1024;

  /** Where a {@code content} attribute names the charset: {@code text/html; charset="koi8-r"}. */
  private static final Pattern CHARSET_IN_CONTENT =
      Pattern.compile("charset[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(?:\"([^\"]*)\"|'([^']*)'|([^\\t\\n\\f\\r ;\"']+))");
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:+-]+)[\"']");

  /** The labels whose charset differs from the JDK's of the same name, as browsers read them. */
  private static final Map<String, String> BROWSERS_READING = Map.ofEntries(
      Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
      Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"), Map.entry("l1", "windows-1252"),
      Map.entry("ascii", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
      Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
      Map.entry("x-sjis", "windows-31j"), Map.entry("ms_kanji", "windows-31j"),
      Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
      Map.entry("korean", "x-windows-949"), Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"),
      Map.entry("x-gbk", "GB18030"), Map.entry("chinese", "GB18030"), Map.entry("big5", "Big5-HKSCS"),
      Map.entry("macintosh", "x-MacRoman"), Map.entry("mac", "x-MacRoman"), Map.entry("x-mac-roman", "x-MacRoman"),
      Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
      Map.entry("iso-8859-11", "x-windows-874"), Map.entry("tis-620", "x-windows-874"),
      Map.entry("windows-874", "x-windows-874"));

  private DeclaredCharset() {}

  /**
   * A declaration found, and the charset it names.
   *
   * @param charset the charset to read the page in
   * @param line the 1-based line of the declaration
   */
  record Declaration(Charset charset, int line) {}

  /**
   * The declaration the page's first 1024 bytes hold; null where there is none, or it names UTF-8,
   * a Unicode charset a page that is not in it can declare only by mistake (a browser reads it as
   * UTF-8), or a charset neither browsers nor the JDK know.
   */
  static Declaration find(byte[] bytes) {
    // each byte a character: the markup that declares a charset is ASCII in every charset it can declare
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    Matcher xml = XML_DECLARATION.matcher(head);
    if (xml.find()) {
      return declaration(xml.group(1), head, xml.start(1));
    }
    // The markup is read as markup, as a browser's prescan reads it: a comment, another element's
    // attributes and a meta element that declares no charset are passed over.
    MarkupPrescan scan = new MarkupPrescan(head);
    while (!scan.atEnd()) {
      if (scan.atStartTag("meta")) {
        scan.enterTag("meta");
        Declaration declared = meta(scan, head);
        if (declared != null) {
          return declared;
        }
      } else {
        scan.passMarkup();
      }
    }
    return null;
  }

  /**
   * The meta element's declaration, its attributes read from the scan's place: its
   * {@code charset}, or the charset of its {@code content} where its {@code http-equiv} is
   * {@code content-type}, whichever comes first, and the first attribute of each name; null where
   * it declares none.
   */
  private static Declaration meta(MarkupPrescan scan, String head) {
    Set<String> seen = new HashSet<>();
    boolean pragma = false;
    Boolean needsPragma = null;
    String label = null;
    int labelAt = 0;
    while (scan.nextAttribute()) {
      if (!seen.add(scan.name())) {
        continue;
      }
      if (scan.name().equals("http-equiv")) {
        pragma |= scan.value().equals("content-type");
      } else if (scan.name().equals("content") && label == null) {
        Matcher charset = CHARSET_IN_CONTENT.matcher(scan.value());
        if (charset.find()) {
          int group = charset.group(1) != null ? 1 : charset.group(2) != null ? 2 : 3;
          label = charset.group(group);
          labelAt = scan.valueAt() + charset.start(group);
          needsPragma = Boolean.TRUE;
        }
      } else if (scan.name().equals("charset") && label == null) {
        label = scan.value();
        labelAt = scan.valueAt();
        needsPragma = Boolean.FALSE;
      }
    }
    if (needsPragma == null || needsPragma && !pragma) {
      return null;
    }
    return declaration(label.strip(), head, labelAt);
  }

  private static Declaration declaration(String label, String head, int at) {
    String name = BROWSERS_READING.getOrDefault(label, label);
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalArgumentException unknown) { // no such charset, or no name a charset may have
      return null;
    }
    if (charset.name().startsWith("UTF-") || charset.name().startsWith("x-UTF-") || !readsAsciiAsAscii(charset)) {
      return null;
    }
    return new Declaration(charset, DocumentText.lineAt(head, at));
  }

  /** The scripts of the single-byte charsets a page may be saved in, besides Latin. */
  private static final int[] OTHER_ALPHABETS = {UnicodeCharacters.script("CYRILLIC"), UnicodeCharacters.script("GREEK"),
      UnicodeCharacters.script("HEBREW"), UnicodeCharacters.script("ARABIC"), UnicodeCharacters.script("THAI"),
      UnicodeCharacters.script("ARMENIAN"), UnicodeCharacters.script("GEORGIAN")};

  /**
   * A word of the text that no language has, as a page read in a charset it was not saved in
   * shows: one that mixes the Latin alphabet with another ({@code Dйjа}), or more letters past
   * ASCII in a row than a Latin word has ({@code Îïèñàíèå}).
   *
   * @param offset where the word starts in the text
   * @param word the word
   * @param why what makes it no word, as a message says it
   */
  record Doubt(int offset, String word, String why) {}

  /** The first such word of the text; null where there is none. */
  static Doubt doubt(String text) {
    int latin = UnicodeCharacters.script("LATIN");
    int start = 0;
    boolean latinLetters = false;
    boolean otherLetters = false;
    int pastAsciiInARow = 0;
    boolean tooManyInARow = false;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (UnicodeCharacters.isLetter(c) || UnicodeCharacters.isMark(c)) {
        int script = UnicodeCharacters.script(c);
        latinLetters |= script == latin;
        for (int other : OTHER_ALPHABETS) {
          otherLetters |= script == other;
        }
        pastAsciiInARow = script == latin && c > 0x7F ? pastAsciiInARow + 1 : 0;
        tooManyInARow |= pastAsciiInARow > NotUtf8Hint.MOST_PAST_ASCII_IN_A_ROW;
      } else {
        if ((latinLetters && otherLetters) || tooManyInARow) {
          String word = text.substring(start, Math.min(i, start + 40));
          return new Doubt(start, word, latinLetters && otherLetters ? "it mixes the Latin alphabet with another"
              : "more letters past ASCII in a row than a word of the Latin alphabet has");
        }
        start = i + Character.charCount(c);
        latinLetters = false;
        otherLetters = false;
        pastAsciiInARow = 0;
        tooManyInARow = false;
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * Whether the charset reads ASCII's printable characters as ASCII does, as the charset of a page
   * whose declaration is written in ASCII must: not EBCDIC ({@code IBM037}), which the JDK knows
   * and browsers do not.
   */
  private static boolean readsAsciiAsAscii(Charset charset) {
    byte[] ascii = new byte[0x7F - 0x20];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) (0x20 + i);
    }
    return new String(ascii, charset).equals(new String(ascii, StandardCharsets.US_ASCII));
  }
}
