package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse users get what javac users get: the Eclipse compiler (ECJ, in batch mode) runs the
 * processor jar as built, with the spec documents on its processor path, and generates the same
 * files, byte for byte, as javac does from the same command line.
 */
class EclipseCompilerTest {

  @TempDir Path work;

  /**
   * The arguments both compilers take. ECJ reads {@code -processorpath} only after {@code -classpath}
   * (Eclipse bug 573833), so the class path comes first.
   */
  private List<String> arguments(String compiler, Path source) throws IOException {
    Path generated = Files.createDirectories(work.resolve(compiler).resolve("generated"));
    Path classes = Files.createDirectories(work.resolve(compiler).resolve("classes"));
    return List.of("--release", "17", "-encoding", "UTF-8",
        "-classpath", MavenRuns.builtJar("processor/annotation", "closecodes-annotation").toString(),
        "-processorpath", MavenRuns.builtJar("processor", "closecodes.jar") + java.io.File.pathSeparator
            + MavenRuns.builtJar("spec-source", "closecodes-spec-source"),
        "-s", generated.toString(), "-d", classes.toString(), source.toString());
  }

  @Test
  void theEclipseCompilerGeneratesWhatJavacGenerates() throws IOException, InterruptedException, URISyntaxException {
    Path source = work.resolve("src/com/example/ws/package-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        /** Close codes. */
        @CloseCodeSpec(pages = "mdn/fr/web/api/closeevent/index.md", registry = "iana/websocket-close-codes.csv")
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """, StandardCharsets.UTF_8);

    // ECJ runs in a JVM of its own, as a build runs it. In this one, the processor path's class
    // loader would ask this test's class path first, which holds a closecodes jar that other tests
    // reinstall while it is open.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", Path.of(BatchCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
        "org.eclipse.jdt.internal.compiler.batch.Main"));
    command.addAll(arguments("ecj", source));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String ecjOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), ecjOutput);
    assertEquals(0, process.exitValue(), ecjOutput);
    assertTrue(!ecjOutput.contains("ERROR"), ecjOutput);

    ByteArrayOutputStream javacOutput = new ByteArrayOutputStream();
    int javac = ToolProvider.getSystemJavaCompiler()
        .run(null, javacOutput, javacOutput, arguments("javac", source).toArray(String[]::new));
    assertEquals(0, javac, javacOutput.toString(StandardCharsets.UTF_8));

    Path fromEcj = work.resolve("ecj/generated/com/example/ws");
    Path fromJavac = work.resolve("javac/generated/com/example/ws");
    List<String> types = List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames");
    try (Stream<Path> files = Files.list(fromEcj)) {
      assertEquals(types.stream().map(type -> type + ".java").sorted().toList(),
          files.map(file -> file.getFileName().toString()).sorted().toList());
    }
    for (String type : types) {
      assertArrayEquals(Files.readAllBytes(fromJavac.resolve(type + ".java")), Files.readAllBytes(fromEcj.resolve(type + ".java")),
          type);
    }
    assertTrue(Files.isRegularFile(work.resolve("ecj/classes/com/example/ws/CloseCode.class")), ecjOutput);
  }
}
