package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charset tables the repair uses are the JDK's own, byte for byte. */
class MojibakeRepairTest {

  @ParameterizedTest
  @CsvSource({"x-MacRoman, MAC_ROMAN", "windows-1252, WINDOWS_1252", "ISO-8859-1, ISO_8859_1"})
  void theHighHalfIsWhatTheJdksCharsetReads(String charsetName, String table) {
    Charset charset = Charset.forName(charsetName);
    StringBuilder expected = new StringBuilder();
    for (int b = 0x80; b <= 0xFF; b++) {
      String decoded = new String(new byte[] {(byte) b}, charset);
      expected.append(decoded.length() == 1 && decoded.charAt(0) != '\uFFFD' ? decoded.charAt(0) : (char) b);
    }
    String highHalf = switch (table) {
      case "MAC_ROMAN" -> MojibakeRepair.MAC_ROMAN_HIGH_HALF;
      case "WINDOWS_1252" -> MojibakeRepair.WINDOWS_1252_HIGH_HALF;
      default -> MojibakeRepair.ISO_8859_1_HIGH_HALF;
    };
    assertEquals(expected.toString(), highHalf);
  }
}
