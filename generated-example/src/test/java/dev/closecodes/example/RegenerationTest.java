package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec update is a rebuild: Maven, run on a copy of this project, regenerates the example's
 * sources after an edit of a spec document, of the registry or of the processor, with no clean in
 * between, compiles again after an edit of its lock file, and compiles nothing when nothing changed. The lock file stops an edit that would
 * rename a constant. A user's own project, set up from the README, regenerates likewise after an
 * edit of its own page, in its resources or given as a file, and compiles again after an edit of
 * its lock file, and after a compile that failed on one of its own sources, once that is fixed.
 */
class RegenerationTest {

  @TempDir Path copy;

  private static final Path GENERATED = Path.of("generated-example", "target", "generated-sources", "annotations",
      "dev", "closecodes", "example");
  private static final Path PAGE = Path.of("spec-source", "src", "main", "resources", "mdn", "fr", "web", "api",
      "closeevent", "index.md");
  private static final Path REGISTRY = Path.of("spec-source", "src", "main", "resources", "iana",
      "websocket-close-codes.csv");

  @Test
  void editsOfTheSpecTheRegistryAndTheProcessorRegenerateWithoutClean() throws Exception {
    MavenRuns.copyProject(copy);

    String firstBuild = maven("compile");
    assertTrue(generated("CloseCode.java").contains("fewmetuwe n-nyowmawe"), firstBuild);
    assertTrue(generated("CloseCode.java").contains("TIMEOUT(3008"));

    String unchanged = maven("compile");
    assertFalse(unchanged.contains("Recompiling the module"), "nothing changed, nothing recompiles:\n" + unchanged);

    // An edit of the lock file alone compiles again, and a clean regeneration writes it back.
    Path lock = Path.of("generated-example", "closecodes.lock");
    String locked = Files.readString(copy.resolve(lock), StandardCharsets.UTF_8);
    String firstCode = locked.lines().filter(line -> line.startsWith("code\t1000\t")).findFirst().orElseThrow();
    replace(lock, firstCode, firstCode.substring(0, firstCode.lastIndexOf('\t') + 1) + "0".repeat(64));
    String lockEdit = maven("compile");
    assertTrue(lockEdit.contains("code 1000 has a new description since the lock file closecodes.lock"), lockEdit);
    assertTrue(Files.readString(copy.resolve(lock), StandardCharsets.UTF_8).equals(locked), "the lock file is written back");

    replace(PAGE, "fewmetuwe n-nyowmawe", "fewmetuwe wevisée");
    String pageEdit = maven("compile");
    // generated sources are ASCII: the page's é is a Unicode escape
    assertTrue(generated("CloseCode.java").contains("fewmetuwe wevis\\u00e9e"), "the page edit is generated");
    assertTrue(pageEdit.contains("code 1000 has a new description since the lock file closecodes.lock"), pageEdit);

    // The lock file guards the constants users' code refers to.
    replace(REGISTRY, "3008,3008,Timeout,", "3008,3008,Timed Out,");
    String renamed = mavenFailing("compile");
    assertTrue(renamed.contains("code 3008 is now TIMED_OUT, was TIMEOUT"), renamed);
    replace(REGISTRY, "3008,3008,Timed Out,", "3008,3008,Timeout,");

    replace(REGISTRY, "4000,4999,Private use,private,", "4000,4999,Private use,reserved,");
    String checkEdit = maven("compile");
    // no constant came or went, but the check answers otherwise: the lock file says so
    // (ASCII parts only: the build's console may not print the dashes of the ranges as they are)
    assertTrue(checkEdit.contains("CloseCodes.mayTravelInCloseFrame accepts 1000") && checkEdit.contains(
        "3999 now; it accepted 1000") && checkEdit.contains("4999 when this lock file was written"), checkEdit);
    assertTrue(generated("CloseCodes.java").contains("""
            return (code >= 1000 && code <= 1003)
                || (code >= 1007 && code <= 1014)
                || (code >= 3000 && code <= 3999);
        """), "the registry edit is generated");

    replace(Path.of("processor", "src", "main", "resources", "dev", "closecodes", "generate",
        "CloseCodes.java.template"), "Not instantiated: the checks are static.", "Not instantiated: every check is static.");
    maven("compile");
    assertTrue(generated("CloseCodes.java").contains("every check is static"), "the processor edit is generated");

    replace(PAGE, "fewmetuwe wevisée", "fewmetuwe wevisée deux fois");
    maven("package");
    assertTrue(generated("CloseCode.java").contains("fewmetuwe wevis\\u00e9e deux fois"), "package regenerates too");

    // A second package makes the same processor jar: it keeps its time, and nothing compiles again.
    Path jar = copy.resolve("processor/target/closecodes.jar");
    FileTime made = Files.getLastModifiedTime(jar);
    String again = maven("package");
    assertFalse(again.contains("Recompiling the module"), "nothing changed, nothing recompiles:\n" + again);
    assertFalse(again.contains("overlapping"), "the shade plugin takes the plain jar, not its own last output:\n" + again);
    assertEquals(made, Files.getLastModifiedTime(jar), "the processor jar is the one made before");
  }

