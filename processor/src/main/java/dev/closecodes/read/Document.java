package dev.closecodes.read;

import dev.closecodes.model.Sha256;

/**
 * A document as given: an MDN page or the registry, its name and its bytes, not yet read.
 *
 * @param name the name the user gave it: a path or a resource name, as diagnostics quote it
 * @param bytes its content
 */
public record Document(String name, byte[] bytes) {

  /**
   * The SHA-256, in lower-case hex, that names this document in what is generated: of its bytes with
   * each CRLF read as LF, as Git stores a text file. A checkout with CRLF line ends (Git for Windows'
   * default) so names the same document, and generates the same bytes, as one with LF, for which
   * this is the SHA-256 of the bytes as they are.
   */
  public String sha256() {
    return sha256(withLfLineEnds(bytes));
  }

  /** The SHA-256 of exactly these bytes in lower-case hex, which tells any change of them. */
  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  /** The bytes with each CR that comes before an LF left out; the same array where there is none. */
  static byte[] withLfLineEnds(byte[] bytes) {
    int crlf = 0;
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        crlf++;
      }
    }
    if (crlf == 0) {
      return bytes;
    }
    byte[] lf = new byte[bytes.length - crlf];
    int at = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
        lf[at++] = bytes[i];
      }
    }
    return lf;
  }
}
