package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The close cases of the Autobahn TestSuite (case 7) and of web-platform-tests (websockets/), as
 * tests of the generated checks and close-frame rules.
 */
class ConformanceCasesTest {

  static byte[] payload(int code, byte[] reason) {
    byte[] payload = new byte[2 + reason.length];
    payload[0] = (byte) (code >>> 8);
    payload[1] = (byte) code;
    System.arraycopy(reason, 0, payload, 2, reason.length);
    return payload;
  }

  static byte[] payload(int code, String reason) {
    return payload(code, reason.getBytes(StandardCharsets.UTF_8));
  }

  /** Autobahn TestSuite case 7: what an endpoint does with the close frames it receives. */
  @Nested
  class Autobahn {

    @Test
    void case7_3_1_anEmptyPayloadIsACleanCloseWithNoStatus() {
      assertEquals(new CloseEvent(1005, "", true), CloseFrames.receive(new byte[0]));
    }

    @Test
    void case7_3_2_aOneBytePayloadFailsTheConnection() {
      CloseFrames.InvalidCloseFrameException e =
          assertThrows(CloseFrames.InvalidCloseFrameException.class, () -> CloseFrames.receive(new byte[] {0x03}));
      assertEquals(1002, e.failureCode());
    }

    @Test
    void case7_3_3_aCodeWithNoReason() {
      assertEquals(new CloseEvent(1000, "", true), CloseFrames.receive(payload(1000, "")));
    }

    @Test
    void case7_3_4_aCodeWithAReason() {
      assertEquals(new CloseEvent(1000, "Hello World!", true), CloseFrames.receive(payload(1000, "Hello World!")));
    }

    @Test
    void case7_3_5_aReasonOf123Bytes() {
      String reason = "*".repeat(123);
      assertEquals(new CloseEvent(1000, reason, true), CloseFrames.receive(payload(1000, reason)));
    }

    @Test
    void case7_3_6_aReasonOf124BytesFailsTheConnection() {
      CloseFrames.InvalidCloseFrameException e = assertThrows(CloseFrames.InvalidCloseFrameException.class,
          () -> CloseFrames.receive(payload(1000, "*".repeat(124))));
      assertEquals(1002, e.failureCode());
      assertTrue(e.getMessage().contains("124 bytes"), e.getMessage());
    }

    @Test
    void case7_5_1_aReasonThatIsNotUtf8FailsTheConnection() {
      byte[] invalid = {(byte) 0xCE, (byte) 0xBA, (byte) 0xE1, (byte) 0xBD, (byte) 0xB9, (byte) 0xCF, (byte) 0x83,
          (byte) 0xCE, (byte) 0xBC, (byte) 0xCE, (byte) 0xB5, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x65, 0x64,
          0x69, 0x74, 0x65, 0x64};
      CloseFrames.InvalidCloseFrameException e = assertThrows(CloseFrames.InvalidCloseFrameException.class,
          () -> CloseFrames.receive(payload(1000, invalid)));
      assertEquals(1007, e.failureCode());
      assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @ParameterizedTest(name = "7.7.x: {0} is valid and closes cleanly")
    @ValueSource(ints = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 3999, 4000, 4999})
    void case7_7_validCodes(int code) {
      assertTrue(CloseCodes.mayTravelInCloseFrame(code));
      assertEquals(new CloseEvent(code, "", true), CloseFrames.receive(payload(code, "")));
      assertArrayEquals(payload(code, "bye"), CloseFrames.encode(code, "bye"));
    }

    @ParameterizedTest(name = "7.7.x since 2016: {0} is registered and valid")
    @ValueSource(ints = {1012, 1013, 1014})
    void case7_7_codesRegisteredAfterRfc6455(int code) {
      assertTrue(CloseCodes.mayTravelInCloseFrame(code));
      assertEquals(new CloseEvent(code, "", true), CloseFrames.receive(payload(code, "")));
    }

