package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No exception and no error of any kind leaves the processor: a stack overflow or an exhausted
 * heap inside it is one javac error on the annotated package, as the command line prints one line.
 */
class NothingEscapesTest {

  static Stream<Error> errors() {
    return Stream.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"), new InternalError("odd"),
        new AssertionError("broken"));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void anErrorInsideTheProcessorIsOneErrorOnTheAnnotation(Error error) {
    IncrementalContractTest.RecordingFiler.Calls calls = new IncrementalContractTest.RecordingFiler.Calls();
    calls.failure = error;
    JavaFileObject source = CloseCodeSpecProcessorTest.packageInfo(
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", registry = \"fixtures/small/registry.csv\")");
    Compilation compilation = Compiler.javac()
        .withProcessors(new IncrementalContractTest.Wrapped(new CloseCodeSpecProcessor(), calls))
        .compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[closecodes] closecodes failed unexpectedly: " + error.getClass().getName())
        .inFile(source)
        .onLine(2);
  }
}
