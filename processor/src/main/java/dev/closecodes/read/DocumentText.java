package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.text.UnicodeCharacters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The first step of reading: a document's bytes made into text whose lines are the lines of the
 * original file. Line ends become {@code \n}; a byte-order mark is dropped; mojibake is repaired
 * line by line (see {@link MojibakeRepair}).
 */
final class DocumentText {

  private DocumentText() {}

  /**
   * Decodes a document; never throws for any bytes but the {@link Diagnostics.Abort} that ends
   * the work on a document that is not text.
   *
   * @throws Diagnostics.Abort after reporting why the bytes are not usable text
   */
  static String decode(Document document, Diagnostics diagnostics) {
    return decode(document, true, diagnostics);
  }

  /**
   * Decodes a document, as {@link #decode(Document, Diagnostics)} does; where {@code lossWarned} is
   * false, characters a decoder lost before (U+FFFD) are not warned of: the lock file's are its
   * page's, warned of there.
   */
  static String decode(Document document, boolean lossWarned, Diagnostics diagnostics) {
    String file = document.name();
    byte[] bytes = document.bytes();
    checkSize(file, bytes, diagnostics);
    String text;
    String unmarkedUtf16;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      // before UTF-16's mark, which FF FE starts too: UTF-16 text does not open with a NUL
      // looked up here, not when the class loads: few pages are in UTF-32
      text = decodeUnicode(file, bytes, Charset.forName(bytes[0] == 0 ? "UTF-32BE" : "UTF-32LE"), 4,
          Message.NOT_UTF32, diagnostics);
    } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      text = decodeUnicode(file, bytes, (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE
          : StandardCharsets.UTF_16LE, 2, Message.NOT_UTF16, diagnostics);
    } else if ((unmarkedUtf16 = unmarkedUtf16(bytes)) != null) {
      text = unmarkedUtf16;
      diagnostics.report(Message.UTF16_INFERRED, new SourceLocation(file, 1),
          bytes[0] == 0 ? "UTF-16BE" : "UTF-16LE");
    } else {
      checkNoNul(file, bytes, diagnostics);
      int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      text = decodeUtf8OrAsDeclared(file, bytes, start, diagnostics);
    }
    int bom = 0;
    while (bom < text.length() && text.charAt(bom) == BYTE_ORDER_MARK) {
      bom++; // a file saved twice by a tool that adds one each time has several
    }
    text = text.substring(bom);
    if (text.isBlank()) {
      throw diagnostics.fail(Message.EMPTY_FILE, new SourceLocation(file, 1));
    }
    text = withDoubledCrLfRepaired(file, text, diagnostics);
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    Containers.Header archive = Containers.header(text);
    if (archive != null) {
      throw diagnostics.fail(Message.WEB_ARCHIVE, new SourceLocation(file, archive.line()), archive.contentType());
    }
    int json = Containers.jsonLine(text);
    if (json > 0) {
      throw diagnostics.fail(Message.JSON_DOCUMENT, new SourceLocation(file, json));
    }
    checkLineLengths(file, text, diagnostics);
    BitSet lostToMojibake = new BitSet();
    String decoded = text;
    text = MojibakeRepair.repair(file, text, lostToMojibake, diagnostics);
    if (lossWarned) {
      reportCharactersLost(file, decoded, lostToMojibake, diagnostics);
    }
    reportInvisibleCharacters(file, text, diagnostics);
    return text;
  }

  /**
   * Warns of the U+FFFD the text held as it was decoded, but on the lines whose lost characters the
   * mojibake repair counts: a decoder put each where it could not read the bytes of a file, before
   * closecodes read it (a Latin-1 file read as UTF-8 and saved again), and what stood there is lost.
   */
  private static void reportCharactersLost(String file, String text, BitSet lostToMojibake, Diagnostics diagnostics) {
    int at = text.indexOf(Vocabulary.LOST);
    if (at < 0) {
      return; // the usual page
    }
    int lost = 0;
    int first = 0;
    int last = 0;
    String word = "";
    int line = 1;
    int counted = 0; // the line ends before this offset are counted in line
    for (; at >= 0; at = text.indexOf(Vocabulary.LOST, at + 1)) {
      for (; counted < at; counted++) {
        line += text.charAt(counted) == '\n' ? 1 : 0;
      }
      if (!lostToMojibake.get(line)) {
        lost++;
        word = first == 0 ? wordAround(text, at) : word;
        first = first == 0 ? line : first;
        last = line;
      }
    }
    if (lost > 0) {
      diagnostics.report(Message.PAGE_CHARACTERS_LOST, new SourceLocation(file, first), lost, word, last);
    }
  }

  /** The word that holds the character at {@code at}: the letters, digits and U+FFFD around it. */
  private static String wordAround(String text, int at) {
    int start = at;
    while (start > 0 && at - start < 30 && isInAWord(text.charAt(start - 1))) {
      start--;
    }
    int end = at + 1;
    while (end < text.length() && end - at < 30 && isInAWord(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  private static boolean isInAWord(char c) {
    return c == Vocabulary.LOST || UnicodeCharacters.isLetterOrDigit(c);
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * UTF-8, the default; a page that is not UTF-8 and whose markup declares another charset is read
   * in that one, as a browser reads it (see {@link DeclaredCharset}), with a warning where a word
   * of it then reads as no word of a language.
   */
  private static String decodeUtf8OrAsDeclared(String file, byte[] bytes, int start, Diagnostics diagnostics) {
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      // UTF-8's byte-order mark says more than a declaration, as browsers read it
      DeclaredCharset.Declaration declared = start > 0 ? null : DeclaredCharset.find(bytes);
      if (declared == null) {
        int offset = firstInvalidUtf8(bytes, start);
        throw diagnostics.fail(Message.NOT_UTF8, new SourceLocation(file, lineAt(bytes, offset)),
            bytes[offset] & 0xFF, offset, NotUtf8Hint.hint(bytes, offset));
      }
      ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
      CharsetDecoder decoder = strict(declared.charset());
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int offset = Math.min(in.position(), bytes.length - 1);
        throw diagnostics.fail(Message.NOT_DECLARED_CHARSET, new SourceLocation(file, lineAt(bytes, offset)),
            declared.charset().name(), declared.line(), bytes[offset] & 0xFF, offset);
      }
      String text = out.flip().toString();
      DeclaredCharset.Doubt doubt = DeclaredCharset.doubt(text);
      if (doubt != null) {
        diagnostics.report(Message.DECLARED_CHARSET_DOUBTFUL, new SourceLocation(file, lineAt(text, doubt.offset())),
            declared.charset().name(), declared.line(), doubt.word(), doubt.why());
      }
      return text;
    }
  }

  /**
   * The text with each CR CR LF read as one line end, with a warning, where they end most lines:
   * text with CRLF line ends that a tool wrote out with CRLF again (Python writing {@code \r\n} to
   * a file opened as text on Windows, a transfer in ASCII mode). Markdown reads a blank line after
   * each, which breaks a pipe table apart, and one CR CR LF among other line ends stays so.
   */
  private static String withDoubledCrLfRepaired(String file, String text, Diagnostics diagnostics) {
    int doubled = 0;
    int lineEnds = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lineEnds++;
      doubled += at >= 2 && text.charAt(at - 1) == '\r' && text.charAt(at - 2) == '\r' ? 1 : 0;
    }
    if (doubled < 2 || doubled * 2 < lineEnds) {
      return text;
    }
    diagnostics.report(Message.LINE_ENDS_REPAIRED, new SourceLocation(file, 1), doubled);
    return text.replace("\r\r\n", "\n");
  }

  /**
   * UTF-16 or UTF-32 after its byte-order mark of {@code unit} bytes, as strictly as UTF-8: a code
   * unit that is no character (a lone surrogate, one past U+10FFFF) is {@code invalid} at its
   * line, and a NUL is a binary file.
   */
  private static String decodeUnicode(String file, byte[] bytes, Charset charset, int unit, Message invalid,
      Diagnostics diagnostics) {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, unit, bytes.length - unit);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length / 2 + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      throw diagnostics.fail(invalid, new SourceLocation(file, lineOf(out)), in.position());
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw diagnostics.fail(Message.BINARY_FILE, new SourceLocation(file, lineOf(text.substring(0, nul))),
          unit + text.substring(0, nul).getBytes(charset).length);
    }
    return text;
  }

  /** A decoder that reports bytes it cannot decode, where the JDK's default replaces them. */
  static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The 1-based line at the end of the text. */
  private static int lineOf(CharSequence text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * One warning for the invisible format characters the text holds (bidi controls, zero-width
   * characters, soft hyphens, a byte-order mark inside the text), and its control characters
   * (a word processor's hyphens, U+001E and U+001F; C1's): they can make a line display in
   * another order than it is read, or hide a character inside a word. They are kept; generated
   * code shows them escaped.
   */
  private static void reportInvisibleCharacters(String file, String text, Diagnostics diagnostics) {
    int first = 0;
    int last = 0;
    int lines = 0;
    String example = "";
    int line = 1;
    int lineWithOne = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line++;
      } else if (UnicodeCharacters.isFormatOrControl(c) && lineWithOne != line) {
        lineWithOne = line;
        lines++;
        last = line;
        if (first == 0) {
          first = line;
          example = Printable.described(c);
        }
      }
    }
    if (lines > 0) {
      diagnostics.report(Message.INVISIBLE_CHARACTERS, new SourceLocation(file, first), example, lines, last);
    }
  }

  private static void checkSize(String file, byte[] bytes, Diagnostics diagnostics) {
    if (bytes.length == 0) {
      throw diagnostics.fail(Message.EMPTY_FILE, new SourceLocation(file, 1));
    }
    if (bytes.length > InputLimits.MAX_PAGE_BYTES) {
      throw diagnostics.fail(Message.FILE_TOO_LARGE, new SourceLocation(file, 1),
          "more than " + InputLimits.MAX_PAGE_BYTES, InputLimits.MAX_PAGE_BYTES);
    }
  }

  /** A NUL byte is no part of UTF-8 text: the file is binary. */
  private static void checkNoNul(String file, byte[] bytes, Diagnostics diagnostics) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw diagnostics.fail(Message.BINARY_FILE, new SourceLocation(file, lineAt(bytes, i)), i);
      }
    }
  }

  /**
   * The text of a file in UTF-16 without a byte-order mark, or null. An editor's "Unicode" can
   * save one so; it is told by its first character, which is ASCII on every page and registry (a
   * NUL beside an ASCII byte, the NUL first in big-endian order), as XML tells its encodings. Only
   * bytes that then decode strictly, with no NUL, to text more than half ASCII (the markup, front
   * matter and codes of a page are; the most Japanese page of the corpus is two thirds ASCII) are
   * taken for UTF-16; others stay a binary file.
   */
  private static String unmarkedUtf16(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    Charset charset = bytes[1] == 0 && bytes[0] > 0 ? StandardCharsets.UTF_16LE
        : bytes[0] == 0 && bytes[1] > 0 ? StandardCharsets.UTF_16BE
        : null;
    if (charset == null) {
      return null;
    }
    try {
      String text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
      int ascii = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 0) {
          return null;
        }
        ascii += c < 0x80 ? 1 : 0;
      }
      return ascii * 2 > text.length() ? text : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Fails at the first line longer than {@link InputLimits#MAX_LINE_CHARS}. */
  private static void checkLineLengths(String file, String text, Diagnostics diagnostics) {
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = lineEnd(text, lineStart);
      if (lineEnd - lineStart > InputLimits.MAX_LINE_CHARS) {
        throw diagnostics.fail(Message.LINE_TOO_LONG, new SourceLocation(file, line), lineEnd - lineStart,
            InputLimits.MAX_LINE_CHARS);
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The line, counted from 1, that offset {@code offset} of the text stands on. */
  static int lineAt(String text, int offset) {
    int line = 1;
    for (int at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
      line++;
    }
    return line;
  }

  /** Where line {@code line}, counted from 1, starts; the text's length where it has fewer lines. */
  static int lineStart(String text, int line) {
    int at = 0;
    for (int i = 1; i < line; i++) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        return text.length();
      }
      at = end + 1;
    }
    return at;
  }

  /**
   * Where the line starting at {@code lineStart} ends: its {@code \n}, or the end of the text. The
   * reading steps walk the text's lines with it, in place, without splitting the text.
   */
  static int lineEnd(String text, int lineStart) {
    int end = text.indexOf('\n', lineStart);
    return end < 0 ? text.length() : end;
  }

  /** Line {@code number} of the text, counted from 1, without its line break. */
  static String line(String text, int number) {
    int start = lineStart(text, number);
    return text.substring(start, lineEnd(text, start));
  }

  /**
   * Whether the text from {@code start} to {@code end} holds nothing but tags and white space: no
   * character a page shows. A tag still open at {@code end} counts only where {@code tagMayRunOn}.
   */
  static boolean onlyTagsAndSpace(String text, int start, int end, boolean tagMayRunOn) {
    boolean inTag = false;
    for (int at = start; at < end; at++) {
      char c = text.charAt(at);
      if (inTag) {
        inTag = c != '>';
      } else if (c == '<') {
        inTag = true;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return tagMayRunOn || !inTag;
  }

  /** Where the run of spaces and tabs from {@code from} ends, at {@code end} at most. */
  static int afterBlanks(String text, int from, int end) {
    int at = from;
    while (at < end && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line that holds the byte at {@code offset}. */
  static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; ) {
      int length = bytes[i] >= 0 ? 1 : wellFormedUtf8Length(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return Math.min(start, bytes.length - 1);
  }

  /**
   * The length of the well-formed UTF-8 sequence of two bytes or more at {@code at}, by Unicode's
   * table of them (no overlong form, surrogate or code past U+10FFFF, as the strict decoder); 0
   * for none.
   */
  static int wellFormedUtf8Length(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    int length = utf8SequenceLength(lead);
    if (length == 0 || at + length > bytes.length) {
      return 0;
    }
    // the second byte's range narrows after E0, ED, F0 and F4
    int second = bytes[at + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return 0;
    }
    for (int i = at + 2; i < at + length; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return length;
  }

  /**
   * Where {@code sought} first stands, in any case, from {@code from} with its end at {@code end}
   * at most; -1 for none.
   */
  static int indexOfIgnoringCase(String text, String sought, int from, int end) {
    if (sought.isEmpty()) {
      return from <= end ? from : -1;
    }
    char lower = Character.toLowerCase(sought.charAt(0));
    char upper = Character.toUpperCase(sought.charAt(0));
    boolean anyFirst = sought.charAt(0) >= 0x80;
    for (int at = from; at + sought.length() <= end; at++) {
      char c = text.charAt(at);
      // the first character compared alone: a few letters past ASCII match ASCII ones in any case
      if ((c == lower || c == upper || c >= 0x80 || anyFirst)
          && text.regionMatches(true, at, sought, 0, sought.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Whether every character of the text is an ASCII digit; so is an empty text. */
  static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** How many bytes a UTF-8 sequence that opens with {@code lead} has; 0 for a byte that opens none of two or more. */
  static int utf8SequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }
}
