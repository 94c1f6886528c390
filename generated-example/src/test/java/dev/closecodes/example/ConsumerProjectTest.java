package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project of a user's own, outside this build, set up from the README alone: its pom.xml is the
 * README's consumer fragment as written, its page its own, in its own resources. It builds under
 * {@code -Xlint:all} with warnings as errors (its page's locale, registry and names given, so
 * closecodes has nothing to warn of), and its sources see the annotation and nothing of
 * the processor's libraries. The README's fragment for the Eclipse compiler builds the same
 * project and generates the same files. This project's artifacts are installed first, from a copy,
 * as {@code mvn install} installs them for a user.
 */
class ConsumerProjectTest {

  @TempDir Path work;

  @Test
  void aProjectSetUpFromTheReadmeBuildsWithItsOwnPageUnderLintAndSeesNoLibraryOfTheProcessor() throws Exception {
    Path consumer = ownConsumer("consumer");

    String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    Path generated = consumer.resolve("target/generated-sources/annotations/com/example/ws");
    String closeCode = Files.readString(generated.resolve("CloseCode.java"), StandardCharsets.UTF_8);
    assertTrue(closeCode.contains("QUOTA_EXCEEDED(4000"), build);
    assertTrue(closeCode.contains("The session ended as <em>planned</em>."), closeCode);
    for (String type : new String[] {"CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames"}) {
      assertTrue(Files.isRegularFile(generated.resolve(type + ".java")), type);
    }
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/Quota.class")), build);

    // What the sources compile against is the annotation artifact, and nothing else.
    MavenRuns.maven(consumer, 0, "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath",
        "-Dmdep.includeScope=compile", "-Dmdep.outputFile=compile-classpath.txt");
    String classPath = Files.readString(consumer.resolve("compile-classpath.txt"), StandardCharsets.UTF_8).strip();
    assertEquals(1, classPath.split(java.io.File.pathSeparator).length, classPath);
    assertTrue(Path.of(classPath).getFileName().toString().startsWith("closecodes-annotation-"), classPath);

    // The processor's libraries are inside its jar, relocated: a source that reaches for them fails.
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/Leak.java"), """
        package com.example.ws;

        /** Reaches for what must not be there. */
        final class Leak {
          private Leak() {}

          static Object[] all() {
            return new Object[] {new com.google.gson.Gson(), com.palantir.javapoet.ClassName.OBJECT,
                org.jsoup.Jsoup.parse(""), org.commonmark.parser.Parser.builder()};
          }
        }
        """);
    String leak = MavenRuns.maven(consumer, 1, "compile");
    for (String library : new String[] {"com.google.gson", "com.palantir.javapoet", "org.jsoup", "org.commonmark.parser"}) {
      assertTrue(leak.contains("package " + library + " does not exist"), library + "\n" + leak);
    }
  }

  /**
   * Maven's compiler plugin 3.11.0 passes the folder of the generated sources to javac as sources
   * to read, where javac finds the last compile's output when the processor creates the same types
   * again. A project from the fragment with that version, under warnings as errors, builds the first
   * time and fails the next, on javac's warning of implicitly compiled files; track-pages says why
   * before the compiler runs, and the compiler argument it names mends it.
   */
  @Test
  void onCompilerPlugin3110TrackPagesNamesTheMendForJavacsWarningOfImplicitlyCompiledFiles() throws Exception {
    Path consumer = ownConsumer("compiler-3.11.0");
    Path pom = consumer.resolve("pom.xml");
    ConsumerProjects.replace(pom, "<artifactId>maven-compiler-plugin</artifactId>\n      <version>3.16.0</version>",
        "<artifactId>maven-compiler-plugin</artifactId>\n      <version>3.11.0</version>");
    String implicit = "Implicitly compiled files were not subject to annotation processing";
    String mend = "use version 3.12.0 or later, or add the compiler argument -implicit:class";

    String first = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertFalse(first.contains(implicit) || first.contains(mend), first);

    Path quota = consumer.resolve("src/main/java/com/example/ws/Quota.java");
    ConsumerProjects.replace(quota, "over its quota.", "over its quota, at once.");
    String second = MavenRuns.maven(consumer, 1, "-Dmaven.compiler.failOnWarning=true", "compile");
    String javacSays = "[WARNING] " + implicit; // javac's line, where track-pages quotes it
    assertTrue(second.contains(javacSays), second);
    assertTrue(second.contains("[WARNING] closecodes: maven-compiler-plugin 3.11.0 passes the generated sources"), second);
    assertTrue(second.indexOf(mend) < second.indexOf(javacSays), "said before javac runs\n" + second);

    ConsumerProjects.replace(pom, "<arg>-Xlint:-processing</arg>", "<arg>-Xlint:-processing</arg>\n<arg>-implicit:class</arg>");
    ConsumerProjects.replace(quota, "at once.", "at once, and for good.");
    String mended = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(mended.contains("Compiling 2 source files"), "it compiled again\n" + mended);
    assertFalse(mended.contains(implicit) || mended.contains(mend), mended);
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/CloseCode.class")), mended);
  }

  /**
   * A new project in {@code work/name} from the README's fragment, with the consumer's own page and
   * sources, this project installed first.
   */
  private Path ownConsumer(String name) throws IOException, InterruptedException {
    ConsumerProjects.installOnce(work);
    Path consumer = ConsumerProjects.create(work.resolve(name));
    writeOwnPageAndSources(consumer);
    return consumer;
  }

  /** The consumer's own page, in its resources, the annotated package, and a class that uses what is generated. */
  private static void writeOwnPageAndSources(Path consumer) throws IOException {
    ConsumerProjects.write(consumer.resolve("src/main/resources/closecodes/close-codes.md"), """
        # How our service closes connections

        | Code | Name | Description |
        | --- | --- | --- |
        | `1000` | Normal Closure | The session ended as *planned*. |
        | `1001` | Going Away | The service is shutting down; see [the status page](https://status.example.com/). |
        | `1011` | Internal Error | Something broke on our side. |
        | `4000`–`4999` | | Codes of our own. |
        | `4000` | Quota Exceeded | The client sent more than its quota. |
        """);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/package-info.java"), """
        /** How our service closes connections. */
        @CloseCodeSpec(
            pages = "closecodes/close-codes.md",
            locales = "en",
            registry = "iana/websocket-close-codes.csv",
            names = @CloseCodeSpec.Name(code = 4000, constant = "QUOTA_EXCEEDED"))
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/ws/Quota.java"), """
        package com.example.ws;

        /** Closes a client that is over its quota. */
        public final class Quota {
          private Quota() {}

          /**
           * The close frame for a client over its quota.
           *
           * @return the payload
           */
          public static byte[] closeFrame() {
            return CloseFrames.encode(CloseCode.QUOTA_EXCEEDED.code(), "over quota");
          }
        }
        """);
  }

  @Test
  void aProjectOnTheEclipseCompilerSetUpFromTheReadmeGeneratesWhatJavacGenerates() throws Exception {
    ConsumerProjects.installOnce(work);
    Path javac = ConsumerProjects.create(work.resolve("javac"), ConsumerProjects.JAVAC);
    Path ecj = ConsumerProjects.create(work.resolve("ecj"), ConsumerProjects.ECJ);
    writeOwnPageAndSources(javac);
    writeOwnPageAndSources(ecj);
    MavenRuns.maven(javac, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    String build = MavenRuns.maven(ecj, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(build.contains("Compiling with eclipse"), build);

    Path generated = Path.of("target/generated-sources/annotations/com/example/ws");
    for (String type : new String[] {"CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames"}) {
      Path file = generated.resolve(type + ".java");
      assertTrue(Files.isRegularFile(ecj.resolve(file)), "ECJ ran the processor: " + type + "\n" + build);
      assertEquals(Files.readString(javac.resolve(file), StandardCharsets.UTF_8),
          Files.readString(ecj.resolve(file), StandardCharsets.UTF_8), type);
    }
    assertTrue(Files.isRegularFile(ecj.resolve("target/classes/com/example/ws/Quota.class")), build);

    // track-pages works for ECJ as for javac: nothing changed, nothing compiles; an edited page regenerates
    String unchanged = MavenRuns.maven(ecj, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(unchanged.contains("Nothing to compile"), unchanged);
    ConsumerProjects.replace(ecj.resolve("src/main/resources/closecodes/close-codes.md"), "as *planned*", "as *agreed*");
    String edited = MavenRuns.maven(ecj, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(Files.readString(ecj.resolve(generated.resolve("CloseCode.java")), StandardCharsets.UTF_8)
        .contains("The session ended as agreed."), "ECJ regenerates after an edit of the page:\n" + edited);
  }

  /**
   * The README's "When the spec changes" moves a build to a newer {@code closecodes-spec-source}:
   * plain {@code mvn compile} then generates from its documents, and moving back generates from the
   * first version's again. The last compile's record alone saw nothing to do (the old version's jar
   * is still in the local repository, unchanged), nor did the compiler plugin, which does not look
   * at the processor path; the generated code stayed the old version's until a clean build.
   */
  @Test
  void movingToAnotherSpecSourceVersionGeneratesFromItsDocumentsWithoutClean() throws Exception {
    Path consumer = ownConsumer("consumer");
    MavenRuns.maven(consumer, 0, "compile");
    Path closeCode = consumer.resolve("target/generated-sources/annotations/com/example/ws/CloseCode.java");
    assertTrue(Files.readString(closeCode, StandardCharsets.UTF_8).contains("INTERNAL_ERROR(1011"));

    // The installed spec-source, as the record names it, and a version of it whose registry renames 1011.
    Matcher recorded = Pattern.compile("jar:(file:[^!]*/closecodes-spec-source/([^/]+)/closecodes-spec-source-[^!/]*\\.jar)!")
        .matcher(Files.readString(consumer.resolve("target/closecodes-inputs.tsv"), StandardCharsets.UTF_8));
    assertTrue(recorded.find(), "the registry was read from the installed spec-source");
    Path installed = Path.of(java.net.URI.create(recorded.group(1)));
    String version = recorded.group(2);
    String other = "0.0.1-moved";
    Path otherFolder = installed.getParent().resolveSibling(other);
    ConsumerProjects.deleteTree(otherFolder);
    Files.createDirectories(otherFolder);
    try {
      Files.writeString(otherFolder.resolve("closecodes-spec-source-" + other + ".pom"), """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <groupId>dev.closecodes</groupId>
            <artifactId>closecodes-spec-source</artifactId>
            <version>%s</version>
          </project>
          """.formatted(other), StandardCharsets.UTF_8);
      copyJarReplacing(installed, otherFolder.resolve("closecodes-spec-source-" + other + ".jar"),
          "iana/websocket-close-codes.csv", "1011,1011,Internal Error,", "1011,1011,Server Error,");

      Path pom = consumer.resolve("pom.xml");
      String fragment = "<artifactId>closecodes-spec-source</artifactId>";
      String original = Files.readString(pom, StandardCharsets.UTF_8);
      Files.writeString(pom, original.replaceFirst("(" + fragment + "\\s*<version>)" + Pattern.quote(version) + "<",
          "$1" + other + "<"), StandardCharsets.UTF_8);
      String moved = MavenRuns.maven(consumer, 0, "compile");
      assertTrue(moved.contains("closecodes: the POM names dev.closecodes:closecodes-spec-source " + other
          + ", where the last compile read " + version), moved);
      assertTrue(Files.readString(closeCode, StandardCharsets.UTF_8).contains("SERVER_ERROR(1011"), moved);

      Files.writeString(pom, original, StandardCharsets.UTF_8);
      String back = MavenRuns.maven(consumer, 0, "compile");
      assertTrue(Files.readString(closeCode, StandardCharsets.UTF_8).contains("INTERNAL_ERROR(1011"), back);
      String again = MavenRuns.maven(consumer, 0, "compile");
      assertTrue(again.contains("Nothing to compile"), again);
    } finally {
      ConsumerProjects.deleteTree(otherFolder);
    }
  }

  /**
   * The README's CI setting: with the property on the command line, a build whose lock file would
   * change fails, leaving the file as committed; without it, the same build writes it and passes.
   */
  @Test
  void theLockedPropertyFailsACiBuildWhoseLockFileWouldChange() throws Exception {
    ConsumerProjects.installOnce(work);
    Path consumer = ConsumerProjects.create(work.resolve("consumer"));
    Path pom = consumer.resolve("pom.xml");
    ConsumerProjects.replace(pom, "<arg>-Xlint:-processing</arg>",
        "<arg>-Xlint:-processing</arg>\n" + ConsumerProjects.readmeFragment("locked-arg"));
    ConsumerProjects.replace(pom, "</properties>", ConsumerProjects.readmeFragment("locked-property") + "</properties>");
    writeOwnPageAndSources(consumer);
    ConsumerProjects.replace(consumer.resolve("src/main/java/com/example/ws/package-info.java"),
        "names = @CloseCodeSpec.Name(code = 4000, constant = \"QUOTA_EXCEEDED\"))",
        "names = @CloseCodeSpec.Name(code = 4000, constant = \"QUOTA_EXCEEDED\"),\n    lockFile = \"closecodes.lock\")");
    Path lockFile = consumer.resolve("closecodes.lock");

    String none = MavenRuns.maven(consumer, 1, "-Dclosecodes.locked=true", "compile");
    assertTrue(none.contains("closecodes.lock:1: there is no lock file"), none);
    assertFalse(Files.exists(lockFile), none);

    MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    byte[] committed = Files.readAllBytes(lockFile);
    String current = MavenRuns.maven(consumer, 0, "-Dclosecodes.locked=true", "-Dmaven.compiler.failOnWarning=true",
        "clean", "compile");
    assertFalse(current.contains("[closecodes]"), current);

    ConsumerProjects.replace(consumer.resolve("src/main/resources/closecodes/close-codes.md"),
        "Something broke on our side.", "Something broke on our side; we are on it.");
    String stale = MavenRuns.maven(consumer, 1, "-Dclosecodes.locked=true", "compile");
    assertTrue(stale.contains("code 1011 has a new description since the lock file closecodes.lock"), stale);
    assertTrue(stale.contains("the option closecodes.locked keeps it as committed"), stale);
    assertArrayEquals(committed, Files.readAllBytes(lockFile));

    String unlocked = MavenRuns.maven(consumer, 0, "compile");
    assertTrue(unlocked.contains("wrote the lock file"), unlocked);
    assertFalse(java.util.Arrays.equals(committed, Files.readAllBytes(lockFile)));
  }

  /** Copies a jar, with one text of one entry replaced. */
  private static void copyJarReplacing(Path from, Path to, String entry, String text, String replacement)
      throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      boolean replaced = false;
      for (ZipEntry read = in.getNextEntry(); read != null; read = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (read.getName().equals(entry)) {
          String content = new String(bytes, StandardCharsets.UTF_8);
          assertTrue(content.contains(text), entry + " holds " + text);
          bytes = content.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
          replaced = true;
        }
        out.putNextEntry(new ZipEntry(read.getName()));
        out.write(bytes);
        out.closeEntry();
      }
      assertTrue(replaced, from + " holds " + entry);
    }
  }

  /**
   * The README's fragment in a reactor's parent, so that every module has it: the module with the
   * annotation generates, and neither its tests nor the module without the annotation draw a
   * warning (no processor option reaches a compile that does not use it). Their sources carry
   * annotations of their own, as a test's {@code @Test} or a framework's do, which no processor
   * claims: javac warns of those under {@code -Xlint:processing} in any compile a processor runs in.
   */
  @Test
  void aReactorWithTheFragmentInItsParentBuildsEveryModuleUnderWarningsAsErrors() throws Exception {
    ConsumerProjects.installOnce(work);
    Path reactor = work.resolve("reactor");
    ConsumerProjects.write(reactor.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>parent</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <modules>
            <module>ws</module>
            <module>other</module>
          </modules>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        """ + ConsumerProjects.readmeFragment(ConsumerProjects.JAVAC) + "</project>\n");
    for (String module : new String[] {"ws", "other"}) {
      ConsumerProjects.write(reactor.resolve(module).resolve("pom.xml"), """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <parent>
              <groupId>com.example</groupId>
              <artifactId>parent</artifactId>
              <version>1.0</version>
            </parent>
            <artifactId>%s</artifactId>
          </project>
          """.formatted(module));
    }
    writeOwnPageAndSources(reactor.resolve("ws"));
    for (Path tests : new Path[] {reactor.resolve("ws/src/test/java/com/example/ws/QuotaCheck.java"),
        reactor.resolve("other/src/main/java/com/example/other/Plain.java")}) {
      String pkg = tests.getParent().getFileName().toString();
      String type = tests.getFileName().toString().replace(".java", "");
      ConsumerProjects.write(tests, """
          package com.example.%s;

          /** Nothing of closecodes here. */
          final class %s {
            private %s() {}

            /** An annotation of the project's own, as JUnit's {@code @Test} is to a test. */
            @interface Check {}

            @Check
            static void checked() {}
          }
          """.formatted(pkg, type, type));
    }
    String build = MavenRuns.maven(reactor, 0, "-Dmaven.compiler.failOnWarning=true", "test-compile");
    assertTrue(Files.isRegularFile(reactor.resolve("ws/target/generated-sources/annotations/com/example/ws/CloseCode.java")),
        build);
    assertTrue(Files.isRegularFile(reactor.resolve("ws/target/closecodes-inputs.tsv")), "the record for track-pages");
    assertTrue(!build.contains("were not recognized by any processor"), build);
    assertTrue(!build.contains("No processor claimed"), build);
  }

