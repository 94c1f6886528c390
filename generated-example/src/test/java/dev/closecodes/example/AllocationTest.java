package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The lookups and checks allocate nothing, measured with the JVM's per-thread allocation counter. */
class AllocationTest {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Runs the calls over every code once to warm up, then counts the bytes a second pass allocates. */
  private static long allocatedBy(Runnable pass) {
    pass.run();
    long before = THREADS.getCurrentThreadAllocatedBytes();
    pass.run();
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void lookupsAndChecksAllocateNothing() {
    assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
    long[] sink = new long[1];
    long bytes = allocatedBy(() -> {
      long hits = 0;
      for (int code = -10; code <= 70_000; code++) {
        hits += CloseCode.of(code).isPresent() ? 1 : 0;
        hits += CloseCodeRange.of(code).isPresent() ? 1 : 0;
        hits += CloseCodes.mayTravelInCloseFrame(code) ? 1 : 0;
        hits += CloseCodes.mayPassToBrowserClose(code) ? 1 : 0;
        hits += CloseCodes.isReportedLocallyOnly(code) ? 1 : 0;
        hits += CloseCodes.describe(code).length();
        hits += CloseCodes.isAcceptableReason("going away") ? 1 : 0;
      }
      sink[0] += hits;
    });
    // The counter itself may account a few bytes; a single allocation per call would be megabytes.
    assertEquals(0, bytes / 1024, "kilobytes allocated by 70,000 rounds of calls: " + bytes);
  }
}
