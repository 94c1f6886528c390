package dev.closecodes.example;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per frame of {@code CloseFrames.receive}, which checks the code and the reason's UTF-8,
 * beside a parse without validation (the code's two bytes, the reason decoded, the same
 * {@code CloseEvent} made) and the close-frame readers of Netty (which validates elsewhere) and
 * Jetty (which validates). Each invocation reads the same 256 well-formed payloads: codes that
 * may travel in a close frame, reasons of 0 to 123 bytes, most of them ASCII, some with two-,
 * three- and four-byte characters. Each benchmark hands what it read to a {@code Blackhole}, so
 * nothing is optimised away and each allocates what a caller that keeps the result would. Run
 * with {@code mvn -B -q verify -DskipTests -Pbenchmark}.
 */
public class CloseFrameBenchmark extends JmhSettings {

  private static final int FRAMES = 256;

  /** Text the reasons are cut from: ASCII, then a character of each UTF-8 length after one byte. */
  private static final String[] WORDS = {"going", "away", "shutdown", "idle", "bye", "été", "終了", "🔌"};

  private final ByteBuffer[] payloads = new ByteBuffer[FRAMES];

  private final CloseWebSocketFrame[] nettyFrames = new CloseWebSocketFrame[FRAMES];

  /** Makes the payloads: a fixed sequence, the same in every run, each one well-formed. */
  public CloseFrameBenchmark() {
    long seed = 7;
    for (int i = 0; i < FRAMES; i++) {
      seed = next(seed);
      int code = sendableCode((int) ((seed >>> 33) % 4000));
      seed = next(seed);
      int reasonBytes = (int) ((seed >>> 33) % (CloseCodes.MAX_REASON_BYTES + 1));
      StringBuilder reason = new StringBuilder();
      while (true) {
        seed = next(seed);
        // ASCII words three times in four
        String word = WORDS[(seed >>> 40) % 4 == 0 ? 5 + (int) ((seed >>> 33) % 3) : (int) ((seed >>> 33) % 5)];
        if (CloseCodes.utf8Length(reason) + 1 + CloseCodes.utf8Length(word) > reasonBytes) {
          break;
        }
        reason.append(reason.length() == 0 ? "" : " ").append(word);
      }
      payloads[i] = ByteBuffer.wrap(CloseFrames.encode(code, reason.toString()));
    }
  }

  /** A code that may travel in a close frame, from 0–3999: the codes 1000–1003 and 1007–1014 often. */
  private static int sendableCode(int pick) {
    int[] protocol = {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014};
    return pick < 2000 ? protocol[pick % protocol.length] : 3000 + pick % 2000;
  }

  /**
   * Wraps the payloads for Netty, whose frames hold reference-counted buffers of their own, and
   * makes sure every reader reads each payload as {@code receive} does and leaves it as it was.
   */
  @Setup
  public void wrapForNettyAndCompare() {
    for (int i = 0; i < FRAMES; i++) {
      nettyFrames[i] = new CloseWebSocketFrame(true, 0, Unpooled.wrappedBuffer(payloads[i].array()));
      CloseEvent expected = CloseFrames.receive(payloads[i]);
      CloseStatus jetty = new CloseStatus(payloads[i]);
      boolean same = parse(payloads[i]).equals(expected)
          && nettyFrames[i].statusCode() == expected.code() && nettyFrames[i].reasonText().equals(expected.reason())
          && jetty.getCode() == expected.code() && reasonOf(jetty).equals(expected.reason())
          && payloads[i].position() == 0;
      if (!same) {
        throw new IllegalStateException("the readers disagree on payload " + i + ": " + expected);
      }
    }
  }

  /** Gives Netty's buffers back. */
  @TearDown
  public void releaseNettyFrames() {
    for (CloseWebSocketFrame frame : nettyFrames) {
      frame.release();
    }
  }

  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void generatedReceive(Blackhole sink) {
    for (ByteBuffer payload : payloads) {
      sink.consume(CloseFrames.receive(payload));
    }
  }

  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void parseWithoutValidation(Blackhole sink) {
    for (ByteBuffer payload : payloads) {
      sink.consume(parse(payload));
    }
  }

  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void nettyCloseFrame(Blackhole sink) {
    for (CloseWebSocketFrame frame : nettyFrames) {
      sink.consume(frame.statusCode());
      sink.consume(frame.reasonText());
    }
  }

  @Benchmark
  @OperationsPerInvocation(FRAMES)
  public void jettyCloseStatus(Blackhole sink) {
    for (ByteBuffer payload : payloads) {
      sink.consume(new CloseStatus(payload));
    }
  }

  /** Jetty's reason: null where the payload has none. */
  private static String reasonOf(CloseStatus status) {
    return status.getReason() == null ? "" : status.getReason();
  }

  /**
   * What any reader of a close frame does at least: the code from the first two bytes, the rest
   * decoded as UTF-8 (malformed bytes replaced, not refused), the event made; no check of either.
   */
  private static CloseEvent parse(ByteBuffer payload) {
    int start = payload.position();
    int length = payload.remaining();
    if (length < 2) {
      return new CloseEvent(CloseFrames.NO_STATUS, "", true);
    }
    int code = ((payload.get(start) & 0xFF) << 8) | (payload.get(start + 1) & 0xFF);
    String reason = new String(payload.array(), payload.arrayOffset() + start + 2, length - 2, StandardCharsets.UTF_8);
    return new CloseEvent(code, reason, true);
  }
}
