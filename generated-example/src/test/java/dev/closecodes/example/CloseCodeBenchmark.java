package dev.closecodes.example;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

/**
 * Time per code of the generated checks and lookup, beside Netty's {@code isValidStatusCode}. Each
 * invocation checks the same 1,024 codes spread over 0–5119, so branches are not all predictable,
 * and returns how many it accepted, so no call can be optimised away.
 * Run with {@code mvn -B -q verify -DskipTests -Pbenchmark}.
 */
public class CloseCodeBenchmark extends JmhSettings {

  private static final int CODES = 1024;

  private final int[] codes = new int[CODES];

  /** Fills the codes: a fixed, spread-out sequence, the same in every run. */
  public CloseCodeBenchmark() {
    long seed = 42;
    for (int i = 0; i < CODES; i++) {
      seed = next(seed);
      codes[i] = (int) ((seed >>> 33) % 5120);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CODES)
  public int generatedMayTravelInCloseFrame() {
    int accepted = 0;
    for (int code : codes) {
      accepted += CloseCodes.mayTravelInCloseFrame(code) ? 1 : 0;
    }
    return accepted;
  }

  @Benchmark
  @OperationsPerInvocation(CODES)
  public int generatedCloseCodeOf() {
    int found = 0;
    for (int code : codes) {
      found += CloseCode.of(code).isPresent() ? 1 : 0;
    }
    return found;
  }

  @Benchmark
  @OperationsPerInvocation(CODES)
  public int generatedMayPassToBrowserClose() {
    int accepted = 0;
    for (int code : codes) {
      accepted += CloseCodes.mayPassToBrowserClose(code) ? 1 : 0;
    }
    return accepted;
  }

  @Benchmark
  @OperationsPerInvocation(CODES)
  public int nettyIsValidStatusCode() {
    int accepted = 0;
    for (int code : codes) {
      accepted += WebSocketCloseStatus.isValidStatusCode(code) ? 1 : 0;
    }
    return accepted;
  }
}
