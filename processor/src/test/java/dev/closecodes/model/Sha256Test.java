package dev.closecodes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The written-out SHA-256 is the platform's, at every length around a block's edges and beyond. */
class Sha256Test {

  @Test
  void theStandardsOwnExamplesHashAsPublished() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void everyLengthHashesAsTheJdkHashesIt() throws Exception {
    Random random = new Random(6455);
    MessageDigest platform = MessageDigest.getInstance("SHA-256");
    for (int length = 0; length <= 1100; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      assertEquals(HexFormat.of().formatHex(platform.digest(bytes)), Sha256.hex(bytes), "length " + length);
    }
    byte[] large = new byte[3_000_017];
    random.nextBytes(large);
    assertEquals(HexFormat.of().formatHex(platform.digest(large)), Sha256.hex(large));
  }
}
