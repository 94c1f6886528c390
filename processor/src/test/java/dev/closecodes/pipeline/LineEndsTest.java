package dev.closecodes.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Generation;
import dev.closecodes.testing.SpecSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page and a registry checked out with CRLF line ends, as Git for Windows checks text files out
 * by default, generate the same bytes and say the same as the LF copies Git stores. The generated
 * sources name each document by its SHA-256; one taken over the bytes as checked out gave the
 * same commit other sources on Windows than elsewhere, and a sources jar that differed by machine.
 */
class LineEndsTest {

  @Test
  void theReceivedPageWithCrlfLineEndsGeneratesTheSameBytes() throws IOException {
    assertTheSameWithCrlf(List.of(SpecSource.RECEIVED_PAGE));
  }

  /** The latest version of each page of the corpus that has a table: one of each locale. */
  @Test
  void theLatestPageOfEachLocaleWithCrlfLineEndsGeneratesTheSameBytes() throws IOException {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    List<Path> files = Corpus.newestOfEachSeries().stream().map(Corpus.Page::file).toList();
    assertFalse(files.isEmpty());
    assertTheSameWithCrlf(files);
  }

  /** Line ends are all that is set aside: any other change of a byte names another document. */
  @Test
  void aDocumentThatDiffersInMoreThanLineEndsHasAnotherHash() {
    Document page = new Document("page.md", "a\nb\n".getBytes(UTF_8));
    assertEquals(page.sha256(), new Document("page.md", crlf(page.bytes())).sha256());
    assertNotEquals(page.sha256(), new Document("page.md", "a\rb\n".getBytes(UTF_8))
        .sha256(), "a lone carriage return is no line end Git converts");
    assertNotEquals(page.sha256(), new Document("page.md", "a\n\nb\n".getBytes(UTF_8))
        .sha256());
    assertEquals(Document.sha256("a\nb\n".getBytes(UTF_8)), page.sha256(),
        "an LF document is named by the SHA-256 of its bytes, as sha256sum names it");
  }

  private static void assertTheSameWithCrlf(List<Path> pages) throws IOException {
    byte[] registry = Files.readAllBytes(SpecSource.REGISTRY);
    for (Path page : pages) {
      byte[] bytes = Files.readAllBytes(page);
      String name = page.toString().replace('\\', '/');
      Generation withLf = Generation.run(request(new Document(name, lf(bytes)), new Document("registry.csv", registry)));
      assertFalse(withLf.hasErrors(), page + ": " + withLf.diagnostics());
      Generation withCrlf = Generation.run(
          request(new Document(name, crlf(bytes)), new Document("registry.csv", crlf(registry))));
      assertEquals(withLf.files(), withCrlf.files(), page.toString());
      assertEquals(withLf.diagnostics(), withCrlf.diagnostics(), page.toString());
    }
  }

  private static Pipeline.Request request(Document page, Document registry) {
    return new Pipeline.Request("org.example.ws", List.of(page), Optional.of(registry), ChecksFrom.REGISTRY);
  }

  /** The bytes with each CRLF made LF. */
  private static byte[] lf(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
        out.write(bytes[i]);
      }
    }
    return out.toByteArray();
  }

  /** The bytes with each LF made CRLF, as Git for Windows checks a text file out. */
  private static byte[] crlf(byte[] bytes) {
    byte[] plain = lf(bytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + plain.length / 40);
    for (byte b : plain) {
      if (b == '\n') {
        out.write('\r');
      }
      out.write(b);
    }
    return out.toByteArray();
  }
}
