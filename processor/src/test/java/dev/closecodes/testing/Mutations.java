package dev.closecodes.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The mutations of the fuzzers: flipped bits, cuts, repeats, splices with another seed, and
 * fragments inserted, one to four of them applied to a seed's bytes.
 */
public final class Mutations {

  /** The seed of a run's mutations: {@code -Dclosecodes.fuzz.seed=N}. */
  public static final long SEED = Long.getLong("closecodes.fuzz.seed", 6455L);

  /** How many of the mutants accepted are compiled: {@code -Dclosecodes.fuzz.compiles=N}. */
  public static final int COMPILES = Integer.getInteger("closecodes.fuzz.compiles", 3);

  /** The CPU time one mutant may take to be read and generated from. */
  public static final Duration BUDGET_PER_INPUT = Duration.ofSeconds(2);

  private Mutations() {}

  /** How many mutants a run makes: {@code -Dclosecodes.fuzz.iterations=N}, else {@code byDefault}. */
  public static int iterations(int byDefault) {
    return Integer.getInteger("closecodes.fuzz.iterations", byDefault);
  }

  /** Each fragment's UTF-8 bytes. */
  public static List<byte[]> utf8(List<String> fragments) {
    List<byte[]> bytes = new ArrayList<>(fragments.size());
    for (String fragment : fragments) {
      bytes.add(fragment.getBytes(StandardCharsets.UTF_8));
    }
    return bytes;
  }

  /** The bytes with one to four mutations, splicing in {@code seeds} and inserting {@code fragments}. */
  public static byte[] mutate(byte[] bytes, List<byte[]> seeds, List<byte[]> fragments, Random random) {
    byte[] mutant = bytes;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      mutant = switch (random.nextInt(6)) {
        case 0 -> flip(mutant, random);
        case 1 -> cut(mutant, random);
        case 2 -> repeat(mutant, random);
        case 3 -> splice(mutant, seeds.get(random.nextInt(seeds.size())), random);
        default -> insert(mutant, fragments.get(random.nextInt(fragments.size())), random);
      };
    }
    return mutant;
  }

  private static byte[] flip(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    if (copy.length > 0) {
      copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return copy;
  }

  private static byte[] cut(byte[] bytes, Random random) {
    if (bytes.length < 2) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int to = Math.min(bytes.length, from + 1 + random.nextInt(Math.min(bytes.length, 200)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, from);
    out.write(bytes, to, bytes.length - to);
    return out.toByteArray();
  }

  private static byte[] repeat(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    int from = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - from, 1 + random.nextInt(100));
    byte[] piece = Arrays.copyOfRange(bytes, from, from + length);
    byte[] repeated = new byte[piece.length * (2 + random.nextInt(50))];
    for (int i = 0; i < repeated.length; i += piece.length) {
      System.arraycopy(piece, 0, repeated, i, piece.length);
    }
    return insert(bytes, repeated, random);
  }

  private static byte[] splice(byte[] bytes, byte[] other, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    int from = other.length == 0 ? 0 : random.nextInt(other.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(other, from, other.length - from);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] bytes, byte[] piece, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(piece, 0, piece.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }
}
