package dev.closecodes.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/** Runs work under a CPU-time budget, and a wall-clock limit so that a hang fails instead of hanging. */
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

  /** Runs {@code work}, failing when it takes more than {@code budget} of CPU time or hangs. */
  public static <T> T within(Duration budget, Supplier<T> work) {
    Measured<T> measured =
        assertTimeoutPreemptively(budget.multipliedBy(10).plusSeconds(10), () -> measure(work));
    assertTrue(measured.cpu().compareTo(budget) <= 0,
        "took " + measured.cpu().toMillis() + " ms of CPU; the budget is " + budget.toMillis() + " ms");
    return measured.value();
  }
}
