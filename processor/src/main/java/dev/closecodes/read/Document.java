package dev.closecodes.read;

import dev.closecodes.model.Sha256;

/**
 * A document as given: an MDN page or the registry, its name and its bytes, not yet read.
 *
 * @param name the name the user gave it: a path or a resource name, as diagnostics quote it
 * @param bytes its content
 */
public record Document(String name, byte[] bytes) {

  /** The SHA-256 of the bytes in lower-case hex, which names this exact content in what is generated. */
  public String sha256() {
    return sha256(bytes);
  }

  /** The SHA-256 of {@code bytes} in lower-case hex. */
  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
