package dev.closecodes.pipeline;

import java.text.Normalizer;

/**
 * How javac reads a name a user writes for the generated code (a constant in {@code names()}, the
 * command line's {@code --package}) where that differs from how it is written. javac leaves the
 * characters Java ignores in identifiers out of a name (a zero-width space, a soft hyphen, a bidi
 * control, a control character: invisible, and easily pasted in with a name), so such a name
 * compiles as another. And it tells a letter spelled with a combining accent from the composed
 * letter a keyboard types, though the two look the same.
 */
public final class JavaNameSpelling {

  private JavaNameSpelling() {}

  /** The first character of the name that javac leaves out of it, or -1 where there is none. */
  public static int firstIgnored(String name) {
    for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
      int c = name.codePointAt(i);
      if (Character.isIdentifierIgnorable(c)) {
        return c;
      }
    }
    return -1;
  }

  /** The name as javac reads it: without the characters it leaves out. */
  public static String asRead(String name) {
    StringBuilder kept = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
      int c = name.codePointAt(i);
      if (!Character.isIdentifierIgnorable(c)) {
        kept.appendCodePoint(c);
      }
    }
    return kept.toString();
  }

  /** The name in Unicode's composed form (NFC), as a keyboard types it; the name itself when it is. */
  public static String composed(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        // Only here: the normalizer's first use loads some 40 classes and their data.
        return Normalizer.normalize(name, Normalizer.Form.NFC);
      }
    }
    return name;
  }
}
