package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Maven run on copies of this project and on projects the tests make, as a user would run it. */
final class MavenRuns {

  /** This project's top folder. */
  static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  private MavenRuns() {}

  /** The one jar in a module's target folder whose name starts so, as the build made it. */
  static Path builtJar(String module, String prefix) throws IOException {
    try (Stream<Path> jars = Files.list(PROJECT.resolve(module).resolve("target"))) {
      List<Path> found = jars.filter(jar -> jar.getFileName().toString().startsWith(prefix)
          && jar.getFileName().toString().endsWith(".jar")).toList();
      assertEquals(1, found.size(), module + ": " + found);
      return found.get(0);
    }
  }

  /**
   * Runs Maven in {@code folder} and returns its output, failing unless it exits with
   * {@code expectedExit}. The output is kept beside the project as {@code maven-N.log}.
   */
  static String maven(Path folder, int expectedExit, String... arguments) throws IOException, InterruptedException {
    return maven(folder, Optional.empty(), expectedExit, arguments);
  }

  /** {@link #maven(Path, int, String...)} on the given JDK, where one is given. */
  static String maven(Path folder, Optional<Path> javaHome, int expectedExit, String... arguments)
      throws IOException, InterruptedException {
    String home = System.getProperty("maven.home");
    String mvn = home != null && Files.isExecutable(Path.of(home, "bin", "mvn")) ? Path.of(home, "bin", "mvn").toString() : "mvn";
    List<String> command = new ArrayList<>(List.of(mvn, "-B"));
    command.addAll(List.of(arguments));
    Path log;
    try (Stream<Path> logs = Files.list(folder)) {
      log = folder.resolve("maven-" + logs.filter(p -> p.getFileName().toString().startsWith("maven-")).count() + ".log");
    }
    return runLogged(command, folder, log, javaHome, expectedExit);
  }

  /**
   * Runs a build tool's {@code command} in {@code folder}, its output into {@code log}, with
   * {@code JAVA_HOME} the given JDK where one is given; returns the output, failing unless the
   * command exits with {@code expectedExit} within ten minutes.
   */
  static String runLogged(List<String> command, Path folder, Path log, Optional<Path> javaHome, int expectedExit)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    javaHome.ifPresent(jdk -> builder.environment().put("JAVA_HOME", jdk.toString()));
    Process process = builder.start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), command + " finished");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(expectedExit, process.exitValue(),
        command + "\n" + (output.length() > 4000 ? output.substring(output.length() - 4000) : output));
    return output;
  }

  /** Copies this project's sources, without build output, into {@code to}. */
  static void copyProject(Path to) throws IOException {
    for (String part : List.of("pom.xml", "spec-source", "processor", "generated-example")) {
      Path source = PROJECT.resolve(part);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path relative = PROJECT.relativize(file);
          if (StreamSupport.stream(relative.spliterator(), false).anyMatch(name -> name.toString().equals("target"))) {
            continue; // build output of any module, the nested annotation module's too
          }
          Path target = to.resolve(relative.toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
  }
}
