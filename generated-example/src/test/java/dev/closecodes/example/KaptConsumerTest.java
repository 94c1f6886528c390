package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kotlin project set up from the README's kapt fragment: kapt runs the processor on a Java
 * {@code package-info.java} with the page given as a file, and Kotlin code uses the generated
 * types. It builds, runs, rebuilds quietly, regenerates after a page edit, and builds as well when
 * javac runs the processor a second time over kapt's output.
 */
class KaptConsumerTest {

  private static final String MARKER = "consumer-pom-kapt";

  @TempDir Path work;

  private static Path kaptProject(Path folder) throws IOException {
    Path project = ConsumerProjects.create(folder, MARKER);
    Path resources = MavenRuns.PROJECT.resolve("spec-source/src/main/resources");
    Files.createDirectories(project.resolve("src/closecodes"));
    Files.copy(resources.resolve("mdn/fr/web/api/closeevent/index.md"), project.resolve("src/closecodes/index.md"));
    Files.copy(resources.resolve("iana/websocket-close-codes.csv"), project.resolve("src/closecodes/registry.csv"));
    ConsumerProjects.write(project.resolve("src/main/java/com/example/ws/package-info.java"), """
        /** Close codes, for the Kotlin code. */
        @CloseCodeSpec(
            pages = "src/closecodes/index.md",
            registry = "src/closecodes/registry.csv",
            locales = "fr",
            lockFile = "closecodes.lock")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """);
    ConsumerProjects.write(project.resolve("src/main/kotlin/com/example/Main.kt"), """
        package com.example

        import com.example.ws.CloseCode
        import com.example.ws.CloseCodes

        fun main() {
            val code = CloseCode.of(1012).orElseThrow()
            println("$code ${CloseCodes.mayTravelInCloseFrame(code.code())} ${CloseCodes.mayTravelInCloseFrame(1005)}")
        }
        """);
    return project;
  }

  @Test
  void kaptGeneratesTheTypesKotlinUsesAndRebuildsQuietly() throws Exception {
    ConsumerProjects.installOnce(work);
    Path project = kaptProject(work.resolve("kapt"));
    MavenRuns.maven(project, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(Files.isRegularFile(project.resolve("target/generated-sources/kapt/compile/com/example/ws/CloseCode.java")));
    assertTrue(Files.isRegularFile(project.resolve("target/classes/com/example/ws/CloseCode.class")));
    assertEquals("SERVICE_RESTART true false", run(project));

    // The page's warnings are in the lock file now: the next build has nothing to say.
    String quiet = MavenRuns.maven(project, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertFalse(quiet.contains("[closecodes]"), quiet);

    // kapt runs on every build: an edit of the page regenerates without clean.
    ConsumerProjects.replace(project.resolve("src/closecodes/index.md"), "de pwotocowe. o.O", "de pwotocowe, revu.");
    MavenRuns.maven(project, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(Files.readString(project.resolve("target/generated-sources/kapt/compile/com/example/ws/CloseCode.java"),
        StandardCharsets.UTF_8).contains("revu."));
  }

  /**
   * The README's CI setting for kapt, which takes processor options in its own element: a build
   * whose lock file would change fails under the property and leaves the file as committed.
   */
  @Test
  void theLockedPropertyReachesTheProcessorThroughKapt() throws Exception {
    ConsumerProjects.installOnce(work);
    Path project = kaptProject(work.resolve("kapt"));
    Path pom = project.resolve("pom.xml");
    ConsumerProjects.replace(pom, "<annotationProcessorPaths>",
        ConsumerProjects.readmeFragment("locked-kapt-arg") + "<annotationProcessorPaths>");
    ConsumerProjects.replace(pom, "</properties>", ConsumerProjects.readmeFragment("locked-property") + "</properties>");
    Path lockFile = project.resolve("closecodes.lock");

    String none = MavenRuns.maven(project, 1, "-Dclosecodes.locked=true", "compile");
    assertTrue(none.contains("closecodes.lock:1: there is no lock file"), none);
    assertFalse(Files.exists(lockFile), none);

    MavenRuns.maven(project, 0, "compile");
    byte[] committed = Files.readAllBytes(lockFile);
    String current = MavenRuns.maven(project, 0, "-Dclosecodes.locked=true", "compile");
    assertFalse(current.contains("[closecodes]"), current);

    ConsumerProjects.replace(project.resolve("src/closecodes/index.md"), "de pwotocowe. o.O", "de pwotocowe, revu.");
    String stale = MavenRuns.maven(project, 1, "-Dclosecodes.locked=true", "compile");
    assertTrue(stale.contains("the option closecodes.locked keeps it as committed"), stale);
    assertArrayEquals(committed, Files.readAllBytes(lockFile));
  }

  @Test
  void javacRunningTheProcessorAgainOverKaptsOutputKeepsIt() throws Exception {
    ConsumerProjects.installOnce(work);
    Path project = kaptProject(work.resolve("twice"));
    ConsumerProjects.replace(project.resolve("pom.xml"), "<proc>none</proc>", """
        <annotationProcessorPaths>
          <path>
            <groupId>dev.closecodes</groupId>
            <artifactId>closecodes-processor</artifactId>
            <version>0.1.0-SNAPSHOT</version>
          </path>
        </annotationProcessorPaths>""");
    String build = MavenRuns.maven(project, 0, "-Dmaven.compiler.failOnWarning=true", "-Dmaven.compiler.showWarnings=true",
        "compile");
    assertFalse(build.contains("recreate"), build);
    assertFalse(build.contains("please report"), build);
    try (Stream<Path> javacOutput = Files.walk(project.resolve("target/generated-sources/annotations"))) {
      assertEquals(List.of(), javacOutput.filter(Files::isRegularFile).toList(), "javac kept kapt's files");
    }
    assertEquals("SERVICE_RESTART true false", run(project));
  }

  /** Runs the Kotlin {@code main} on the project's classes and the Kotlin standard library. */
  private static String run(Path project) throws IOException, InterruptedException {
    MavenRuns.maven(project, 0, "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath",
        "-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=runtime");
    String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
        + Files.readString(project.resolve("classpath.txt"), StandardCharsets.UTF_8).strip();
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, "com.example.MainKt").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
