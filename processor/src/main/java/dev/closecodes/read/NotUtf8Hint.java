package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.UnsupportedCharsetException;

/**
 * What the error for a file that is not UTF-8 adds: what the file, or the part of it, was likely
 * saved in and what to do. Only what the bytes show is said. No charset is guessed for a file it
 * is then read in: the file stays an error.
 *
 * <ul>
 *   <li>Where the file is mostly UTF-8 and another line of it is, only this part is not: text
 *       pasted from elsewhere, or damage. Converting the whole file would turn the rest into
 *       mojibake.
 *   <li>Where the words at the bytes that are not UTF-8 read as words of a Latin alphabet in
 *       Windows-1252, the Western default of many editors, the first is quoted.
 *   <li>Otherwise the file was likely saved in the legacy charset of a language of another
 *       script, whose bytes Windows-1252 reads as no word ({@code Îïèñàíèå}, Russian in
 *       Windows-1251), and no charset is named: single-byte charsets of different scripts read
 *       the same bytes as equally good letters.
 * </ul>
 */
final class NotUtf8Hint {

  private NotUtf8Hint() {}

  /** Characters past ASCII side by side in a word of a Latin alphabet: {@code éé}, {@code l’é}, rarely more. */
  static final int MOST_PAST_ASCII_IN_A_ROW = 2;

  /** How much of a word is quoted. */
  private static final int MOST_WORD_BYTES = 40;

  /** How many words are read in Windows-1252 before its reading is taken for text. */
  private static final int WORDS_CHECKED = 32;

  /** The punctuation past ASCII that Western text has inside or beside its words. */
  private static final String WESTERN_PUNCTUATION = "\u2019\u2018\u201C\u201D\u201E\u2013\u2014\u2026\u00AB\u00BB"
      + "\u2039\u203A\u00A1\u00BF\u00B7\u00A0\u00B0";

  /**
   * The hint for a file whose first byte that is not UTF-8 is at {@code offset}, as the error's
   * text goes on after the byte's offset.
   */
  static String hint(byte[] bytes, int offset) {
    String word = westernWord(bytes, offset);
    int utf8Line = utf8LinePastAscii(bytes);
    if (utf8Line > 0) {
      return "; line " + utf8Line + " is UTF-8, so only this part is not, pasted perhaps from text in another charset"
          + (word == null ? "" : " (in Windows-1252, the word there reads '" + word + "')")
          + ": type it again, or convert this part alone to UTF-8";
    }
    if (word != null) {
      return "; in Windows-1252, a Western default of many editors, the word there reads '" + word
          + "': if the file was saved so, save it again as UTF-8";
    }
    return "; it was perhaps saved in a legacy charset of its language, as Windows-1250, Windows-1251 or Shift_JIS"
        + " are: save it again as UTF-8";
  }

  /**
   * The word at {@code offset} as Windows-1252 reads it, where the words that hold bytes that are
   * not UTF-8, from there on (the first {@link #WORDS_CHECKED}), read in Windows-1252 as words of
   * a Latin alphabet: past ASCII only letters and {@link #WESTERN_PUNCTUATION}, at most
   * {@link #MOST_PAST_ASCII_IN_A_ROW} in a row. Null where one does not.
   */
  private static String westernWord(byte[] bytes, int offset) {
    String first = null;
    int words = 0;
    for (int i = offset; i < bytes.length && words < WORDS_CHECKED; ) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int length = DocumentText.wellFormedUtf8Length(bytes, i);
      if (length > 0) {
        i += length;
        continue;
      }
      int end = wordEnd(bytes, i);
      String word = windows1252(bytes, wordStart(bytes, i), end);
      if (word == null || !readsAsWesternWord(word)) {
        return null;
      }
      first = first == null ? word : first;
      words++;
      i = end;
    }
    return first;
  }

  private static boolean readsAsWesternWord(String word) {
    int pastAsciiInARow = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x80 && !UnicodeCharacters.isLetter(c) && WESTERN_PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
      pastAsciiInARow = c >= 0x80 ? pastAsciiInARow + 1 : 0;
      if (pastAsciiInARow > MOST_PAST_ASCII_IN_A_ROW) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as Windows-1252 reads them; null where it has no character for one. */
  private static String windows1252(byte[] bytes, int start, int end) {
    try {
      return DocumentText.strict(Charset.forName("windows-1252")).decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Where the word holding the byte at {@code at} starts, at most {@link #MOST_WORD_BYTES} before it. */
  private static int wordStart(byte[] bytes, int at) {
    int start = at;
    while (start > 0 && at - start < MOST_WORD_BYTES && inWord(bytes[start - 1])) {
      start--;
    }
    return start;
  }

  /** Where the word holding the byte at {@code at} ends, at most {@link #MOST_WORD_BYTES} after it. */
  private static int wordEnd(byte[] bytes, int at) {
    int end = at + 1;
    while (end < bytes.length && end - at < MOST_WORD_BYTES && inWord(bytes[end])) {
      end++;
    }
    return end;
  }

  /** A byte of a word: past ASCII, or an ASCII letter or digit. */
  private static boolean inWord(byte b) {
    return b < 0 || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  /**
   * The first line that holds characters past ASCII in UTF-8 and no byte that is not UTF-8, where
   * the file holds more of those characters than places that are not UTF-8; 0 otherwise. Bytes of
   * another charset make UTF-8 by chance now and then (a Chinese character in GBK may be the
   * UTF-8 of a Cyrillic letter), but seldom more often than not.
   */
  private static int utf8LinePastAscii(byte[] bytes) {
    int wellFormed = 0;
    int illFormed = 0;
    int firstUtf8Line = 0;
    int line = 1;
    boolean lineUtf8 = false;
    boolean lineIllFormed = false;
    for (int i = 0; i <= bytes.length; ) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (firstUtf8Line == 0 && lineUtf8 && !lineIllFormed) {
          firstUtf8Line = line;
        }
        line++;
        lineUtf8 = false;
        lineIllFormed = false;
        i++;
      } else if (bytes[i] >= 0) {
        i++;
      } else {
        int length = DocumentText.wellFormedUtf8Length(bytes, i);
        if (length > 0) {
          wellFormed++;
          lineUtf8 = true;
          i += length;
        } else {
          illFormed++;
          lineIllFormed = true;
          i++;
        }
      }
    }
    return wellFormed > illFormed ? firstUtf8Line : 0;
  }
}