  @Test
  void aConsumersOwnPagesInItsResourcesAndGivenAsAFileRegenerateWithoutClean() throws Exception {
    ConsumerProjects.installOnce(copy);
    Path consumer = ConsumerProjects.create(copy.resolve("consumer"));
    Path resourcePage = consumer.resolve("src/main/resources/closecodes/close-codes.md");
    ConsumerProjects.write(resourcePage, """
        | Code | Name | Description |
        | --- | --- | --- |
        | `1000` | Normal Closure | The session ended as planned. |
        | `1001` | Going Away | The service is shutting down. |
        """);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/package-info.java"), """
        /** Close codes of the public service. */
        @CloseCodeSpec(pages = "closecodes/close-codes.md", locales = "en",
            registry = "iana/websocket-close-codes.csv", lockFile = "closecodes.lock")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """);
    Path filePage = consumer.resolve("src/closecodes/admin.md");
    ConsumerProjects.write(filePage, """
        | Code | Name | Description |
        | --- | --- | --- |
        | `1000` | Normal Closure | The admin session ended. |
        | `1008` | Policy Violation | The admin broke a rule. |
        """);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/admin/package-info.java"), """
        /** Close codes of the admin console. */
        @CloseCodeSpec(pages = "src/closecodes/admin.md", locales = "en",
            registry = "iana/websocket-close-codes.csv")
        package com.example.admin;

        import dev.closecodes.CloseCodeSpec;
        """);
    Path generated = consumer.resolve("target/generated-sources/annotations/com/example");

    MavenRuns.maven(consumer, 0, "compile");
    assertTrue(read(generated.resolve("ws/CloseCode.java")).contains("The session ended as planned."));
    assertTrue(read(generated.resolve("admin/CloseCode.java")).contains("The admin broke a rule."));
    String unchanged = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(unchanged.contains("Nothing to compile"), "nothing changed, nothing recompiles:\n" + unchanged);
    String record = read(consumer.resolve("target/closecodes-inputs.tsv"));
    for (String input : new String[] {"/target/classes/closecodes/close-codes.md", "/src/closecodes/admin.md",
        "closecodes-spec-source-", "closecodes-processor-", "/consumer/closecodes.lock"}) {
      assertTrue(record.contains(input), "track-pages watches " + input + ":\n" + record);
    }

    ConsumerProjects.replace(resourcePage, "as planned", "as the client asked");
    String resourceEdit = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(read(generated.resolve("ws/CloseCode.java")).contains("The session ended as the client asked."),
        "the edit of the page in the resources is generated:\n" + resourceEdit);

    ConsumerProjects.replace(filePage, "broke a rule", "broke a house rule");
    String fileEdit = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(read(generated.resolve("admin/CloseCode.java")).contains("The admin broke a house rule."),
        "the edit of the page given as a file is generated:\n" + fileEdit);

    String again = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(again.contains("Nothing to compile"), "after the rebuild, nothing recompiles:\n" + again);

    // Each compile checks the lock file, so an edit of it alone compiles again: a damaged one fails
    // the build, and once it is put back, a build passes with nothing to compile after it.
    Path lock = consumer.resolve("closecodes.lock");
    String lockText = read(lock);
    ConsumerProjects.write(lock, lockText + "code\t1000\n");
    String damagedLock = MavenRuns.maven(consumer, 1, "compile");
    assertTrue(damagedLock.contains("the lock file cannot be read"), damagedLock);
    ConsumerProjects.write(lock, lockText);
    MavenRuns.maven(consumer, 0, "compile");
    String lockBack = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(lockBack.contains("Nothing to compile"), "after the lock file is back, nothing recompiles:\n" + lockBack);
  }

  /**
   * A page edited in the same change as an error in one of the project's own sources: the compile
   * fails after the processor ran, and leaves the old generated classes. The build after the fix
   * compiles them anew, whether the compiler plugin recompiles the module or only the sources whose
   * class files are out of date ({@code useIncrementalCompilation=false}), where the old classes
   * stayed for good.
   */
  @Test
  void aCompileThatFailedOnAnotherSourceRegeneratesOnceFixedInEitherCompilerMode() throws Exception {
    ConsumerProjects.installOnce(copy);
    for (String incremental : new String[] {"true", "false"}) {
      Path consumer = ConsumerProjects.create(copy.resolve("consumer-incremental-" + incremental));
      Path page = consumer.resolve("src/closecodes/close-codes.md");
      ConsumerProjects.write(page, """
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal Closure | The session ended as planned. |
          """);
      ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/package-info.java"), """
          /** Close codes. */
          @CloseCodeSpec(pages = "src/closecodes/close-codes.md", locales = "en",
              registry = "iana/websocket-close-codes.csv")
          package com.example.ws;

          import dev.closecodes.CloseCodeSpec;
          """);
      Path use = consumer.resolve("src/main/java/com/example/ws/Use.java");
      String working = """
          package com.example.ws;

          /** Uses a generated type. */
          final class Use {
            private Use() {}

            static String normal() {
              return CloseCode.NORMAL_CLOSURE.description();
            }
          }
          """;
      ConsumerProjects.write(use, working);
      Path closeCodeClass = consumer.resolve("target/classes/com/example/ws/CloseCode.class");
      String mode = "-Dmaven.compiler.useIncrementalCompilation=" + incremental;

      MavenRuns.maven(consumer, 0, mode, "compile");
      assertTrue(classText(closeCodeClass).contains("The session ended as planned."), incremental);

      ConsumerProjects.replace(page, "as planned", "as the client asked");
      ConsumerProjects.write(use, working.replace("static String normal() {", "static String normal() {\n    int broken = \"\";"));
      MavenRuns.maven(consumer, 1, mode, "compile");
      ConsumerProjects.write(use, working);
      String fixed = MavenRuns.maven(consumer, 0, mode, "compile");
      assertTrue(classText(closeCodeClass).contains("The session ended as the client asked."),
          "useIncrementalCompilation=" + incremental + ": the edited page is compiled once the error is fixed:\n" + fixed);
      String again = MavenRuns.maven(consumer, 0, mode, "compile");
      assertTrue(again.contains("Nothing to compile"), "useIncrementalCompilation=" + incremental + ":\n" + again);
    }
  }

  /** A class file's bytes as text: its ASCII strings stand in it as written. */
  private static String classText(Path classFile) throws IOException {
    return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private String generated(String file) throws IOException {
    return Files.readString(copy.resolve(GENERATED).resolve(file), StandardCharsets.UTF_8);
  }

  /** Replaces text in a file of the copy. */
  private void replace(Path file, String from, String to) throws IOException {
    ConsumerProjects.replace(copy.resolve(file), from, to);
  }

  private String maven(String phase) throws IOException, InterruptedException {
    return maven(phase, 0);
  }

  private String mavenFailing(String phase) throws IOException, InterruptedException {
    return maven(phase, 1);
  }

  /** Maven offline on the copy (the outer build has fetched everything), building the example and what it needs. */
  private String maven(String phase, int expectedExit) throws IOException, InterruptedException {
    return MavenRuns.maven(copy, expectedExit, "-o", "-DskipTests", "-Dmaven.javadoc.skip=true",
        "-pl", "generated-example", "-am", phase);
  }
}
