package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charset tables the repair uses are the JDK's own, byte for byte. */
class MojibakeRepairTest {

  @Test
  void eachHighHalfIsWhatTheJdksCharsetReads() {
    List<SingleByteCharset> charsets = SingleByteCharset.MISREAD_AS;
    assertEquals(22, charsets.size());
    for (SingleByteCharset table : charsets) {
      Charset charset = Charset.forName(table.jdkName());
      StringBuilder expected = new StringBuilder();
      for (int b = 0x80; b <= 0xFF; b++) {
        String decoded = new String(new byte[] {(byte) b}, charset);
        // a byte the charset leaves undefined stands as the character of the same value
        boolean undefined = decoded.equals("\uFFFD");
        expected.append(undefined ? (char) b : decoded.charAt(0));
        assertEquals(undefined, table.leavesUndefined(b), table.displayName() + ", byte " + b);
      }
      assertEquals(expected.toString(), table.highHalf(), table.displayName());
      for (int b = 0; b <= 0xFF; b++) { // and each character is read back as its byte
        char c = b < 0x80 ? (char) b : table.highHalf().charAt(b - 0x80);
        assertEquals(b, table.byteOf(c), table.displayName() + ", byte " + b);
      }
      assertEquals(-1, table.byteOf('\u4E00'), table.displayName());
      boolean leaves = (SingleByteCharset.LEAVING_BYTES_UNDEFINED & 1 << charsets.indexOf(table)) != 0;
      assertEquals(table.leavesUndefinedWithin(0x80, 0xFF), leaves, table.displayName());
    }
  }
}
