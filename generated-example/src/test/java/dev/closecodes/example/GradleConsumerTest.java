package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Gradle project set up from the README: its {@code build.gradle} for Gradle 4, the quick
 * start's annotation and a page as a file, built by the Gradle on the path (Debian's 4.4.1, which
 * {@code .ci/run} installs) on the JDK that runs these tests, under warnings as errors.
 */
class GradleConsumerTest {

  @TempDir Path work;

  private Path gradle;

  @BeforeEach
  void findGradle() throws Exception {
    Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, "gradle"))
        .filter(Files::isExecutable)
        .findFirst();
    assumeTrue(found.isPresent(), "no Gradle on the path; .ci/run installs Debian's");
    gradle = found.get();
    String version = run(work, 0, "--version");
    assumeTrue(version.contains("\nGradle 4."), "the README's build.gradle is for Gradle 4; found:\n" + version);
    ConsumerProjects.installOnce(work);
  }

  @Test
  void aProjectSetUpFromTheReadmeRegeneratesOnAPageEditOnlyAndReportsABrokenRowByFileAndLine() throws Exception {
    Path project = gradleProject(work.resolve("consumer"));
    Files.writeString(project.resolve("settings.gradle"), "rootProject.name = 'consumer'\n", StandardCharsets.UTF_8);
    Path generated = project.resolve("build/generated/sources/annotationProcessor/java/main/com/example/ws");

    String first = run(project, 0, "compileJava");
    String closeCode = Files.readString(generated.resolve("CloseCode.java"), StandardCharsets.UTF_8);
    assertTrue(closeCode.contains("The session ended as <em>planned</em>."), first);
    assertTrue(closeCode.contains("QUOTA_EXCEEDED(4000"), closeCode);
    assertTrue(Files.isRegularFile(project.resolve("build/classes/java/main/com/example/ws/Quota.class")), first);
    assertFalse(Files.exists(project.resolve("build/classes/java/main/com/example/ws/CloseCode.java")),
        "the sources are not among the classes");
    assertTrue(Files.readString(project.resolve("closecodes.lock"), StandardCharsets.UTF_8).contains("QUOTA_EXCEEDED"),
        "the lock file is in the project's folder, found from the class output");

    assertFalse(run(project, 0, "compileJava").contains(":compileJava UP-TO-DATE"), "the new lock file is an input");
    assertTrue(run(project, 0, "compileJava").contains(":compileJava UP-TO-DATE"), "nothing changed since");

    Path page = project.resolve("src/closecodes/close-codes.md");
    ConsumerProjects.replace(page, "Something broke on our side.", "Something broke on our side, and we are on it.");
    String edited = run(project, 0, "compileJava");
    assertTrue(edited.contains("src/closecodes/close-codes.md:5: code 1011 has a new description since the lock file"), edited);
    assertTrue(Files.readString(generated.resolve("CloseCode.java"), StandardCharsets.UTF_8).contains("and we are on it."));
    assertFalse(run(project, 0, "compileJava").contains(":compileJava UP-TO-DATE"), "the lock file it rewrote");
    assertTrue(run(project, 0, "compileJava").contains(":compileJava UP-TO-DATE"), "nothing changed since");

    byte[][] before = contents(generated);
    ConsumerProjects.replace(project.resolve("src/main/java/com/example/ws/Quota.java"), "over its quota.", "over its quota today.");
    String recompiled = run(project, 0, "compileJava");
    assertFalse(recompiled.contains(":compileJava UP-TO-DATE"), recompiled);
    assertArrayEquals(before, contents(generated), "the same sources, byte for byte");

    ConsumerProjects.replace(page, "| `1001` |", "| `10o1` |");
    String broken = run(project, 1, "compileJava");
    assertTrue(broken.contains("error: [closecodes] src/closecodes/close-codes.md:4: '10o1' is not a close code"), broken);
    assertTrue(broken.contains("BUILD FAILED"), broken);
  }

  @Test
  void aSubprojectReadsItsPagesFromItsOwnFolderKeepsItsOwnLockFileAndIsToldHowToNameAResource() throws Exception {
    Path root = work.resolve("multi");
    Path module = gradleProject(root.resolve("ws"));
    Files.writeString(root.resolve("settings.gradle"), "rootProject.name = 'multi'\ninclude 'ws'\n", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("build.gradle"), "// the subprojects say how they build\n", StandardCharsets.UTF_8);

    // Named as a resource, as a Maven build may name it: Gradle copies resources after compiling.
    Path page = module.resolve("src/closecodes/close-codes.md");
    Path resource = module.resolve("src/main/resources/closecodes/close-codes.md");
    Files.createDirectories(resource.getParent());
    Files.move(page, resource);
    Path packageInfo = module.resolve("src/main/java/com/example/ws/package-info.java");
    ConsumerProjects.replace(packageInfo, "pages = \"src/closecodes/close-codes.md\"", "pages = \"closecodes/close-codes.md\"");
    String asResource = run(root, 1, ":ws:compileJava");
    assertTrue(asResource.contains("the project holds it among its resources, src/main/resources/closecodes/close-codes.md,"),
        asResource);
    assertTrue(asResource.contains("name that file, pages = \"src/main/resources/closecodes/close-codes.md\""), asResource);

    ConsumerProjects.replace(packageInfo, "pages = \"closecodes/close-codes.md\"",
        "pages = \"src/main/resources/closecodes/close-codes.md\"");
    String build = run(root, 0, ":ws:compileJava");
    assertTrue(Files.isRegularFile(module.resolve("build/classes/java/main/com/example/ws/CloseCode.class")), build);
    assertTrue(Files.isRegularFile(module.resolve("closecodes.lock")), build);
    assertFalse(Files.exists(root.resolve("closecodes.lock")), build);
  }

  /**
   * A subproject that the root's build configures has no build file of its own: its pages and its
   * lock file are its folder's all the same, not the root's.
   */
  @Test
  void aSubprojectConfiguredFromTheRootsBuildIsStillItsOwnFolder() throws Exception {
    Path root = work.resolve("configured-from-root");
    Path module = gradleProject(root.resolve("ws"));
    Path buildFile = module.resolve("build.gradle");
    Files.writeString(root.resolve("build.gradle"),
        "project(':ws') {\n" + Files.readString(buildFile, StandardCharsets.UTF_8) + "}\n", StandardCharsets.UTF_8);
    Files.delete(buildFile);
    Files.writeString(root.resolve("settings.gradle"), "rootProject.name = 'multi'\ninclude 'ws'\n", StandardCharsets.UTF_8);

    String build = run(root, 0, ":ws:compileJava");
    assertTrue(Files.isRegularFile(module.resolve("build/classes/java/main/com/example/ws/Quota.class")), build);
    assertTrue(Files.isRegularFile(module.resolve("closecodes.lock")), build);
    assertFalse(Files.exists(root.resolve("closecodes.lock")), build);
  }

  /** A project in {@code folder}: the README's build.gradle under {@code -Werror}, the quick start's annotation, a page and a class. */
  private static Path gradleProject(Path folder) throws IOException {
    ConsumerProjects.write(folder.resolve("build.gradle"), ConsumerProjects.readmeBlock("gradle-groovy", "groovy")
        + "\ncompileJava.options.compilerArgs += ['-Werror']\n");
    ConsumerProjects.write(folder.resolve("src/main/java/com/example/ws/package-info.java"),
        ConsumerProjects.readmeBlock("quick-start-annotation", "java"));
    ConsumerProjects.write(folder.resolve("src/closecodes/close-codes.md"), """
        | Code | Name | Description |
        | --- | --- | --- |
        | `1000` | Normal Closure | The session ended as *planned*. |
        | `1001` | Going Away | The service is shutting down. |
        | `1011` | Internal Error | Something broke on our side. |
        | `4000`–`4999` | | Codes of our own. |
        | `4000` | Quota Exceeded | The client sent more than its quota. |
        """);
    ConsumerProjects.write(folder.resolve("src/main/java/com/example/ws/Quota.java"), """
        package com.example.ws;

        /** The code for a client over its quota. */
        public final class Quota {
          private Quota() {}

          /**
           * The code to close with.
           *
           * @return the code for a client over its quota.
           */
          public static int code() {
            return CloseCode.QUOTA_EXCEEDED.code();
          }
        }
        """);
    return folder;
  }

  /** Each file's bytes in {@code folder}, in the order of their names. */
  private static byte[][] contents(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<byte[]> all = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        all.add(Files.readAllBytes(file));
      }
      assertEquals(5, all.size(), folder.toString());
      return all.toArray(byte[][]::new);
    }
  }

  /**
   * Runs Gradle in {@code folder}, offline and without a daemon, with a Gradle home of this test's
   * own, on this JVM's JDK; fails unless it exits with {@code expectedExit}.
   */
  private String run(Path folder, int expectedExit, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(gradle.toString(), "--offline", "--no-daemon", "--console=plain",
        "--gradle-user-home", work.resolve("gradle-home").toString()));
    command.addAll(List.of(arguments));
    return MavenRuns.runLogged(command, folder, Files.createTempFile(work, "gradle-", ".log"),
        Optional.of(Path.of(System.getProperty("java.home"))), expectedExit);
  }
}
