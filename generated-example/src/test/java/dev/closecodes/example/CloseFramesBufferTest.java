package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code ByteBuffer} forms of {@code CloseFrames}, as Jetty, Netty and Jakarta users hold
 * payloads, and the reason check that needs no {@code CharsetDecoder}: held to the JDK's strict
 * decoder byte for byte.
 */
class CloseFramesBufferTest {

  /** What a strict reading of the payload gives: the event, or the failure code. */
  private static String expected(byte[] payload) {
    if (payload.length == 0) {
      return new CloseEvent(1005, "", true).toString();
    }
    int code = payload.length < 2 ? -1 : ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
    if (payload.length == 1 || payload.length > 125 || !CloseCodes.mayTravelInCloseFrame(code)) {
      return "fails with 1002";
    }
    try {
      String reason = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(payload, 2, payload.length - 2)).toString();
      return new CloseEvent(code, reason, true).toString();
    } catch (CharacterCodingException e) {
      return "fails with 1007";
    }
  }

  private static String actual(ByteBuffer payload) {
    try {
      return CloseFrames.receive(payload).toString();
    } catch (CloseFrames.InvalidCloseFrameException e) {
      return "fails with " + e.failureCode();
    }
  }

  /** The payload as a heap buffer at an offset, and as a direct buffer. */
  private static ByteBuffer[] buffers(byte[] payload) {
    ByteBuffer heap = ByteBuffer.allocate(payload.length + 7);
    heap.position(3);
    heap.put(payload);
    heap.position(3).limit(3 + payload.length);
    ByteBuffer direct = ByteBuffer.allocateDirect(payload.length);
    direct.put(payload).flip();
    return new ByteBuffer[] {heap.slice(), heap, direct};
  }

  private static void assertReadLikeTheStrictDecoder(byte[] payload) {
    String expected = expected(payload);
    assertEquals(expected, actual(ByteBuffer.wrap(payload)));
    try {
      assertEquals(expected, CloseFrames.receive(payload).toString());
    } catch (CloseFrames.InvalidCloseFrameException e) {
      assertEquals(expected, "fails with " + e.failureCode());
    }
    for (ByteBuffer buffer : buffers(payload)) {
      int position = buffer.position();
      assertEquals(expected, actual(buffer));
      assertEquals(position, buffer.position(), "receive leaves the buffer's position alone");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "03", "03e8", "03e8c0", "03e8c080", "03e8e08080", "03e8eda080", "03e8edbfbf", "03e8ee8080", "03e8f4908080",
      "03e8f48fbfbf", "03e8f0908080", "03e8f08f8080", "03e8c2", "03e8e282", "03e8f09f98", "03e8f09f9880", "03e8ff",
      "03e880", "03e8c3a9", "03e8e282ac", "03ede282ac", "0bb8", "0fa0", "1388", "03f2",
      // U+FFFD itself is well-formed; beside an ill-formed byte, or made of one, it is not
      "03e8efbfbd", "03e8efbfbdff", "03e8ffefbfbd", "03e8efbfbdefbf", "03e8efbf", "03e8f48fbfbfefbfbd"})
  void edgePayloadsAreReadAsTheStrictDecoderReadsThem(String hex) {
    assertReadLikeTheStrictDecoder(java.util.HexFormat.of().parseHex(hex));
  }

  /**
   * receive decodes first and checks byte by byte only a reason that decoded to U+FFFD somewhere,
   * which every ill-formed sequence does: every reason of two bytes, and of three bytes from each
   * lead byte past ASCII, held to the strict decoder.
   */
  @Test
  void everyShortReasonIsReadAsTheStrictDecoderReadsIt() {
    int[] thirdBytes = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBD, 0xBF, 0xC0, 0xFF};
    for (int first = 0; first < 256; first++) {
      for (int second = 0; second < 256; second++) {
        assertReadLikeTheStrictDecoderFromAnArray(new byte[] {0x03, (byte) 0xE8, (byte) first, (byte) second});
        for (int third : first < 0x80 ? new int[0] : thirdBytes) {
          assertReadLikeTheStrictDecoderFromAnArray(
              new byte[] {0x03, (byte) 0xE8, (byte) first, (byte) second, (byte) third});
        }
      }
    }
  }

  /** The heap-array form alone: the buffer forms share the check, and the other tests hold them. */
  private static void assertReadLikeTheStrictDecoderFromAnArray(byte[] payload) {
    String expected = expected(payload);
    if (!expected.equals(actual(ByteBuffer.wrap(payload)))) {
      assertEquals(expected, actual(ByteBuffer.wrap(payload)), java.util.HexFormat.of().formatHex(payload));
    }
  }

  @Test
  void randomPayloadsAreReadAsTheStrictDecoderReadsThem() {
    Random random = new Random(6455);
    for (int i = 0; i < 20_000; i++) {
      byte[] payload = new byte[random.nextInt(130)];
      random.nextBytes(payload);
      if (payload.length >= 2 && random.nextBoolean()) {
        payload[0] = 0x03; // 1000, so that the reason is what is tested
        payload[1] = (byte) 0xE8;
        for (int j = 2; j < payload.length && random.nextInt(4) > 0; j++) {
          payload[j] &= 0x7F; // mostly ASCII, with UTF-8 sequences and breaks among it
        }
      }
      assertReadLikeTheStrictDecoder(payload);
    }
  }

  @Test
  void encodeIntoABufferWritesWhatEncodeReturnsAndAdvancesIt() {
    String reason = "service restarting \u00E9\uD83D\uDE00";
    byte[] expected = CloseFrames.encode(1012, reason);
    ByteBuffer target = ByteBuffer.allocate(200);
    target.position(5);
    CloseFrames.encode(1012, reason, target);
    assertEquals(5 + expected.length, target.position());
    byte[] written = new byte[expected.length];
    target.flip().position(5);
    target.get(written);
    assertArrayEquals(expected, written);
    assertEquals(new CloseEvent(1012, reason, true), CloseFrames.receive(ByteBuffer.wrap(expected)));
  }

  @Test
  void encodeIntoABufferThatIsTooSmallWritesNothing() {
    ByteBuffer target = ByteBuffer.allocate(4);
    assertThrows(BufferOverflowException.class, () -> CloseFrames.encode(1000, "too long", target));
    assertEquals(0, target.position());
    assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(1005, "", ByteBuffer.allocate(10)));
  }

  @Test
  void receiveAllocatesOnlyTheEventAndItsReason() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    byte[] payload = CloseFrames.encode(1001, "going away for maintenance");
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    long[] sink = new long[1];
    Runnable pass = () -> {
      for (int i = 0; i < 10_000; i++) {
        sink[0] += CloseFrames.receive(payload).code() + CloseFrames.receive(buffer).reason().length();
      }
    };
    pass.run();
    long before = threads.getCurrentThreadAllocatedBytes();
    pass.run();
    long perCall = (threads.getCurrentThreadAllocatedBytes() - before) / 20_000;
    // a CloseEvent (24 bytes) and its reason (a String of 26 Latin-1 bytes: about 72); a
    // CharsetDecoder per call alone took 296
    assertTrue(perCall <= 128, perCall + " bytes a call");
  }
}