    @ParameterizedTest(name = "7.9.x: {0} is invalid and fails the connection")
    @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999})
    void case7_9_invalidCodes(int code) {
      assertFalse(CloseCodes.mayTravelInCloseFrame(code));
      CloseFrames.InvalidCloseFrameException e = assertThrows(CloseFrames.InvalidCloseFrameException.class,
          () -> CloseFrames.receive(payload(code, "")));
      assertEquals(1002, e.failureCode());
      assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(code, ""));
    }

    @ParameterizedTest(name = "7.13.x: {0}, which the suite leaves undefined, is refused")
    @ValueSource(ints = {5000, 65535})
    void case7_13_codesPastTheRegistry(int code) {
      assertFalse(CloseCodes.mayTravelInCloseFrame(code));
      assertThrows(CloseFrames.InvalidCloseFrameException.class, () -> CloseFrames.receive(payload(code, "")));
    }
  }

  /** web-platform-tests websockets/: what {@code WebSocket.close()} accepts and what it reports. */
  @Nested
  class WebPlatformTests {

    /** WebIDL's conversion of a JavaScript number to {@code [Clamp] unsigned short}, which close() uses. */
    static int clampToUnsignedShort(double value) {
      if (Double.isNaN(value)) {
        return 0;
      }
      return (int) Math.rint(Math.max(0, Math.min(65535, value)));
    }

    @ParameterizedTest(name = "close({0}) throws InvalidAccessError")
    @ValueSource(doubles = {0, 500, Double.NaN, 0x10000 + 1000, 1005, 2999, 999, 1001, 1004, 1006, 1015, 5000})
    void closeWithACodeAScriptMayNotUse(double code) {
      assertFalse(CloseCodes.mayPassToBrowserClose(clampToUnsignedShort(code)));
    }

    @ParameterizedTest(name = "close({0}) is fine")
    @ValueSource(doubles = {1000, 3000, 4999, 3999.4})
    void closeWithACodeAScriptMayUse(double code) {
      assertTrue(CloseCodes.mayPassToBrowserClose(clampToUnsignedShort(code)));
    }

    @Test
    void closeWithA124ByteReasonThrowsSyntaxError() {
      assertTrue(CloseCodes.isAcceptableReason("x".repeat(123)));
      assertFalse(CloseCodes.isAcceptableReason("x".repeat(124)));
      assertFalse(CloseCodes.isAcceptableReason("é".repeat(62)));
    }

    @Test
    void closeWithNoArgumentsReportsNoStatusAndAnEmptyReason() {
      // close() sends a close frame with no code; the server answers in kind.
      CloseEvent event = CloseFrames.receivedByBrowser(new byte[0]);
      assertEquals(1005, event.code());
      assertEquals("", event.reason());
      assertTrue(event.wasClean());
    }

    @Test
    void aServerInitiatedCloseIsClean() {
      assertTrue(CloseFrames.receivedByBrowser(CloseFrames.encode(1000, "")).wasClean());
    }

    @Test
    void aDroppedConnectionIsAbnormalAndNotClean() {
      assertEquals(new CloseEvent(1006, "", false), CloseFrames.noCloseFrame());
    }
  }

  @Test
  void encodingRefusesCodesThatMayNotTravelAndBadReasons() {
    IllegalArgumentException local = assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(1006, ""));
    assertTrue(local.getMessage().contains("1006"), local.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(1000, "x".repeat(124)));
    assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(1000, "\uD800"));
    assertArrayEquals(new byte[] {0x03, (byte) 0xE8}, CloseFrames.encode(1000, ""));
    for (int code = 0; code <= 0xFFFF; code++) {
      if (CloseCodes.mayTravelInCloseFrame(code)) {
        assertEquals(new CloseEvent(code, "é", true), CloseFrames.receive(CloseFrames.encode(code, "é")));
      }
    }
  }
}
