package dev.closecodes.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Projects of a user's own, outside this build, set up from the README alone: this project's
 * artifacts installed as {@code mvn install} installs them, and a pom.xml that is the README's
 * consumer fragment as written.
 */
final class ConsumerProjects {

  private static boolean installed;

  private ConsumerProjects() {}

  /** The README's fragment for javac: its {@code consumer-pom} markers. */
  static final String JAVAC = "consumer-pom";

  /** The README's fragment for the Eclipse compiler: its {@code consumer-pom-ecj} markers. */
  static final String ECJ = "consumer-pom-ecj";

  /** The fragment between the README's {@code <!-- MARKER:start -->} and end markers, without its code fence. */
  static String readmeFragment(String marker) throws IOException {
    return readmeBlock(marker, "xml");
  }

  /** The code block of the given language between the README's markers, without its fence. */
  static String readmeBlock(String marker, String language) throws IOException {
    String readme = Files.readString(MavenRuns.PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
    String marked = readme.substring(readme.indexOf("<!-- " + marker + ":start -->"), readme.indexOf("<!-- " + marker + ":end -->"));
    String fence = "```" + language;
    return marked.substring(marked.indexOf(fence) + fence.length(), marked.lastIndexOf("```")).stripLeading();
  }

  /**
   * Installs this project's artifacts into the local repository, from a copy of its sources in
   * {@code work}; once for all the tests of one run.
   */
  static synchronized void installOnce(Path work) throws IOException, InterruptedException {
    if (installed) {
      return;
    }
    Path closecodes = work.resolve("closecodes");
    MavenRuns.copyProject(closecodes);
    MavenRuns.maven(closecodes, 0, "-q", "-DskipTests", "-Dmaven.javadoc.skip=true", "-pl", "spec-source,processor/maven-plugin", "-am", "install");
    installed = true;
  }

  /** A new project in {@code folder} whose pom.xml is the README's fragment for javac, and nothing else. */
  static Path create(Path folder) throws IOException {
    return create(folder, JAVAC);
  }

  /** A new project in {@code folder} whose pom.xml is the README's fragment within {@code marker}. */
  static Path create(Path folder, String marker) throws IOException {
    write(folder.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>consumer</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        """ + readmeFragment(marker) + "</project>\n");
    return folder;
  }

  /** Writes {@code text} to {@code file} in UTF-8, making its folders. */
  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Deletes a folder and all in it, if it is there. */
  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Replaces {@code from} with {@code to} in {@code file}, which must hold it. */
  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.contains(from)) {
      throw new AssertionError(file + " does not hold " + from);
    }
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
