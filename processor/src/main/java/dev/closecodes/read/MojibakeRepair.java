package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Undoes mojibake: UTF-8 text that some tool read as a single-byte charset (Mac Roman or
 * Windows-1252) and saved again as UTF-8, so that {@code é} became {@code √©} or {@code Ã©}.
 *
 * <p>A line is repaired only when the round trip is exact: every character of the line maps back
 * to a byte of the charset, and those bytes are well-formed UTF-8 that differs from the line. Real
 * accented text fails that test (a lone {@code é} is not well-formed UTF-8 in any of these
 * charsets), so correct lines are left alone. Working line by line keeps line numbers and copes
 * with documents where only some lines were damaged.
 */
final class MojibakeRepair {

  /**
   * A single-byte charset as a reverse table: for each character, the byte it was read from, or -1.
   */
  private record SingleByteCharset(String displayName, short[] bytesByChar) {

    static SingleByteCharset of(String javaName, String displayName) {
      Charset charset = Charset.forName(javaName);
      short[] bytesByChar = new short[Character.MAX_VALUE + 1];
      java.util.Arrays.fill(bytesByChar, (short) -1);
      for (int b = 255; b >= 0; b--) {
        String decoded = new String(new byte[] {(byte) b}, charset);
        // Bytes the charset leaves undefined are commonly carried through as the C1 control of
        // the same value (Windows-1252's 0x81, 0x8D, 0x8F, 0x90, 0x9D).
        char c = decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) b;
        bytesByChar[c] = (short) b; // from the top down, so the lowest byte wins a tie
      }
      return new SingleByteCharset(displayName, bytesByChar);
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

  private static final List<SingleByteCharset> CHARSETS =
      List.of(
          SingleByteCharset.of("x-MacRoman", "Mac Roman"),
          SingleByteCharset.of("windows-1252", "Windows-1252"));

  private MojibakeRepair() {}

  /** Repairs what can be repaired and reports it, one warning for each charset undone. */
  static String repair(String file, String text, Diagnostics diagnostics) {
    Map<SingleByteCharset, int[]> firstLastCount = new HashMap<>();
    StringBuilder repairedText = null; // made only when a line is repaired
    int copied = 0;
    int lineStart = 0;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if (mayBeMojibake(text, lineStart, lineEnd)) {
        String original = text.substring(lineStart, lineEnd);
        SingleByteCharset best = null;
        String bestText = null;
        for (SingleByteCharset charset : CHARSETS) {
          Optional<String> repaired = repairLine(original, charset);
          // Where several charsets round-trip, the one giving the fewest unlikely characters wins.
          if (repaired.isPresent()
              && (bestText == null || unlikelyCharacters(repaired.get()) < unlikelyCharacters(bestText))) {
            best = charset;
            bestText = repaired.get();
          }
        }
        if (best != null) {
          if (repairedText == null) {
            repairedText = new StringBuilder(text.length());
          }
          repairedText.append(text, copied, lineStart).append(bestText);
          copied = lineEnd;
          int[] stats = firstLastCount.computeIfAbsent(best, c -> new int[] {0, 0, 0});
          if (stats[2]++ == 0) {
            stats[0] = line;
          }
          stats[1] = line;
        }
      }
      lineStart = lineEnd + 1;
    }
    for (SingleByteCharset charset : CHARSETS) {
      int[] stats = firstLastCount.get(charset);
      if (stats != null) {
        diagnostics.report(Message.MOJIBAKE_REPAIRED, new SourceLocation(file, stats[0]), charset.displayName(),
            stats[2], stats[1]);
      }
    }
    return repairedText == null ? text : repairedText.append(text, copied, text.length()).toString();
  }

  /** Combining marks, controls and private-use characters: rare in real text, common in bad decodes. */
  private static long unlikelyCharacters(String text) {
    return text.codePoints()
        .filter(
            c -> {
              int type = Character.getType(c);
              return type == Character.NON_SPACING_MARK
                  || (type == Character.CONTROL && c != '\t')
                  || type == Character.PRIVATE_USE
                  || type == Character.UNASSIGNED;
            })
        .count();
  }

  private static Optional<String> repairLine(String line, SingleByteCharset charset) {
    Optional<byte[]> bytes = charset.encode(line);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.get()))
              .toString();
      return decoded.equals(line) ? Optional.empty() : Optional.of(decoded);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
