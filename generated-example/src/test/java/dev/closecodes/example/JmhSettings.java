package dev.closecodes.example;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings every JMH benchmark of this module runs with, inherited, so that the README's
 * tables compare like with like: average nanoseconds per operation, three warm-up and five
 * measured one-second iterations, in each of two forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public abstract class JmhSettings {

  /**
   * The step after {@code seed} of the fixed sequence benchmarks draw their inputs from (Knuth's
   * 64-bit linear congruential generator): the same inputs in every run. Its high bits are the
   * random ones; take them with {@code seed >>> 33}.
   */
  protected static long next(long seed) {
    return seed * 6364136223846793005L + 1442695040888963407L;
  }
}
