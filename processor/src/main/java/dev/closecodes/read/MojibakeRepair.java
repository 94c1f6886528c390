package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Undoes mojibake: UTF-8 text that some tool read as a single-byte charset (Mac Roman,
 * Windows-1252 or ISO-8859-1) and saved again as UTF-8, so that {@code é} became {@code √©} or
 * {@code Ã©}.
 *
 * <p>A line is repaired only when the round trip is exact: every character of the line maps back
 * to a byte of the charset, and those bytes are well-formed UTF-8 that differs from the line. Real
 * accented text fails that test (a lone {@code é} is not well-formed UTF-8 in any of these
 * charsets), so correct lines are left alone. Working line by line keeps line numbers and copes
 * with documents where only some lines were damaged.
 *
 * <p>A page misread twice over (its mojibake read as a single-byte charset and saved again) is
 * restored a layer at a time, each reported, reading again only the lines the layer before restored.
 *
 * <p>A line that mixes the two (a damaged page edited by hand) fails the round trip and is left as
 * it is, but named: a warning shows the first run of characters that read as the UTF-8 of a
 * character the document holds elsewhere. That evidence matters, for correct text can look like
 * mojibake: in Mac Roman, French {@code ’é} are the bytes of an Armenian letter, which a French
 * page does not hold.
 */
final class MojibakeRepair {

  /**
   * A single-byte charset as a reverse table: for each character, the byte it was read from, or -1.
   */
  private static final class SingleByteCharset {

    private final String displayName;
    private final short[] bytesByChar;

    private SingleByteCharset(String displayName, short[] bytesByChar) {
      this.displayName = displayName;
      this.bytesByChar = bytesByChar;
    }

    String displayName() {
      return displayName;
    }

    /**
     * The charset whose bytes 0x80–0xFF read as {@code highHalf}, in order; the bytes below read
     * as ASCII. Bytes a charset leaves undefined stand as the C1 control of the same value, the way
     * tools commonly carry them through (Windows-1252's 0x81, 0x8D, 0x8F, 0x90, 0x9D).
     */
    static SingleByteCharset of(String displayName, String highHalf) {
      short[] bytesByChar = new short[Character.MAX_VALUE + 1];
      java.util.Arrays.fill(bytesByChar, (short) -1);
      for (int b = 255; b >= 0; b--) {
        char c = b < 0x80 ? (char) b : highHalf.charAt(b - 0x80);
        bytesByChar[c] = (short) b; // from the top down, so the lowest byte wins a tie
      }
      return new SingleByteCharset(displayName, bytesByChar);
    }

    /** The byte the character was read from, or -1 when it is not in the charset. */
    int byteOf(char c) {
      return bytesByChar[c];
    }

    /** The bytes the line was read from, or empty when some character is not in the charset. */
    Optional<byte[]> encode(String line) {
      byte[] bytes = new byte[line.length()];
      for (int i = 0; i < line.length(); i++) {
        short b = bytesByChar[line.charAt(i)];
        if (b < 0) {
          return Optional.empty();
        }
        bytes[i] = (byte) b;
      }
      return Optional.of(bytes);
    }
  }

