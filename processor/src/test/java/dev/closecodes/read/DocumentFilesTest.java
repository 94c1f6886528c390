package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.testing.SpecialFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Writing a file whole (the lock file, the inputs record, the output cache, a page {@code update}
 * replaces) changes the file a name stands for and nothing else: a link stays a link, the file
 * keeps its permissions, and what is no regular file (a device, a pipe) is not replaced by one.
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

  /**
   * A file written anew keeps its permissions (a page kept private, a lock file made read-only, a
   * script's execute bit), as an edit in place would, rather than taking the new file's defaults.
   */
  @ParameterizedTest
  @ValueSource(strings = {"rw-r-----", "r--r--r--", "rw-rw-r--", "rwx------"})
  void aReplacedFileKeepsItsPermissions(String permissions) throws IOException {
    Path file = Files.writeString(folder.resolve("file.txt"), "before", StandardCharsets.UTF_8);
    assumeTrue(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), file.getFileName());

    DocumentFiles.writeWhole(file, BYTES);
    assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    DocumentFiles.writeWhole(link, "through the link\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals("through the link\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
