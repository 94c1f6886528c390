package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.closecodes.processor.CloseCodeSpecProcessorTest.compile;
import static dev.closecodes.processor.CloseCodeSpecProcessorTest.packageInfo;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.model.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * Generated sources committed from one machine are its own output on another that checked the
   * same documents out with CRLF line ends (Git for Windows' default): the generation mark names
   * each document by its text with LF line ends, so it is the same, and the compile keeps them.
   */
  @Test
  void itsOwnOutputIsKeptWhereTheDocumentsWereCheckedOutWithCrlfLineEnds(@TempDir Path project) throws IOException {
    Path page = project.resolve("index.md");
    Path registry = project.resolve("registry.csv");
    String spec = "@CloseCodeSpec(pages = \"" + page + "\", locales = \"en-US\", registry = \"" + registry + "\")";
    Files.write(page, resource("fixtures/small/index.md"));
    Files.write(registry, resource("fixtures/small/registry.csv"));
    List<JavaFileObject> sources = new ArrayList<>(generatedBy(compile(packageInfo(spec))));
    sources.add(packageInfo(spec));
    Files.writeString(page, new String(resource("fixtures/small/index.md"), StandardCharsets.UTF_8)
        .replace("\n", "\r\n"), StandardCharsets.UTF_8);
    Files.writeString(registry, new String(resource("fixtures/small/registry.csv"), StandardCharsets.UTF_8)
        .replace("\n", "\r\n"), StandardCharsets.UTF_8);
    Compilation second = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(second).succeeded();
    assertThat(second.generatedSourceFiles()).isEmpty();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = OutputAlreadyInSourcesTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /**
   * Output of the processor for other documents among the sources (the folder it generates into
   * is a source folder too, and a page changed; or kapt ran on other documents) is an error that
   * says so, with both marks, and how to clear it; it said "not what closecodes generates" and to
   * remove or rename the type, as of a type written by hand.
   */
  @Test
  void outputFromOtherDocumentsIsAnErrorNamingTheTypeAndBothMarks() throws IOException {
    // generated without the registry: other checks, another mark
    Compilation first = compile(packageInfo("@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\")"));
    String earlier = markOf(first);
    List<JavaFileObject> sources = new ArrayList<>(generatedBy(first));
    sources.add(packageInfo(SPEC));
    Compilation second = compile(sources.toArray(new JavaFileObject[0]));
    assertThat(second).failed();
    String now = markOf(compile(packageInfo(SPEC)));
    assertThat(now).isNotEqualTo(earlier);
    assertThat(second).hadErrorContaining("cannot generate org.example.ws.CloseCode: this compile's sources hold"
        + " closecodes' output for it from other documents (generation mark " + earlier + "; these documents give "
        + now + "), as where the folder it is generated into is a source folder too");
    assertThat(second).hadErrorContaining("Delete the generated files (mvn clean) and keep that folder out of the"
        + " source folders; where kapt generated them, compile here with -proc:none");
    for (javax.tools.Diagnostic<?> error : second.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("please report this");
    }
  }

  /** The generation mark of a compile's {@code CloseCodes}, as {@code sha256:} and 64 digits. */
  private static String markOf(Compilation compilation) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile("org.example.ws.CloseCodes").orElseThrow();
    try (InputStream in = file.openInputStream()) {
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new GeneratedFile("org.example.ws", "CloseCodes", source).generationMark().orElseThrow();
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
        + " already among this compile's sources, and it is not what closecodes generates").inFile(annotated).onLine(2);
  }
}
