package dev.closecodes.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The budget of the timed tests: a run that a collection or a compilation in the shared test JVM
 * made slow is run again, while work that is over the budget on every run, as a quadratic reader
 * is, fails.
 */
class CpuTimeTest {

  private static final Duration BUDGET = Duration.ofMillis(50);

  @Test
  void oneSlowRunIsRunAgain() {
    AtomicInteger runs = new AtomicInteger();
    int value = CpuTime.within(BUDGET, () -> {
      if (runs.incrementAndGet() == 1) {
        spin(BUDGET.multipliedBy(4));
      }
      return 42;
    });
    assertEquals(42, value);
    assertEquals(2, runs.get());
  }

  @Test
  void workOverTheBudgetOnEveryRunFails() {
    AtomicInteger runs = new AtomicInteger();
    AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> CpuTime.within(BUDGET, () -> {
      runs.incrementAndGet();
      spin(BUDGET.multipliedBy(2));
      return 0;
    }));
    assertEquals(CpuTime.RUNS, runs.get());
    assertTrue(failure.getMessage().contains("the budget is 50 ms"), failure.getMessage());
  }

  @Test
  void workWithinTheBudgetRunsOnce() {
    AtomicInteger runs = new AtomicInteger();
    assertEquals(7, CpuTime.within(BUDGET, () -> runs.incrementAndGet() * 7));
    assertEquals(1, runs.get());
  }

  /** Spins on this thread until it has used {@code cpu} of CPU time. */
  private static void spin(Duration cpu) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    while (threads.getCurrentThreadCpuTime() - start < cpu.toNanos()) {
      Thread.onSpinWait();
    }
  }
}
