package dev.closecodes.model;

/**
 * SHA-256 (FIPS 180-4), the fingerprint that names a document's exact content and the generated
 * sources' mark. Written out rather than asked of {@code java.security.MessageDigest}: in the fresh
 * JVM of a compile, the first {@code MessageDigest} loads and registers the platform's security
 * providers, some fifty classes, which costs more than hashing every document a generation reads.
 */
public final class Sha256 {

  private static final int[] ROUND_CONSTANTS = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

  private static final int[] INITIAL_HASH = {
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Sha256() {}

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
  public static String hex(byte[] bytes) {
    int[] hash = INITIAL_HASH.clone();
    int[] schedule = new int[64];
    // The message, a 1 bit, zeros, and its length in bits as 8 bytes, in blocks of 64 bytes.
    long blocks = (bytes.length + 8L) / 64 + 1;
    byte[] tail = new byte[128];
    int fullBlocks = bytes.length / 64;
    int rest = bytes.length - fullBlocks * 64;
    System.arraycopy(bytes, fullBlocks * 64, tail, 0, rest);
    tail[rest] = (byte) 0x80;
    long bitLength = (long) bytes.length * 8;
    int tailLength = (int) (blocks - fullBlocks) * 64;
    for (int i = 0; i < 8; i++) {
      tail[tailLength - 1 - i] = (byte) (bitLength >>> (8 * i));
    }
    for (int block = 0; block < fullBlocks; block++) {
      compress(hash, schedule, bytes, block * 64);
    }
    for (int offset = 0; offset < tailLength; offset += 64) {
      compress(hash, schedule, tail, offset);
    }
    char[] out = new char[64];
    for (int i = 0; i < 8; i++) {
      for (int digit = 0; digit < 8; digit++) {
        out[i * 8 + digit] = HEX[(hash[i] >>> (28 - 4 * digit)) & 0xF];
      }
    }
    return new String(out);
  }

  private static void compress(int[] hash, int[] w, byte[] data, int offset) {
    for (int t = 0; t < 16; t++) {
      int at = offset + 4 * t;
      w[t] = (data[at] << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }
    for (int t = 16; t < 64; t++) {
      int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    int a = hash[0];
    int b = hash[1];
    int c = hash[2];
    int d = hash[3];
    int e = hash[4];
    int f = hash[5];
    int g = hash[6];
    int h = hash[7];
    for (int t = 0; t < 64; t++) {
      int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
      int choice = (e & f) ^ (~e & g);
      int t1 = h + sum1 + choice + ROUND_CONSTANTS[t] + w[t];
      int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
      int majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + sum0 + majority;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += c;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
  }
}
