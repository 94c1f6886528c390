package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DocumentText}'s own reading of UTF-8's sequences, held to the JDK's strict decoder. */
class DocumentTextTest {

  /** Values of a byte after the lead: each end of each range Unicode's table of sequences uses, and beyond. */
  private static final int[] FOLLOWING = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0,
      0xF4, 0xFF};

  @Test
  void aSequenceIsWellFormedExactlyWhereTheStrictDecoderReadsIt() {
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        // a third byte matters after a lead of three bytes or four, a fourth after one of four
        for (int third : lead >= 0xE0 ? FOLLOWING : new int[] {0x80}) {
          for (int fourth : lead >= 0xF0 ? FOLLOWING : new int[] {0x80}) {
            byte[] bytes = {(byte) lead, (byte) second, (byte) third, (byte) fourth};
            assertEquals(decodedLength(bytes), DocumentText.wellFormedUtf8Length(bytes, 0),
                () -> String.format("%02X %02X %02X %02X", bytes[0], bytes[1], bytes[2], bytes[3]));
          }
        }
      }
    }
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      byte[] bytes = new byte[1 + random.nextInt(4)];
      random.nextBytes(bytes);
      bytes[0] |= (byte) 0x80;
      assertEquals(decodedLength(bytes), DocumentText.wellFormedUtf8Length(bytes, 0));
    }
  }

  private static final CharsetDecoder STRICT = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The length of the one character the strict decoder reads from the bytes' start; 0 for none. */
  private static int decodedLength(byte[] bytes) {
    for (int length = 2; length <= Math.min(4, bytes.length); length++) {
      CharBuffer text = CharBuffer.allocate(4);
      STRICT.reset();
      if (!STRICT.decode(ByteBuffer.wrap(bytes, 0, length), text, true).isError()
          && !STRICT.flush(text).isError()) {
        text.flip();
        if (Character.codePointCount(text, 0, text.length()) == 1) {
          return length;
        }
      }
    }
    return 0;
  }
}
