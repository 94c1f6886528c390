package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The processor jar is self-contained and keeps to its own names, as the README says: every class
 * in it is closecodes' own or a library's relocated under {@code dev.closecodes.shaded}, so that
 * nothing in it can stand for a class of the same name elsewhere on a path.
 */
class ProcessorJarTest {

  /**
   * jsoup ships classes for Java 11 under {@code META-INF/versions/11/org/jsoup}, which relocation
   * left under their own names: unused (the jar is no multi-release jar), but {@code org.jsoup}
   * classes all the same, in a jar said to hold none.
   */
  @Test
  void everyClassInTheJarIsClosecodesOwnOrRelocated() throws IOException {
    Path jar = MavenRuns.builtJar("processor", "closecodes.jar");
    List<String> classes;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      classes = Collections.list(zip.entries()).stream()
          .map(ZipEntry::getName)
          .filter(name -> name.endsWith(".class"))
          .toList();
    }
    assertTrue(classes.stream().anyMatch(name -> name.startsWith("dev/closecodes/shaded/jsoup/")), jar.toString());
    assertEquals(List.of(), classes.stream().filter(name -> !name.startsWith("dev/closecodes/")).toList());
  }
}