  /**
   * Whether a line could be mojibake at all: UTF-8 writes every non-ASCII character as two or
   * more bytes, which a single-byte charset reads as two or more non-ASCII characters in a row.
   */
  private static boolean mayBeMojibake(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (text.charAt(i) >= 0x80 && text.charAt(i - 1) >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /**
   * What Mac Roman reads bytes 0x80–0xFF as. Written out rather than asked of the JDK, whose
   * Mac Roman lives in a charset provider that costs a compile tens of milliseconds to load;
   * {@code MojibakeRepairTest} holds both tables to the JDK's charsets.
   */
  static final String MAC_ROMAN_HIGH_HALF =
      "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8"
          + "\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC"
          + "\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8"
          + "\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8"
          + "\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153"
          + "\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02"
          + "\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4"
          + "\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";

  /** What Windows-1252 reads bytes 0x80–0xFF as; its five undefined bytes as their C1 controls. */
  static final String WINDOWS_1252_HIGH_HALF =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"
          + "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF"
          + "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF"
          + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
          + "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF"
          + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
          + "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

  /**
   * What ISO-8859-1 reads bytes 0x80–0xFF as: each as the character of the same value, so the bytes
   * 0x80–0x9F become C1 controls. It is how Java's {@code new String(bytes, ISO_8859_1)} misreads
   * UTF-8.
   */
  static final String ISO_8859_1_HIGH_HALF = latin1HighHalf();

  private static String latin1HighHalf() {
    StringBuilder highHalf = new StringBuilder(0x80);
    for (char c = 0x80; c <= 0xFF; c++) {
      highHalf.append(c);
    }
    return highHalf.toString();
  }

  private static final List<SingleByteCharset> CHARSETS =
      List.of(
          SingleByteCharset.of("Mac Roman", MAC_ROMAN_HIGH_HALF),
          SingleByteCharset.of("Windows-1252", WINDOWS_1252_HIGH_HALF),
          SingleByteCharset.of("ISO-8859-1", ISO_8859_1_HIGH_HALF));

  private MojibakeRepair() {}

  /**
   * Repairs what can be repaired and reports it, one warning for each charset undone. A line that
   * several charsets explain alike (ISO-8859-1 and Windows-1252 read {@code Ã©} the same way) is put
   * down to the one that explains the most lines of the page, so that one misreading is one warning.
   */
  static String repair(String file, String text, Diagnostics diagnostics) {
    BitSet restored = new BitSet();
    String result = repairLayer(file, text, null, restored, false, diagnostics);
    // Text misread twice (mojibake read as a single-byte charset and saved again) is restored a layer at a time;
    // only the lines just restored are read again, so that a line left as it was is not reported twice.
    for (int layer = 2; layer <= MOST_LAYERS && !restored.isEmpty(); layer++) {
      BitSet lines = restored;
      restored = new BitSet();
      result = repairLayer(file, result, lines, restored, true, diagnostics);
    }
    return result;
  }

  /** The most times over text is restored: a page misread more often than that is past telling. */
  private static final int MOST_LAYERS = 3;

  /**
   * One layer of repair: of the lines given ({@code null} for all), those whose round trip is
   * exact are restored and reported, and their numbers set in {@code restored}.
   */
  private static String repairLayer(String file, String text, BitSet lines, BitSet restored, boolean again,
      Diagnostics diagnostics) {
    List<RepairedLine> repaired = null; // made only when a line may be repaired
    List<TextLine> notRepaired = null; // lines that may be mojibake but did not round-trip
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if ((lines == null || lines.get(line)) && mayBeMojibake(text, lineStart, lineEnd)) {
        RepairedLine repair = repairLine(line, lineStart, lineEnd, text.substring(lineStart, lineEnd));
        if (repair != null) {
          if (repaired == null) {
            repaired = new ArrayList<>();
          }
          repaired.add(repair);
        } else {
          if (notRepaired == null) {
            notRepaired = new ArrayList<>();
          }
          notRepaired.add(new TextLine(line, lineStart, lineEnd));
        }
      }
      lineStart = lineEnd + 1;
    }
    repaired = repaired == null ? List.of() : withoutDoubtful(file, repaired, diagnostics);
    for (RepairedLine line : repaired) {
      restored.set(line.number());
    }
    String result = repaired.isEmpty() ? text : applyAndReport(file, text, repaired, again, diagnostics);
    if (notRepaired != null) {
      nameMixedLines(file, text, notRepaired, codePointsOf(result), diagnostics);
    }
    return result;
  }

  /**
   * A line restored: where it stands, its text, and the charsets that explain it, one bit each in
   * the order of {@link #CHARSETS}.
   */
  private record RepairedLine(int number, int start, int end, String text, int charsets) {}

  /**
   * The line's repair, or null when no charset's round trip is exact. Where several charsets
   * round-trip, the text with the fewest unlikely characters wins, the first charset's on a tie;
   * every charset giving that very text explains the line.
   */
  private static RepairedLine repairLine(int number, int start, int end, String line) {
    String best = null;
    long bestUnlikely = 0;
    int explaining = 0;
    for (int i = 0; i < CHARSETS.size(); i++) {
      String repaired = repairLine(line, CHARSETS.get(i));
      if (repaired == null) {
        continue;
      }
      long unlikely = unlikelyCharacters(repaired);
      if (best == null || unlikely < bestUnlikely) {
        best = repaired;
        bestUnlikely = unlikely;
        explaining = 1 << i;
      } else if (repaired.equals(best)) {
        explaining |= 1 << i;
      }
    }
    return best == null ? null : new RepairedLine(number, start, end, best, explaining);
  }

  /**
   * The repairs, less those that would put a letter inside a word of another script, which are
   * reported. Correct text can round-trip: in Mac Roman, French {@code d’être} is the UTF-8 of
   * {@code dՐtre}, an Armenian letter among Latin ones. Text restored from mojibake puts no letter
   * of another script beside a Latin one in a word; scripts written without spaces (Chinese,
   * Japanese, Korean, Thai) may meet Latin inside a run of letters. A phonetic letter in a word is
   * Latin, and a face ({@code ʘwʘ}) may hold one, but French {@code pas être} with a no-break
   * space is, in Mac Roman, the UTF-8 of {@code pasʐtre}: such a line is restored only on a page
   * where some other line is restored beyond doubt.
   */
  private static List<RepairedLine> withoutDoubtful(String file, List<RepairedLine> repaired,
      Diagnostics diagnostics) {
    String[] otherScript = new String[repaired.size()];
    String[] phonetic = new String[repaired.size()];
    boolean anySure = false;
    for (int i = 0; i < repaired.size(); i++) {
      String text = repaired.get(i).text();
      otherScript[i] = letterInAWord(text, false);
      phonetic[i] = otherScript[i] == null ? letterInAWord(text, true) : null;
      if (otherScript[i] != null || phonetic[i] != null) {
        // Text misread twice is, one layer restored, still mojibake, whose letters may mix scripts in a
        // word (d√πng): what counts is the text the layers still to come restore.
        String settled = settled(text);
        if (settled != text) {
          otherScript[i] = letterInAWord(settled, false);
          phonetic[i] = otherScript[i] == null ? letterInAWord(settled, true) : null;
        }
      }
      anySure |= otherScript[i] == null && phonetic[i] == null;
    }
    List<RepairedLine> kept = new ArrayList<>(repaired.size());
    RepairedLine firstDoubtful = null;
    String firstLetter = null;
    int doubtful = 0;
    int lastDoubtful = 0;
    for (int i = 0; i < repaired.size(); i++) {
      RepairedLine line = repaired.get(i);
      String doubt = otherScript[i] != null ? otherScript[i] : anySure ? null : phonetic[i];
      if (doubt == null) {
        kept.add(line);
        continue;
      }
      if (doubtful++ == 0) {
        firstDoubtful = line;
        firstLetter = doubt;
      }
      lastDoubtful = line.number();
    }
    if (firstDoubtful != null) {
      diagnostics.report(Message.MOJIBAKE_DOUBTFUL, new SourceLocation(file, firstDoubtful.number()),
          CHARSETS.get(Integer.numberOfTrailingZeros(firstDoubtful.charsets())).displayName(), firstLetter, doubtful,
          lastDoubtful);
    }
    return kept;
  }

  /** The line as the layers of repair after this one would leave it; the very text given if none applies. */
  private static String settled(String text) {
    String settled = text;
    for (int layer = 2; layer <= MOST_LAYERS; layer++) {
      RepairedLine again = repairLine(0, 0, settled.length(), settled);
      if (again == null) {
        break;
      }
      settled = again.text();
    }
    return settled;
  }

  /**
   * The first letter past ASCII beside an ASCII letter, in one word, whose script is not Latin, or,
   * asked for {@code phonetic}, that is a phonetic letter; null for none. Letters past ASCII side
   * by side may mix scripts in a word of no language, as the received page's {@code òωó} does.
   */
  private static String letterInAWord(String text, boolean phonetic) {
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (previous >= 0 && Character.isLetter(c) && Character.isLetter(previous) && (c >= 0x80 != previous >= 0x80)
          && (phonetic ? isPhonetic(c >= 0x80 ? c : previous) : differentScripts(previous, c))) {
        return new String(Character.toChars(c >= 0x80 ? c : previous));
      }
      previous = c;
      i += Character.charCount(c);
    }
    return null;
  }

