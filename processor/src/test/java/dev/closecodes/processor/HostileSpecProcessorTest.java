package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.closecodes.testing.LargePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page the reader or Java's own limits refuse ends in a javac error on the annotation that names
 * the page file and line: never "failed unexpectedly", never an error inside a generated file.
 */
class HostileSpecProcessorTest {

  /** The README's limit on single codes: what Java's class-file limits let {@code CloseCode} hold. */
  private static final int MAX_CODES = 500;

  @TempDir Path folder;

  private Compilation compileWith(String page) throws IOException {
    Path file = folder.resolve("index.md");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return CloseCodeSpecProcessorTest.compile(CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"" + file.toString().replace("\\", "\\\\") + "\")"));
  }

  private static void assertOnlyErrorOnTheAnnotation(Compilation compilation, String expected) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    String message = error.getMessage(null);
    assertTrue(message.startsWith(expected), message);
    // the one error is on the annotated package, none in a generated file
    assertTrue(error.getSource().getName().endsWith("package-info.java"), error.getSource().getName());
  }

  @Test
  void aCodeOfAnotherScriptIsAnErrorAtItsSpecLine() throws IOException {
    Compilation compilation = compileWith("<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>\uD835\uDFCF</td><td>Odd</td><td>Bold one.</td></tr>\n</table>\n");
    assertOnlyErrorOnTheAnnotation(compilation, "[closecodes] " + folder.resolve("index.md") + ":3: '\uD835\uDFCF' is not read as a close code: its digits are not ASCII's");
  }

  @Test
  void morePageCodesThanJavaAllowsIsAnErrorAtTheSpecLineNotInGeneratedCode() throws IOException {
    Compilation compilation = compileWith(LargePages.singleCodes(MAX_CODES + 1));
    assertOnlyErrorOnTheAnnotation(compilation,
        "[closecodes] " + folder.resolve("index.md") + ":" + (5 + MAX_CODES) + ": ");
  }

  @Test
  void aDescriptionLongerThanJavaAllowsIsAnErrorAtTheSpecLine() throws IOException {
    Compilation compilation = compileWith("<table>\n<tr><td>1000</td><td>Normal</td><td>"
        + "x".repeat(70_000) + "</td></tr>\n</table>\n");
    assertOnlyErrorOnTheAnnotation(compilation, "[closecodes] " + folder.resolve("index.md") + ":2: ");
  }
}
