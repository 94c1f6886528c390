package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * closecodes beside other processors on the path. javac offers an annotation to the processors in
 * the order it finds them, and one that a processor claims is offered to none after it: so
 * closecodes claims {@code @Generated}, which a lint warning would otherwise be about, only where
 * it is on closecodes' own output alone, and leaves it to the processors after it elsewhere.
 */
class OtherProcessorsTest {

  private static final String GENERATED = "javax.annotation.processing.Generated";

  /** A processor after closecodes that wants every {@code @Generated} type, as an index of generated code does. */
  static final class SeesGenerated extends AbstractProcessor {
    final List<String> seen = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(GENERATED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          seen.add(element.toString());
        }
      }
      return false;
    }
  }

  private static final JavaFileObject SPEC = CloseCodeSpecProcessorTest.packageInfo(
      "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
          + " registry = \"fixtures/small/registry.csv\")");

  private static Compilation compile(SeesGenerated after, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor(), after)
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
  }

  @Test
  void aGeneratedTypeOfAnotherToolIsLeftToTheProcessorsAfterClosecodes() {
    SeesGenerated after = new SeesGenerated();
    JavaFileObject other = JavaFileObjects.forSourceLines("org.example.ws.Other",
        "package org.example.ws;",
        "@javax.annotation.processing.Generated(\"some.other.Tool\")",
        "public class Other {}");
    Compilation compilation = compile(after, SPEC, other);
    assertThat(compilation).succeeded();
    assertEquals(List.of("org.example.ws.Other"), after.seen);
  }

  @Test
  void aProcessorsOwnGeneratedTypesInALaterRoundAreLeftToo() {
    SeesGenerated after = new SeesGenerated();
    Compilation compilation = Compiler.javac()
        .withProcessors(new WritesGenerated(), new CloseCodeSpecProcessor(), after)
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(SPEC);
    assertThat(compilation).succeeded();
    assertEquals(true, after.seen.contains("org.example.ws.Written"), after.seen.toString());
  }

  /**
   * Alone, closecodes claims the {@code @Generated} on its own output, so that a build under
   * {@code -Xlint:all -Werror} has no warning of an annotation no processor claimed.
   */
  @Test
  void aloneItClaimsTheGeneratedOnItsOwnOutput() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Xlint:all")
        .compile(SPEC);
    assertThat(compilation).succeeded();
    for (javax.tools.Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertEquals(false, warning.getMessage(null).contains("No processor claimed"), warning.getMessage(null));
    }
  }

  /**
   * A processor before closecodes that, in its first round, writes a type carrying a
   * {@code @Generated} of its own, which javac compiles in the round closecodes' output is.
   */
  static final class WritesGenerated extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.closecodes.CloseCodeSpec");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written && !annotations.isEmpty()) {
        written = true;
        try (java.io.Writer writer = processingEnv.getFiler().createSourceFile("org.example.ws.Written").openWriter()) {
          writer.write("package org.example.ws;\n@javax.annotation.processing.Generated(\"some.other.Tool\")\n"
              + "public class Written {}\n");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
