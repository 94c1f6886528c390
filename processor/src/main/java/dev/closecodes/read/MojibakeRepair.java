package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.text.UnicodeCharacters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Undoes mojibake: UTF-8 text that some tool read as a single-byte charset (Mac Roman,
 * Windows-1252, ISO-8859-1, or another that {@link SingleByteCharset#MISREAD_AS} lists) and saved
 * again as UTF-8, so that {@code é} became {@code √©}, {@code Ã©} or {@code ├®}.
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
 * <p>Where the charset leaves a byte undefined, the tool that misread the text may have put U+FFFD
 * for it, as Java's and Python's decoders do, and the byte is lost. Such a line is restored all the
 * same if it is well-formed UTF-8 for some undefined byte in each U+FFFD's place; each character
 * that lost a byte is U+FFFD, and a warning counts them.
 *
 * <p>A line that mixes the two (a damaged page edited by hand) fails the round trip and is left as
 * it is, but named: a warning shows the first run of characters that read as the UTF-8 of a
 * character the document holds elsewhere. That evidence matters, for correct text can look like
 * mojibake: in Mac Roman, French {@code ’é} are the bytes of an Armenian letter, which a French
 * page does not hold.
 */
final class MojibakeRepair {

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

  private static final List<SingleByteCharset> CHARSETS = SingleByteCharset.MISREAD_AS;

  private MojibakeRepair() {}

  /**
   * Repairs what can be repaired and reports it, one warning for each charset undone. A line that
   * several charsets explain alike (ISO-8859-1 and Windows-1252 read {@code Ã©} the same way) is put
   * down to the one that explains the most lines of the page, so that one misreading is one warning.
   * The lines whose lost characters (U+FFFD) a warning counts are set in {@code lostCounted}.
   */
  static String repair(String file, String text, BitSet lostCounted, Diagnostics diagnostics) {
    BitSet restored = new BitSet();
    String result = repairLayer(file, text, null, restored, false, lostCounted, diagnostics);
    // Text misread twice (mojibake read as a single-byte charset and saved again) is restored a layer at a time;
    // only the lines just restored are read again, so that a line left as it was is not reported twice.
    for (int layer = 2; layer <= MOST_LAYERS && !restored.isEmpty(); layer++) {
      BitSet lines = restored;
      restored = new BitSet();
      result = repairLayer(file, result, lines, restored, true, lostCounted, diagnostics);
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
      BitSet lostCounted, Diagnostics diagnostics) {
    List<Candidate> candidates = null; // made only when a line may be repaired
    List<TextLine> notRepaired = null; // lines that may be mojibake but did not round-trip
    int[] linesRestored = new int[CHARSETS.size()];
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if ((lines == null || lines.get(line)) && mayBeMojibake(text, lineStart, lineEnd)) {
        String lineText = text.substring(lineStart, lineEnd);
        String[] restorations = restorations(lineText, again);
        if (restorations != null) {
          if (candidates == null) {
            candidates = new ArrayList<>();
          }
          candidates.add(new Candidate(line, lineStart, lineEnd, lineText, restorations));
          for (int i = 0; i < restorations.length; i++) {
            linesRestored[i] += restorations[i] == null ? 0 : 1;
          }
        } else {
          if (notRepaired == null) {
            notRepaired = new ArrayList<>();
          }
          notRepaired.add(new TextLine(line, lineStart, lineEnd));
        }
      }
      lineStart = lineEnd + 1;
    }
    List<RepairedLine> repaired = null;
    if (candidates != null) {
      repaired = new ArrayList<>(candidates.size());
      for (Candidate candidate : candidates) {
        repaired.add(chosen(candidate, linesRestored, true));
      }
    }
    repaired = repaired == null ? List.of() : withoutDoubtful(file, withEvidence(repaired), diagnostics);
    for (RepairedLine line : repaired) {
      restored.set(line.number());
    }
    String result = repaired.isEmpty() ? text : applyAndReport(file, text, repaired, again, lostCounted, diagnostics);
    if (notRepaired != null) {
      nameMixedLines(file, text, notRepaired, codePointsOf(result), diagnostics);
    }
    if (!again && !repaired.isEmpty()) {
      nameBrokenSequences(file, text, repaired, restored, diagnostics);
    }
    return result;
  }

  /**
   * Reports the lines left as they were that hold a character that opens a character's UTF-8, as
   * the charset credited with a repaired line reads it, in some repaired line, where what follows
   * it does not go on with it ({@code termin√`e}): a character of the mojibake changed, put in or
   * lost. Only a character that is no letter counts: Windows-1252's {@code Ã}, {@code â} open
   * sequences too, and are words of correct text; Mac Roman's {@code √}, {@code ‚} are none. So
   * too a line that holds a character that goes on with a sequence in a repaired line after a sign
   * inside a word, where its opener was changed ({@code termin<©e}). One warning, at the first
   * such line, showing its sequence.
   */
  private static void nameBrokenSequences(String file, String text, List<RepairedLine> repaired, BitSet restored,
      Diagnostics diagnostics) {
    SingleByteCharset charset = CHARSETS.get(Integer.numberOfTrailingZeros(repaired.get(0).charsets()));
    Set<Character> openers = new HashSet<>();
    Set<Character> goingOn = new HashSet<>();
    for (RepairedLine line : repaired) {
      for (int i = line.start(); i < line.end(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          continue;
        }
        if (DocumentText.utf8SequenceLength(charset.byteOf(c)) > 0 && !UnicodeCharacters.isLetter(c)) {
          openers.add(c);
        } else if (isContinuation(c, charset)) {
          goingOn.add(c);
        }
      }
    }
    if (openers.isEmpty() && goingOn.isEmpty()) {
      return;
    }
    Message message = null;
    String[] first = null;
    int firstLine = 0;
    int lastLine = 0;
    int count = 0;
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      String[] broken = restored.get(line) ? null : brokenSequence(text, lineStart, lineEnd, openers, charset);
      String[] openerLost = restored.get(line) || broken != null ? null
          : sequenceWithoutOpener(text, lineStart, lineEnd, goingOn, charset);
      if (broken != null || openerLost != null) {
        if (count++ == 0) {
          message = broken != null ? Message.MOJIBAKE_SEQUENCE_BROKEN : Message.MOJIBAKE_SEQUENCE_OPENER_LOST;
          first = broken != null ? broken : openerLost;
          firstLine = line;
        }
        lastLine = line;
      }
      lineStart = lineEnd + 1;
    }
    if (first != null) {
      diagnostics.report(message, new SourceLocation(file, firstLine), first[0], first[1], charset.displayName(),
          count, lastLine);
    }
  }

  /**
   * The word around the line's first character of {@code goingOn}, characters that go on with a
   * sequence in the repaired lines, where it follows a sign that follows a letter
   * ({@code termin<©e}, where a character took the place of the {@code √} that opened it), or opens
   * the line between a letter that ends the line before it and one after it: no
   * sequence's opener is such a sign, and text puts none inside a word before such a character,
   * where it puts one after white space or a bracket ({@code (© 2020)}). After an apostrophe, a
   * space or a tab, which text writes inside a word or between words, so too a character that is
   * no letter between letters ({@code donn'©es}, {@code erron ©e}); and after a sign that opens a
   * word, but a bracket, a quote or a digit, before a letter or white space ({@code <† propos}).
   * Returns the word and that character; null for none.
   */
  private static String[] sequenceWithoutOpener(String text, int from, int to, Set<Character> goingOn,
      SingleByteCharset charset) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80 || !goingOn.contains(c)) {
        continue;
      }
      boolean signInAWord;
      if (i == from) { // a line break in the opener's place, between a word's letters ("re" above "ßu")
        int previousEnd = from >= 2 && text.charAt(from - 2) == '\r' ? from - 2 : from - 1;
        signInAWord = previousEnd >= 1 && UnicodeCharacters.isLetter(text.charAt(previousEnd - 1))
            && i + 1 < to && UnicodeCharacters.isLetter(text.charAt(i + 1));
      } else {
        char sign = text.charAt(i - 1);
        boolean afterALetter = i - 2 >= from && UnicodeCharacters.isLetter(text.charAt(i - 2));
        if (UnicodeCharacters.isAsciiLetter(sign)) {
          // the opener lost between a word's letters ("donn©es"), where text puts no sign but the few it writes
          // there; a letter of the charset's own may open a whole sequence ("DÃ©part")
          signInAWord = !UnicodeCharacters.isLetter(c) && SIGNS_BETWEEN_LETTERS.indexOf(c) < 0 && i + 1 < to
              && UnicodeCharacters.isLetter(text.charAt(i + 1));
        } else if (sign >= 0x80 && charset.byteOf(sign) < 0 && !UnicodeCharacters.isLetter(sign)
            && !Character.isWhitespace(sign) && !opensABracketOrQuote(sign)) {
          // a sign no mojibake of the charset holds, in the opener's place in a word ("erron−©e") or at its start
          boolean opensAWord = i - 1 == from || Character.isWhitespace(text.charAt(i - 2));
          signInAWord = afterALetter || opensAWord && i + 1 < to
              && (UnicodeCharacters.isLetter(text.charAt(i + 1)) || Character.isWhitespace(text.charAt(i + 1)));
        } else if (sign == '\'' || sign == ' ' || sign == '\t') {
          // text writes these inside a word or between words, but not before a sign a letter follows
          signInAWord = afterALetter && !UnicodeCharacters.isLetter(c) && i + 1 < to
              && UnicodeCharacters.isLetter(text.charAt(i + 1));
        } else if (sign < 0x80 && !UnicodeCharacters.isAsciiLetter(sign) && !Character.isWhitespace(sign)) {
          // a sign inside a word; or one that opens a word ("<† propos"), where text writes a bracket or quote
          boolean opensAWord = i - 1 == from || Character.isWhitespace(text.charAt(i - 2));
          signInAWord = afterALetter
              || opensAWord && "([{\"'".indexOf(sign) < 0 && !UnicodeCharacters.isDigit(sign) && i + 1 < to
                  && (UnicodeCharacters.isLetter(text.charAt(i + 1)) || Character.isWhitespace(text.charAt(i + 1)));
        } else {
          signInAWord = false;
        }
      }
      if (signInAWord) {
        String word = wordAround(text, i, from, to);
        if (i > from && Character.isWhitespace(text.charAt(i - 1))) {
          word = wordAround(text, i - 2, from, to) + text.charAt(i - 1) + word; // the word white space cut
        }
        return new String[] {word, text.substring(i, i + 1)};
      }
    }
    return null;
  }

  /** Whether the character opens a bracket or a quote ({@code （}, {@code «}), which text writes before a sign. */
  private static boolean opensABracketOrQuote(char c) {
    int type = UnicodeCharacters.type(c);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  /**
   * The signs text writes between two letters that go on with a sequence in one of
   * {@link #CHARSETS}: an acute accent, quotes and dashes for an apostrophe or a hyphen, a middle
   * dot, a soft hyphen.
   */
  private static final String SIGNS_BETWEEN_LETTERS = "\u00B4\u2018\u2019\u201C\u201D\u2013\u2014\u00B7\u00AD";

  /** The word around the character at {@code at}, a few characters either side at most, within the line. */
  private static String wordAround(String text, int at, int from, int to) {
    int start = at;
    while (start > from && at - start < WORD_QUOTED && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = at + 1;
    while (end < to && end - at < WORD_QUOTED && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** How many characters either side of a broken sequence a warning quotes, up to white space. */
  private static final int WORD_QUOTED = 20;

  /**
   * The word around the line's first character of {@code openers} and that character, where one of
   * the characters its sequence would take does not read as a byte that goes on with a sequence
   * (0x80–0xBF); null for none.
   */
  private static String[] brokenSequence(String text, int from, int to, Set<Character> openers,
      SingleByteCharset charset) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < 0x80 || !openers.contains(text.charAt(i))) {
        continue;
      }
      int length = DocumentText.utf8SequenceLength(charset.byteOf(text.charAt(i)));
      for (int k = 1; k < length; k++) {
        if (i + k >= to || !isContinuation(text.charAt(i + k), charset)) {
          return new String[] {wordAround(text, i, from, to), text.substring(i, i + 1)};
        }
      }
    }
    return null;
  }

  /**
   * A line restored: where it stands, its text, the charsets that explain it, one bit each in the
   * order of {@link #CHARSETS}, and whether the repair is evident on its own: it leaves fewer
   * {@link #oddPairs} than it found, or restores only punctuation
   * ({@link UnicodeCharacters#isAsciiOrGeneralPunctuation}): no correct word round-trips into
   * General Punctuation alone, while the mojibake of an English page may be all letters
   * ({@code ÔÇô} is how IBM850 reads an en dash).
   */
  private record RepairedLine(int number, int start, int end, String text, int charsets, boolean evident) {}

  /**
   * A line that may be mojibake: where it stands, its text, and its text as each charset restores
   * it, null where one does not.
   */
  private record Candidate(int number, int start, int end, String text, String[] restorations) {}

  /**
   * The line as each of {@link #CHARSETS} restores it, null where one does not; null when none does.
   * Each U+FFFD of the line stands for a byte lost: in the first layer, one the charset leaves
   * undefined; in a layer after it ({@code again}), any byte, for the text may have lost it to a
   * decoder after it was misread (a character of Mac Roman's mojibake is a byte of any value), or
   * before (one left undefined).
   */
  private static String[] restorations(String line, boolean again) {
    String[] restorations = null;
    boolean lost = line.indexOf(LOST) >= 0;
    int holding = lost ? SingleByteCharset.holdingAllButReplaced(line, again)
        : SingleByteCharset.holdingAll(line, 0, line.length());
    for (int i = 0; holding >> i != 0; i++) {
      String restored = (holding & 1 << i) == 0 ? null : repairLine(line, CHARSETS.get(i), lost, again);
      if (restored != null) {
        if (restorations == null) {
          restorations = new String[CHARSETS.size()];
        }
        restorations[i] = restored;
      }
    }
    return restorations;
  }

  /**
   * The line's repair where several charsets restore it: the charset that restores the most lines
   * of the page wins, for a page is misread one way, not a line each; then the text with the fewest
   * unlikely characters; then, with {@code lookAhead}, the text that the layers of repair after this
   * one leave with the fewest characters past ASCII, for each misreading adds some (a page misread
   * as IBM850 and then as Windows-1257 is, one layer restored, {@code ÔÇô} as Windows-1257 explains it,
   * an en dash the next layer restores, or {@code ƔƇƴ} as Windows-1250 does); then the first charset.
   * Every charset giving that very text explains the line. Whether the repair is evident is told,
   * with {@code lookAhead}, of the text the layers of repair after this one leave, where this one's
   * is not evident on its own.
   */
  private static RepairedLine chosen(Candidate line, int[] linesRestored, boolean lookAhead) {
    String[] restorations = line.restorations();
    int best = -1;
    long bestUnlikely = 0;
    int bestPastAscii = -1; // of the text the later layers leave: counted only where a tie asks for it
    for (int i = 0; i < restorations.length; i++) {
      if (restorations[i] == null) {
        continue;
      }
      if (best < 0) {
        best = i; // the unlikely characters are counted only where another charset restores the line too
        bestUnlikely = -1;
        continue;
      }
      if (bestUnlikely < 0) {
        bestUnlikely = unlikelyCharacters(restorations[best]);
      }
      long unlikely = unlikelyCharacters(restorations[i]);
      boolean better = linesRestored[i] > linesRestored[best]
          || (linesRestored[i] == linesRestored[best] && unlikely < bestUnlikely);
      int pastAscii = -1;
      if (!better && lookAhead && linesRestored[i] == linesRestored[best] && unlikely == bestUnlikely
          && !restorations[i].equals(restorations[best])) {
        if (bestPastAscii < 0) {
          bestPastAscii = pastAscii(settled(restorations[best]));
        }
        pastAscii = pastAscii(settled(restorations[i]));
        better = pastAscii < bestPastAscii;
      }
      if (better) {
        best = i;
        bestUnlikely = unlikely;
        bestPastAscii = pastAscii;
      }
    }
    int explaining = 0;
    for (int i = 0; i < restorations.length; i++) {
      if (restorations[best].equals(restorations[i])) {
        explaining |= 1 << i;
      }
    }
    String restored = restorations[best];
    boolean evident = UnicodeCharacters.isAsciiOrGeneralPunctuation(restored) || fewerOddPairs(restored, line.text());
    if (!evident && lookAhead) {
      // Text misread twice may, one layer restored, hold as many odd pairs as before (ISO-8859-1's
      // controls for Windows-1251's letters): what counts is the text the layers still to come restore.
      String settled = settled(restored);
      evident = settled != restored
          && (UnicodeCharacters.isAsciiOrGeneralPunctuation(settled) || fewerOddPairs(settled, line.text()));
    }
    return new RepairedLine(line.number(), line.start(), line.end(), restored, explaining, evident);
  }


  /**
   * The repairs, less those not evident on their own where no evident repair on the page is one of
   * their charsets'. Correct text in one script can round-trip: Ukrainian {@code Ні} is, in
   * Windows-1251, the UTF-8 of an archaic Greek letter. But on a page misread as a whole, a line of
   * letters alone, {@code Ãª} for {@code ê} (ª is a letter), is restored with the rest.
   */
  private static List<RepairedLine> withEvidence(List<RepairedLine> repaired) {
    int evidentCharsets = 0;
    for (RepairedLine line : repaired) {
      evidentCharsets |= line.evident() ? line.charsets() : 0;
    }
    List<RepairedLine> kept = new ArrayList<>(repaired.size());
    for (RepairedLine line : repaired) {
      if (line.evident() || (line.charsets() & evidentCharsets) != 0) {
        kept.add(line);
      }
    }
    return kept;
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
      String[] restorations = restorations(settled, true);
      if (restorations == null) {
        break;
      }
      RepairedLine again = chosen(new Candidate(0, 0, settled.length(), settled, restorations),
          new int[CHARSETS.size()], false);
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
      if (previous >= 0 && UnicodeCharacters.isLetter(c) && UnicodeCharacters.isLetter(previous)
          && (c >= 0x80 != previous >= 0x80)
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

  private static final int COMMON = UnicodeCharacters.script("COMMON");
  private static final int INHERITED = UnicodeCharacters.script("INHERITED");

  private static boolean differentScripts(int a, int b) {
    int first = UnicodeCharacters.script(a);
    int second = UnicodeCharacters.script(b);
    return first != second && !UnicodeCharacters.isWrittenWithoutSpaces(first)
        && !UnicodeCharacters.isWrittenWithoutSpaces(second)
        && first != COMMON && second != COMMON && first != INHERITED && second != INHERITED;
  }

  /** The text with the repaired lines put in, after one warning for each charset undone. */
  private static String applyAndReport(String file, String text, List<RepairedLine> repaired, boolean again,
      BitSet lostCounted, Diagnostics diagnostics) {
    int[] explained = new int[CHARSETS.size()];
    for (RepairedLine line : repaired) {
      for (int i = 0; i < CHARSETS.size(); i++) {
        if ((line.charsets() & (1 << i)) != 0) {
          explained[i]++;
        }
      }
    }
    int[][] firstLastCount = new int[CHARSETS.size()][];
    int[] firstLastLost = null; // the lines that lost characters, and how many they lost
    int lostTo = -1; // the charset credited with the first of them
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (RepairedLine line : repaired) {
      int credited = -1;
      for (int i = 0; i < CHARSETS.size(); i++) {
        if ((line.charsets() & (1 << i)) != 0 && (credited < 0 || explained[i] > explained[credited])) {
          credited = i;
        }
      }
      if (!lostCounted.get(line.number()) && text.substring(line.start(), line.end()).indexOf(LOST) >= 0) {
        lostCounted.set(line.number()); // a layer after this one restores the same loss
        if (firstLastLost == null) {
          firstLastLost = new int[] {line.number(), 0, 0};
          lostTo = credited;
        }
        firstLastLost[1] = line.number();
        firstLastLost[2] += count(line.text(), LOST);
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
    if (firstLastLost != null) {
      diagnostics.report(again ? Message.MOJIBAKE_CHARACTERS_LOST_AGAIN : Message.MOJIBAKE_CHARACTERS_LOST,
          new SourceLocation(file, firstLastLost[0]),
          firstLastLost[2], CHARSETS.get(lostTo).displayName(), firstLastLost[1]);
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      count++;
    }
    return count;
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
      int holding = text.charAt(i) < 0x80 ? 0 : SingleByteCharset.holdingAll(text, i, i + 1);
      for (int c = 0; holding >> c != 0; c++) {
        if ((holding & 1 << c) == 0) {
          continue;
        }
        SingleByteCharset charset = CHARSETS.get(c);
        int length = DocumentText.utf8SequenceLength(charset.byteOf(text.charAt(i)));
        if (length < 2 || i + length > line.end()) {
          continue;
        }
        String shown = text.substring(i, i + length);
        byte[] bytes = charset.encode(shown);
        String decoded = bytes == null ? null : strictUtf8(bytes);
        if (decoded != null && held.contains(decoded.codePointAt(0))) {
          return new MojibakeRun(shown, charset, decoded);
        }
      }
    }
    return null;
  }

  /** The text's code points past ASCII. */
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

  /** The characters past ASCII the text holds, each code point one. */
  private static int pastAscii(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      count += c >= 0x80 && !Character.isLowSurrogate(c) ? 1 : 0;
    }
    return count;
  }

  /**
   * Combining marks, controls, private-use characters, and capitals past ASCII right after a
   * lowercase letter: rare in real text, common in bad decodes (German {@code für}, misread as
   * ISO-8859-15, restored as Windows-1252 is {@code fÌr}).
   */
  private static long unlikelyCharacters(String text) {
    long count = 0;
    int previous = ' ';
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = UnicodeCharacters.type(c);
      if (type == Character.NON_SPACING_MARK
          || (type == Character.CONTROL && c != '\t')
          || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED
          || (c >= 0x80 && type == Character.UPPERCASE_LETTER && UnicodeCharacters.isLowerCase(previous))) {
        count++;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return count;
  }

  /**
   * The line's text before the charset misread it; null when the round trip is not exact or changes
   * nothing. Where bytes were {@code lost}, each U+FFFD stands for one, of {@code anyValue} or one
   * the charset leaves undefined.
   */
  private static String repairLine(String line, SingleByteCharset charset, boolean lost, boolean anyValue) {
    String decoded = lost ? roundTripWithLostBytes(line, charset, anyValue) : roundTrip(line, charset);
    return decoded == null || !addsNothingInvisible(invisible(line), decoded, MOST_LAYERS - 1) ? null : decoded;
  }

  /**
   * Neighbours past ASCII that real text seldom holds and mojibake always does: a letter beside a
   * symbol, punctuation or a control ({@code Ã©}, {@code â€”}), two such non-letters side by side
   * ({@code √©}, {@code ├®}), letters of two scripts, a lowercase letter before a capital
   * ({@code РџСЂ}, Windows-1251's reading of Russian). A repair that leaves fewer of them than it
   * found is evident. Counted up to {@code enough}.
   */
  private static int oddPairs(String text, int enough) {
    int count = 0;
    int previous = -1;
    for (int i = 0; i < text.length() && count < enough; ) {
      int c = text.codePointAt(i);
      if (previous >= 0x80 && c >= 0x80 && isOddPair(previous, c)) {
        count++;
      }
      previous = c;
      i += Character.charCount(c);
    }
    return count;
  }

  /** Whether the restored text has fewer {@link #oddPairs} than the line it was restored from. */
  private static boolean fewerOddPairs(String restored, String line) {
    int left = oddPairs(restored, Integer.MAX_VALUE);
    return oddPairs(line, left + 1) > left;
  }

  private static boolean isOddPair(int first, int second) {
    if (!isPartOfAWord(first) || !isPartOfAWord(second)) {
      return true;
    }
    return (UnicodeCharacters.isLetter(first) && UnicodeCharacters.isLetter(second) && differentScripts(first, second))
        || (UnicodeCharacters.isLowerCase(first) && UnicodeCharacters.isUpperCase(second));
  }

  /** A letter, or a mark that belongs to one (an accent written apart, a vowel sign). */
  private static boolean isPartOfAWord(int c) {
    return UnicodeCharacters.isLetter(c) || UnicodeCharacters.isMark(c);
  }

  /** The text's bytes in the charset read as UTF-8; null when that is not exact or changes nothing. */
  private static String roundTrip(String text, SingleByteCharset charset) {
    byte[] bytes = charset.encode(text);
    if (bytes == null) {
      return null;
    }
    String decoded = strictUtf8(bytes);
    return decoded == null || decoded.equals(text) ? null : decoded;
  }

  /** U+FFFD, which decoders put for bytes they cannot read. */
  private static final char LOST = '\uFFFD';

  /**
   * The text's bytes in the charset read as UTF-8, each U+FFFD standing for a byte lost, one the
   * charset leaves undefined or one of {@code anyValue}, and each character that lost a byte read
   * as U+FFFD; null where no such bytes make it well-formed. A byte left undefined goes on a
   * character, never starts one; a lost byte of any value that starts one takes the bytes after it
   * that go on one, as many as a character has at most.
   */
  private static String roundTripWithLostBytes(String text, SingleByteCharset charset, boolean anyValue) {
    StringBuilder decoded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      if (anyValue && text.charAt(i) == LOST) {
        int end = i + 1;
        while (end < text.length() && end - i < 4 && isContinuation(text.charAt(end), charset)) {
          end++;
        }
        decoded.append(LOST);
        i = end;
        continue;
      }
      int lead = text.charAt(i) == LOST ? -1 : charset.byteOf(text.charAt(i));
      if (lead < 0x80) {
        if (lead < 0) {
          return null;
        }
        decoded.append((char) lead);
        i++;
        continue;
      }
      int length = DocumentText.utf8SequenceLength(lead);
      if (length == 0 || i + length > text.length()) {
        return null;
      }
      int codePoint = lead & (0x7F >> length);
      boolean anyLost = false;
      for (int k = 1; k < length; k++) {
        // Unicode's table of well-formed sequences: the second byte's range depends on the first
        int low = k == 1 && lead == 0xE0 ? 0xA0 : k == 1 && lead == 0xF0 ? 0x90 : 0x80;
        int high = k == 1 && lead == 0xED ? 0x9F : k == 1 && lead == 0xF4 ? 0x8F : 0xBF;
        char c = text.charAt(i + k);
        if (c == LOST) {
          if (!anyValue && !charset.leavesUndefinedWithin(low, high)) {
            return null;
          }
          anyLost = true;
          continue;
        }
        int next = charset.byteOf(c);
        if (next < low || next > high) {
          return null;
        }
        codePoint = codePoint << 6 | next & 0x3F;
      }
      decoded.appendCodePoint(anyLost ? LOST : codePoint);
      i += length;
    }
    return decoded.toString();
  }

  /** Whether the character stands for a byte that goes on a character of UTF-8 (0x80 to 0xBF). */
  private static boolean isContinuation(char c, SingleByteCharset charset) {
    int b = c == LOST ? -1 : charset.byteOf(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * Whether the text a line is restored to holds no more private-use characters and controls (but
   * the tab) than the line's {@code invisibleInLine}, or will not once the layers of repair still to
   * come restore it. Text restored from mojibake holds none it did not have, but where a charset the
   * repair does not know misread a line, one it knows may still round-trip it into such
   * characters: Mac Roman makes U+F099 of IBM857's {@code ÔÇô}, an en dash. One layer may hold
   * them, to be restored by the next: Mac Roman reads the first byte of an emoji as U+F8FF.
   */
  private static boolean addsNothingInvisible(int invisibleInLine, String restored, int layersToCome) {
    if (invisible(restored) <= invisibleInLine) {
      return true;
    }
    boolean lost = restored.indexOf(LOST) >= 0; // read by the next layer as bytes of any value, as it reads them
    for (int i = 0; layersToCome > 0 && i < CHARSETS.size(); i++) {
      String again = lost ? roundTripWithLostBytes(restored, CHARSETS.get(i), true) : roundTrip(restored, CHARSETS.get(i));
      if (again != null && addsNothingInvisible(invisibleInLine, again, layersToCome - 1)) {
        return true;
      }
    }
    return false;
  }

  private static int invisible(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      int type = UnicodeCharacters.type(text.charAt(i));
      if (type == Character.PRIVATE_USE || (type == Character.CONTROL && text.charAt(i) != '\t')) {
        count++;
      }
    }
    return count;
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
