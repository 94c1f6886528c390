package dev.closecodes.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs work under a CPU-time budget, and a wall-clock limit so that a hang fails instead of
 * hanging.
 */
public final class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  /** What the work returned and the CPU time it took. */
  public record Measured<T>(T value, Duration cpu) {}

  /** Runs {@code work} on this thread and measures its CPU time. */
  public static <T> Measured<T> measure(Supplier<T> work) {
    long start = THREADS.getCurrentThreadCpuTime();
    T value = work.get();
    return new Measured<>(value, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start));
  }

  /**
   * How often {@code within} runs work that is over its budget before it fails. The tests share
   * one JVM with hundreds of compilations: a collection, or the JIT compiling the code under test,
   * can land on one run and make it several times slower. Work over the budget on every run, as a
   * quadratic reader is by minutes, still fails.
   */
  static final int RUNS = 3;

  /**
   * Runs {@code work}, failing when it hangs or when it takes more than {@code budget} of CPU time
   * on each of {@link #RUNS} runs; a run within the budget ends it. The work must give the same
   * answer each time it runs.
   */
  public static <T> T within(Duration budget, Supplier<T> work) {
    List<Long> overMillis = new ArrayList<>();
    while (true) {
      Measured<T> measured =
          assertTimeoutPreemptively(budget.multipliedBy(10).plusSeconds(10), () -> measure(work));
      if (measured.cpu().compareTo(budget) <= 0) {
        return measured.value();
      }
      overMillis.add(measured.cpu().toMillis());
      if (overMillis.size() == RUNS) {
        fail("took " + overMillis.stream().map(ms -> ms + " ms").collect(Collectors.joining(", "))
            + " of CPU on " + RUNS + " runs; the budget is " + budget.toMillis() + " ms");
      }
    }
  }
}
