package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document read from the annotation processor path while the project holds another copy of it
 * under the same name: the processor path comes first, and the copy is passed over.
 */
class ResourceShadowingTest {

  private static final String PAGE = "fixtures/small/index.md";

  @TempDir Path folder;

  /**
   * A page of the project's own resources named as one on the processor path (a copy of
   * spec-source's page, to edit it) was passed over without a word, and the edit changed nothing.
   * It is a warning on the attribute that names the document, said on every compile and never
   * recorded in the lock file as known; a copy with the same bytes says nothing.
   */
  @Test
  void aDifferingCopyOnTheClassPathIsAWarningOnEveryCompile() throws Exception {
    Path own = folder.resolve("own");
    Path copy = Files.createDirectories(own.resolve("fixtures/small")).resolve("index.md");
    String bundled = Files.readString(Path.of("src/test/resources", PAGE), StandardCharsets.UTF_8);
    Files.writeString(copy, bundled.replace("Not used.", "Not used, as edited."), StandardCharsets.UTF_8);
    Path lockFile = folder.resolve("closecodes.lock");
    String annotation = "@CloseCodeSpec(pages = \"" + PAGE + "\", locales = \"en-US\","
        + " registry = \"fixtures/small/registry.csv\", lockFile = \"" + lockFile + "\")";
    String readFrom = DocumentLocator.class.getClassLoader().getResource(PAGE).toURI().toString();
    for (int compile = 1; compile <= 2; compile++) {
      Compilation compilation = compileWithFirstOnTheClassPath(own, annotation);
      assertThat(compilation).succeeded();
      assertEquals(List.of("[closecodes] '" + PAGE + "' is read from the annotation processor path (" + readFrom
          + "); the copy at " + copy.toUri() + " differs and is not read: give your copy a name of its own,"
          + " or name it as a file"), shadowWarnings(compilation), "compile " + compile);
    }
    assertFalse(Files.readString(lockFile, StandardCharsets.UTF_8).contains("is not read"),
        "the lock file records what the documents say, not where the build keeps them");

    Files.writeString(copy, bundled, StandardCharsets.UTF_8);
    assertEquals(List.of(), shadowWarnings(compileWithFirstOnTheClassPath(own, annotation)));
  }

  private static List<String> shadowWarnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.WARNING)
        .map(diagnostic -> diagnostic.getMessage(null))
        .filter(message -> message.contains("is not read"))
        .toList();
  }

  private static Compilation compileWithFirstOnTheClassPath(Path first, String annotation) {
    return CloseCodeSpecProcessorTest.compileWithFirstOnTheClassPath(first,
        CloseCodeSpecProcessorTest.packageInfo(annotation));
  }

}