  /** A letter of the phonetic alphabets' blocks (IPA Extensions, Phonetic Extensions). */
  private static boolean isPhonetic(int c) {
    return (c >= 0x0250 && c <= 0x02AF) || (c >= 0x1D00 && c <= 0x1DBF);
  }

  private static boolean differentScripts(int a, int b) {
    Character.UnicodeScript first = Character.UnicodeScript.of(a);
    Character.UnicodeScript second = Character.UnicodeScript.of(b);
    return first != second && !writtenWithoutSpaces(first) && !writtenWithoutSpaces(second)
        && first != Character.UnicodeScript.COMMON && second != Character.UnicodeScript.COMMON
        && first != Character.UnicodeScript.INHERITED && second != Character.UnicodeScript.INHERITED;
  }

  private static boolean writtenWithoutSpaces(Character.UnicodeScript script) {
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER || script == Character.UnicodeScript.MYANMAR;
  }

  /** The text with the repaired lines put in, after one warning for each charset undone. */
  private static String applyAndReport(String file, String text, List<RepairedLine> repaired, boolean again,
      Diagnostics diagnostics) {
    int[] explained = new int[CHARSETS.size()];
    for (RepairedLine line : repaired) {
      for (int i = 0; i < CHARSETS.size(); i++) {
        if ((line.charsets() & (1 << i)) != 0) {
          explained[i]++;
        }
      }
    }
    int[][] firstLastCount = new int[CHARSETS.size()][];
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (RepairedLine line : repaired) {
      int credited = -1;
      for (int i = 0; i < CHARSETS.size(); i++) {
        if ((line.charsets() & (1 << i)) != 0 && (credited < 0 || explained[i] > explained[credited])) {
          credited = i;
        }
      }
      int[] stats = firstLastCount[credited];
      if (stats == null) {
        stats = new int[] {line.number(), 0, 0};
        firstLastCount[credited] = stats;
      }
      stats[1] = line.number();
      stats[2]++;
      out.append(text, copied, line.start()).append(line.text());
      copied = line.end();
    }
    for (int i = 0; i < CHARSETS.size(); i++) {
      int[] stats = firstLastCount[i];
      if (stats != null) {
        diagnostics.report(again ? Message.MOJIBAKE_REPAIRED_AGAIN : Message.MOJIBAKE_REPAIRED,
            new SourceLocation(file, stats[0]), CHARSETS.get(i).displayName(), stats[2], stats[1]);
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Reports the lines left as they were that hold a run reading as the UTF-8 of a character in
   * {@code held}: one warning, at the first, showing that line's run.
   */
  private static void nameMixedLines(String file, String text, List<TextLine> lines, Set<Integer> held,
      Diagnostics diagnostics) {
    MojibakeRun first = null;
    int firstLine = 0;
    int lastLine = 0;
    int count = 0;
    for (TextLine line : lines) {
      MojibakeRun run = firstRun(text, line, held);
      if (run != null) {
        if (count++ == 0) {
          first = run;
          firstLine = line.number();
        }
        lastLine = line.number();
      }
    }
    if (first != null) {
      diagnostics.report(Message.MOJIBAKE_LEFT, new SourceLocation(file, firstLine), first.shown(),
          first.charset().displayName(), first.readsAs(), count, lastLine);
    }
  }

  /** A line of the text: its number, and where it starts and ends. */
  private record TextLine(int number, int start, int end) {}

  /** Characters that a charset reads from the UTF-8 of one character, and that character. */
  private record MojibakeRun(String shown, SingleByteCharset charset, String readsAs) {}

  /** The line's first run that reads as the UTF-8 of a character in {@code held}; null when none does. */
  private static MojibakeRun firstRun(String text, TextLine line, Set<Integer> held) {
    for (int i = line.start(); i < line.end(); i++) {
      for (SingleByteCharset charset : CHARSETS) {
        int length = utf8Length(charset.byteOf(text.charAt(i)));
        if (length < 2 || i + length > line.end()) {
          continue;
        }
        String shown = text.substring(i, i + length);
        Optional<byte[]> bytes = charset.encode(shown);
        String decoded = bytes.isEmpty() ? null : strictUtf8(bytes.get());
        if (decoded != null && held.contains(decoded.codePointAt(0))) {
          return new MojibakeRun(shown, charset, decoded);
        }
      }
    }
    return null;
  }

  /** How many bytes a UTF-8 sequence has that starts with this lead byte; 0 when it is none. */
  private static int utf8Length(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  private static Set<Integer> codePointsOf(String text) {
    Set<Integer> codePoints = new HashSet<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c >= 0x80) {
        codePoints.add(c);
      }
      i += Character.charCount(c);
    }
    return codePoints;
  }

  /** Combining marks, controls and private-use characters: rare in real text, common in bad decodes. */
  private static long unlikelyCharacters(String text) {
    long count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || (type == Character.CONTROL && c != '\t')
          || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED) {
        count++;
      }
      i += Character.charCount(c);
    }
    return count;
  }

  /** The line's text before the charset misread it; null when the round trip is not exact or changes nothing. */
  private static String repairLine(String line, SingleByteCharset charset) {
    Optional<byte[]> bytes = charset.encode(line);
    if (bytes.isEmpty()) {
      return null;
    }
    String decoded = strictUtf8(bytes.get());
    return decoded == null || decoded.equals(line) ? null : decoded;
  }

  /** The bytes read as UTF-8; null where they are not well-formed (an overlong form, a surrogate). */
  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
