package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A consumer that compiles for an older Java release than its JDK's (a library for Java 8 or 11,
 * built with JDK 17) gets types that compile for that release, with no warning: they use nothing
 * of the language or the libraries after Java 8, and carry {@code @Generated}, which Java 9
 * added, only where the release has it.
 */
class ConsumerReleaseTest {

  private static Compilation compileFor(String release) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        // -options: javac 21 and later warn that release 8 is obsolete, of the options and not the code
        .withOptions("--release", release, "-Xlint:all", "-Xlint:-options", "-Xdoclint:all/private",
            "-encoding", "UTF-8")
        .compile(JavaFileObjects.forSourceLines("org.example.ws.package-info",
            "/** Close codes. */",
            "@CloseCodeSpec(pages = {\"fixtures/small/index.md\", \"fixtures/small-fr/index.md\"},",
            "    registry = \"fixtures/small/registry.csv\")",
            "package org.example.ws;",
            "import dev.closecodes.CloseCodeSpec;"));
  }

  private static String source(Compilation compilation, String type) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile("org.example.ws." + type).orElseThrow();
    return file.getCharContent(true).toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "11", "17"})
  void theTypesCompileForTheReleaseWithNoWarningOfJavacs(String release) throws Exception {
    Compilation compilation = compileFor(release);
    assertThat(compilation).succeeded();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertTrue(warning.getMessage(null).startsWith("[closecodes] "), warning.toString());
    }
    boolean hasGenerated = !release.equals("8");
    for (String type : new String[] {"CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames"}) {
      assertEquals(hasGenerated, source(compilation, type).contains("@Generated"), type);
    }

    // What compiled for the release runs: a reason read from a buffer with no array behind it.
    SeveralPagesTest.CompiledClasses classes = new SeveralPagesTest.CompiledClasses(compilation);
    Class<?> closeFrames = classes.loadClass("org.example.ws.CloseFrames");
    Class<?> closeEvent = classes.loadClass("org.example.ws.CloseEvent");
    byte[] reason = "fermé".getBytes(StandardCharsets.UTF_8);
    ByteBuffer payload = ByteBuffer.allocateDirect(4 + reason.length);
    payload.put(new byte[] {9, 9, 0x03, (byte) 0xE8}).put(reason).flip().position(2);
    Object received = closeFrames.getMethod("receive", ByteBuffer.class).invoke(null, payload);
    Constructor<?> event = closeEvent.getConstructor(int.class, String.class, boolean.class);
    assertEquals(event.newInstance(1000, "fermé", true), received);
    assertNotEquals(event.newInstance(1000, "fermé", false), received);
    assertNotEquals(received, "a string");
    assertNotEquals(received, null);
    Method code = closeEvent.getMethod("code");
    assertEquals(1000, code.invoke(received));
    assertThat(source(compilation, "CloseFrames")).contains("receive(ByteBuffer payload)");
  }
}