  /**
   * The README's additions for Error Prone: the consumer, its codes described by two pages, builds
   * with warnings as errors, Error Prone's default checks finding nothing in the generated code.
   * One source of the project's own, which Error Prone warns of, shows that it ran over them all.
   */
  @Test
  void errorProneAndNullAwayAsTheReadmeSetsThemUpFindNothingInTheGeneratedCode() throws Exception {
    Path consumer = ownConsumer("errorprone");
    ConsumerProjects.write(consumer.resolve("src/main/resources/closecodes/close-codes.de.md"), """
        | Code | Name | Beschreibung |
        | --- | --- | --- |
        | `1000` | Normal Closure | Die Sitzung endete wie geplant. |
        | `4000`–`4999` | | Unsere eigenen Codes. |
        """);
    Path packageInfo = consumer.resolve("src/main/java/com/example/ws/package-info.java");
    ConsumerProjects.replace(packageInfo, """
        pages = "closecodes/close-codes.md",
            locales = "en",""", """
        pages = {"closecodes/close-codes.md", "closecodes/close-codes.de.md"},
            locales = {"en", "de"},""");
    Path pom = consumer.resolve("pom.xml");
    ConsumerProjects.replace(pom, "<arg>-Xlint:-processing</arg>",
        "<arg>-Xlint:-processing</arg>\n" + ConsumerProjects.readmeBlock("errorprone-args", "xml"));
    ConsumerProjects.replace(pom, "<annotationProcessorPaths>",
        "<annotationProcessorPaths>\n" + ConsumerProjects.readmeBlock("errorprone-path", "xml")
            + ConsumerProjects.readmeBlock("nullaway-path", "xml"));
    ConsumerProjects.replace(pom, "<arg>-Xplugin:ErrorProne</arg>", ConsumerProjects.readmeBlock("nullaway-args", "xml"));
    ConsumerProjects.write(consumer.resolve(".mvn/jvm.config"), ConsumerProjects.readmeBlock("errorprone-jvm-config", "text"));
    Path probe = consumer.resolve("src/main/java/com/example/ws/Probe.java");
    ConsumerProjects.write(probe, """
        package com.example.ws;

        /** What Error Prone warns of: a method that overrides one without saying so; and NullAway, a null returned. */
        final class Probe {
          public String toString() {
            return "probe";
          }

          static String none() {
            return null;
          }
        }
        """);

    String probed = MavenRuns.maven(consumer, 0, "compile");
    Matcher found = Pattern.compile("/(\\w+\\.java):\\[\\d+,\\d+\\] \\[(\\w+)\\]").matcher(probed);
    Set<String> warnings = new TreeSet<>();
    while (found.find()) {
      warnings.add(found.group(1) + " " + found.group(2));
    }
    assertEquals(Set.of("Probe.java MissingOverride", "Probe.java NullAway"), warnings, probed);
    String closeCode = Files.readString(consumer.resolve("target/generated-sources/annotations/com/example/ws/CloseCode.java"),
        StandardCharsets.UTF_8);
    assertTrue(closeCode.contains("\"Die Sitzung endete wie geplant.\""), closeCode);

    Files.delete(probe);
    String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "clean", "compile");
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/CloseCode.class")), build);
  }

  /**
   * The README's additions for Lombok and AutoValue: their value classes hold a generated type,
   * which javac offers them only in the round after closecodes writes it. The project builds under
   * warnings as errors with the two processors first on the path and then last, what they wrote
   * runs, and a build after an edit of one of the classes, whose compile finds closecodes' inputs
   * unchanged, builds the same.
   */
  @Test
  void lombokAndAutoValueClassesHoldGeneratedTypesWithEitherOrderOnTheProcessorPath() throws Exception {
    Path consumer = ownConsumer("other-processors");
    Path pom = consumer.resolve("pom.xml");
    ConsumerProjects.replace(pom, "</dependencies>",
        ConsumerProjects.readmeBlock("other-processors-dependencies", "xml") + "</dependencies>");
    String others = ConsumerProjects.readmeBlock("other-processors-path", "xml");
    String closecodesLast = Files.readString(pom, StandardCharsets.UTF_8)
        .replace("<annotationProcessorPaths>", "<annotationProcessorPaths>\n" + others);
    String closecodesFirst = Files.readString(pom, StandardCharsets.UTF_8)
        .replace("</annotationProcessorPaths>", others + "</annotationProcessorPaths>");
    Path goodbye = consumer.resolve("src/main/java/com/example/ws/Goodbye.java");
    ConsumerProjects.write(goodbye, """
        package com.example.ws;

        /** A close as the service sends it; Lombok writes its constructor, accessors and value methods. */
        @lombok.Value
        public class Goodbye {
          CloseCode code;
          String reason;
        }
        """);
    ConsumerProjects.write(consumer.resolve("src/main/java/com/example/model/Ended.java"), """
        package com.example.model;

        import com.example.ws.CloseCode;
        import com.example.ws.Goodbye;
        import com.google.auto.value.AutoValue;

        /** A session as the service records its end; AutoValue writes its class and builder. */
        @AutoValue
        public abstract class Ended {
          /**
           * The code it ended with.
           *
           * @return the code
           */
          public abstract CloseCode code();

          /**
           * The record of a session ended with a goodbye.
           *
           * @param goodbye what the service sent
           * @return the record
           */
          public static Ended by(Goodbye goodbye) {
            return new AutoValue_Ended.Builder().code(goodbye.getCode()).build();
          }

          /** Builds a record. */
          @AutoValue.Builder
          abstract static class Builder {
            abstract Builder code(CloseCode code);

            abstract Ended build();
          }
        }
        """);

    for (String order : new String[] {closecodesLast, closecodesFirst}) {
      Files.writeString(pom, order, StandardCharsets.UTF_8);
      String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "clean", "compile");
      assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/model/AutoValue_Ended.class")), build);
      assertGoodbyeEndsASession(consumer);
    }
    ConsumerProjects.replace(goodbye, "as the service sends it", "as the service sends it to a client");
    String edited = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(edited.contains("Recompiling the module"), edited);
    assertGoodbyeEndsASession(consumer);
  }

  /** What Lombok and AutoValue wrote, run: a goodbye's code is the code of the session it ends. */
  private static void assertGoodbyeEndsASession(Path consumer) throws Exception {
    try (URLClassLoader classes = new URLClassLoader(new URL[] {consumer.resolve("target/classes").toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> closeCode = classes.loadClass("com.example.ws.CloseCode");
      Object quotaExceeded = closeCode.getField("QUOTA_EXCEEDED").get(null);
      Class<?> goodbye = classes.loadClass("com.example.ws.Goodbye");
      Object sent = goodbye.getConstructor(closeCode, String.class).newInstance(quotaExceeded, "over quota");
      assertEquals(quotaExceeded, goodbye.getMethod("getCode").invoke(sent));
      assertEquals(sent, goodbye.getConstructor(closeCode, String.class).newInstance(quotaExceeded, "over quota"));
      Class<?> ended = classes.loadClass("com.example.model.Ended");
      Object recorded = ended.getMethod("by", goodbye).invoke(null, sent);
      assertEquals(quotaExceeded, ended.getMethod("code").invoke(recorded));
      assertEquals("Ended{code=" + quotaExceeded + "}", recorded.toString());
    }
  }

  /** A named module needs one line for closecodes, and builds with every lint and warnings as errors. */
  @Test
  void aNamedModuleNeedsOneRequiresLineAndBuildsUnderWarningsAsErrors() throws Exception {
    Path consumer = ownConsumer("module");
    ConsumerProjects.write(consumer.resolve("src/main/java/module-info.java"), """
        /** A service's close codes. */
        module com.example.ws {
          requires static dev.closecodes;

          exports com.example.ws;
        }
        """);
    String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/CloseCodes.class")), build);
    assertTrue(!build.contains("Required filename-based automodules"), "the annotation has a module name:\n" + build);
    String closeCodes = Files.readString(
        consumer.resolve("target/generated-sources/annotations/com/example/ws/CloseCodes.java"), StandardCharsets.UTF_8);
    assertTrue(!closeCodes.contains("@Generated"), "the module does not read java.compiler");
    assertTrue(closeCodes.contains("SHA-256"), "the Javadoc still says where the types came from");
  }

  /**
   * Jakarta WebSocket for a named module. On its class path, which the module does not read: the
   * generated CloseCode does not implement Jakarta's, which the module cannot see. Required: still
   * not, as a public type that names it would draw {@code -Xlint:exports} warnings. Required
   * transitively: CloseCode implements it. Every dependency is then on the module path and there
   * is no class path at all; the page, a resource of the project's own, is still found. Required
   * transitively but {@code static}, so optional at run time: not, as CloseCode could not load
   * without it. All four build under warnings as errors.
   */
  @Test
  void aNamedModuleGetsJakartasCloseCodeOnlyWhereItPassesJakartaOn() throws Exception {
    Path consumer = ownConsumer("module-jakarta");
    Path pom = consumer.resolve("pom.xml");
    Files.writeString(pom, Files.readString(pom, StandardCharsets.UTF_8).replaceFirst("<dependencies>", """
        <dependencies>
            <dependency>
              <groupId>jakarta.websocket</groupId>
              <artifactId>jakarta.websocket-client-api</artifactId>
              <version>2.2.0</version>
            </dependency>"""), StandardCharsets.UTF_8);
    Path moduleInfo = consumer.resolve("src/main/java/module-info.java");
    String module = """
        /** A service's close codes. */
        module com.example.ws {
          requires static dev.closecodes;
        %s
          exports com.example.ws;
        }
        """;
    Path closeCode = consumer.resolve("target/generated-sources/annotations/com/example/ws/CloseCode.java");
    String implementing = "public enum CloseCode implements jakarta.websocket.CloseReason.CloseCode {";
    String[] requires = {"", "  requires jakarta.websocket.client;\n", "  requires transitive jakarta.websocket.client;\n",
        "  requires static transitive jakarta.websocket.client;\n"};
    for (int i = 0; i < requires.length; i++) {
      ConsumerProjects.write(moduleInfo, module.formatted(requires[i]));
      String build = MavenRuns.maven(consumer, 0, "-Dmaven.compiler.failOnWarning=true", "compile");
      String generated = Files.readString(closeCode, StandardCharsets.UTF_8);
      assertEquals(requires[i].equals(requires[2]), generated.contains(implementing), requires[i] + "\n" + build);
      assertTrue(generated.contains("QUOTA_EXCEEDED(4000"), build);
    }
  }

  /** A JDK of release 23 or later on this machine, where javac runs no processor from the class path unasked. */
  private static java.util.Optional<Path> jdk23OrLater() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return java.util.Optional.empty();
    }
    try (java.util.stream.Stream<Path> homes = Files.list(jvms)) {
      return homes.filter(home -> Files.isExecutable(home.resolve("bin/javac")) && featureRelease(home) >= 23)
          .sorted()
          .findFirst();
    }
  }

  /** The feature release of a JDK, from its {@code release} file; 0 where it cannot be read. */
  private static int featureRelease(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return Integer.parseInt(line.substring("JAVA_VERSION=".length()).replace("\"", "").split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a JDK that says
    }
    return 0;
  }

  /**
   * javac 23 and later with the processor on the class path and no {@code -proc:full}: the
   * processor never runs. The build fails at {@code verify-generated}, naming the fix, and
   * passes once the fix is made.
   */
  @Test
  void onJavac23AProcessorOnTheClassPathWithoutProcFullFailsTheBuildNamingTheFix() throws Exception {
    java.util.Optional<Path> jdk = jdk23OrLater();
    org.junit.jupiter.api.Assumptions.assumeTrue(jdk.isPresent(), "no JDK 23 or later on this machine");
    Path consumer = ownConsumer("class-path");
    Path pom = consumer.resolve("pom.xml");
    String fragment = Files.readString(pom, StandardCharsets.UTF_8);
    String paths = fragment.substring(fragment.indexOf("        <annotationProcessorPaths>"),
        fragment.indexOf("</annotationProcessorPaths>") + "</annotationProcessorPaths>\n".length());
    Files.writeString(pom, fragment.replace(paths, "").replace("<dependencies>", """
        <dependencies>
          <dependency>
            <groupId>dev.closecodes</groupId>
            <artifactId>closecodes-processor</artifactId>
            <version>0.1.0-SNAPSHOT</version>
            <scope>provided</scope>
          </dependency>
          <dependency>
            <groupId>dev.closecodes</groupId>
            <artifactId>closecodes-spec-source</artifactId>
            <version>0.1.0-SNAPSHOT</version>
            <scope>provided</scope>
          </dependency>"""), StandardCharsets.UTF_8);
    // The sources use the generated types: the compile itself fails before verify-generated can.
    Files.delete(consumer.resolve("src/main/java/com/example/ws/Quota.java"));
    String failed = MavenRuns.maven(consumer, jdk, 1, "compile");
    assertTrue(failed.contains("-proc:full"), failed);

    ConsumerProjects.replace(pom, "<arg>-Xlint:all</arg>", "<arg>-Xlint:all</arg>\n          <arg>-proc:full</arg>");
    assertTrue(failed.contains("mvn clean compile"), failed);
    String fixed = MavenRuns.maven(consumer, jdk, 0, "clean", "compile");
    assertTrue(Files.isRegularFile(consumer.resolve("target/classes/com/example/ws/CloseCodes.class")), fixed);
  }
}
