package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.CloseCodeSpecProcessorTest.compile;
import static dev.closecodes.processor.CloseCodeSpecProcessorTest.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A compile whose sources already hold the generated types: Kotlin's kapt runs the processor and
 * hands its output to javac, which runs the processor again where it is left on. The processor
 * keeps what is its own output for the same documents and says exactly which type is in the way
 * otherwise; it never fails "unexpectedly".
 */
class OutputAlreadyInSourcesTest {

  private static final String SPEC =
      "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
          + " registry = \"fixtures/small/registry.csv\")";
  private static final List<String> TYPES = List.of("CloseCode", "CloseCodeRange", "CloseCodes", "CloseEvent", "CloseFrames");

  /** The five generated types of a first compile, as sources for the next. */
  private static List<JavaFileObject> generatedBy(Compilation first) throws IOException {
    assertThat(first).succeeded();
    List<JavaFileObject> sources = new ArrayList<>();
    for (String type : TYPES) {
      JavaFileObject file = first.generatedSourceFile("org.example.ws." + type).orElseThrow();
      try (InputStream in = file.openInputStream()) {
        sources.add(JavaFileObjects.forSourceString("org.example.ws." + type,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return sources;
  }

  @Test
  void itsOwnOutputForTheSameDocumentsIsKeptAsItIs() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>(generatedBy(compile(packageInfo(SPEC))));
    sources.add(packageInfo(SPEC));
    Compilation second = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(second).succeeded();
    assertThat(second).hadWarningCount(1); // the fixture's own disagreement, as in the golden test
    assertThat(second.generatedSourceFiles()).isEmpty();
  }

  @Test
  void outputFromOtherDocumentsIsAnErrorNamingTheType() throws IOException {
    // generated without the registry: other checks, another mark
    List<JavaFileObject> sources = new ArrayList<>(generatedBy(compile(packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\")"))));
    sources.add(packageInfo(SPEC));
    Compilation second = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(second).failed();
    assertThat(second).hadErrorContaining("cannot generate org.example.ws.CloseCode: a type of that name is already"
        + " among this compile's sources");
    assertThat(second).hadErrorContaining("-proc:none");
    for (javax.tools.Diagnostic<?> error : second.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("please report this");
    }
  }

  @Test
  void aHandWrittenTypeOfTheSameNameIsAnErrorNamingIt() {
    JavaFileObject own = JavaFileObjects.forSourceLines("org.example.ws.CloseEvent",
        "package org.example.ws;",
        "/** The application's own. */",
        "public final class CloseEvent {",
        "  private CloseEvent() {}",
        "}");
    JavaFileObject annotated = packageInfo(SPEC);
    Compilation compilation = compile(own, annotated);
    assertThat(compilation).failed();
    // on the annotation, as every closecodes error is
    assertThat(compilation).hadErrorContaining("cannot generate org.example.ws.CloseEvent: a type of that name is"
        + " already among this compile's sources").inFile(annotated).onLine(2);
  }
}
