package dev.closecodes.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources of a compile's source folders, as both goals look for them. */
final class JavaSources {

  private JavaSources() {}

  /** The {@code .java} files below the folder, at any depth; none where it is no folder. */
  static List<Path> in(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".java") && Files.isRegularFile(file))
          .toList();
    }
  }
}
