package dev.closecodes.testing;

import java.util.Random;

/** Random texts for the tests that hold a fast path to the general one on every input. */
public final class RandomTexts {

  private RandomTexts() {}

  /** Up to {@code bound - 1} pieces, each one of {@code pieces}, joined. */
  public static String ofPieces(Random random, String[] pieces, int bound) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(bound); length > 0; length--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  /** Up to {@code bound - 1} characters, each one of {@code alphabet}'s. */
  public static String ofCharacters(Random random, String alphabet, int bound) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(bound); length > 0; length--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
