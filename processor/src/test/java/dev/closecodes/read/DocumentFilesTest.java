package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.testing.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a file whole (the lock file, the inputs record, the output cache, a page {@code update}
 * replaces) changes the file a name stands for and nothing else: a link stays a link, and what
 * is no regular file (a device, a pipe) is not replaced by one.
 */
class DocumentFilesTest {

  private static final byte[] BYTES = "written whole\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;

  @Test
  void aLinkStaysALinkAndTheFileItNamesIsReplaced() throws IOException {
    Path target = Files.writeString(folder.resolve("target.txt"), "before", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), target.getFileName());
    Path linkToLink = Files.createSymbolicLink(folder.resolve("outer.txt"), link.getFileName());

    DocumentFiles.writeWhole(linkToLink, BYTES);

    assertTrue(Files.isSymbolicLink(linkToLink) && Files.isSymbolicLink(link), "both links kept");
    assertArrayEquals(BYTES, Files.readAllBytes(target));
    assertEquals(List.of("link.txt", "outer.txt", "target.txt"), names(folder), "nothing left beside them");
  }

  @Test
  void aLinkToNothingYetMakesTheFileItNames() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("made", "target.txt"));
    DocumentFiles.writeWhole(link, BYTES);
    assertTrue(Files.isSymbolicLink(link));
    assertArrayEquals(BYTES, Files.readAllBytes(folder.resolve("made/target.txt")));
  }

  @Test
  void aPipeIsNotReplacedByAFile() throws Exception {
    Path pipe = folder.resolve("pipe");
    SpecialFiles.pipeAt(pipe);

    IOException refused = assertThrows(IOException.class, () -> DocumentFiles.writeWhole(pipe, BYTES));
    assertEquals("not a regular file (a pipe, a socket or a device)", DocumentFiles.reason(refused));
    assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a pipe");
    assertEquals(List.of("pipe"), names(folder), "nothing left beside it");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
