package dev.closecodes.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor keeps the contract of the kind it declares to Gradle (and to any build tool that
 * reads {@code META-INF/gradle/incremental.annotation.processors}): run behind a processing
 * environment and a Filer of the build tool's own, as Gradle wraps them, it needs no compiler
 * class, creates no resource and no class file, and gives each source file it generates exactly
 * one originating element, the annotated package, so the tool can tell what to delete when that
 * package changes.
 */
class IncrementalContractTest {

  private static final String DESCRIPTOR = "META-INF/gradle/incremental.annotation.processors";

  private static String resource(String name) throws IOException {
    try (InputStream in = IncrementalContractTest.class.getClassLoader().getResourceAsStream(name)) {
      assertTrue(in != null, name + " is in the processor's jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theProcessorDeclaresItselfAggregating() throws IOException {
    assertEquals(CloseCodeSpecProcessor.class.getName() + ",aggregating\n", resource(DESCRIPTOR));
    assertTrue(resource("META-INF/services/javax.annotation.processing.Processor")
        .contains(CloseCodeSpecProcessor.class.getName()), "the processor it names is the one javac finds");
  }

  @Test
  void behindABuildToolsFilerEachGeneratedSourceHasItsAnnotatedPackageAsItsOneOrigin() {
    RecordingFiler.Calls calls = new RecordingFiler.Calls();
    Compilation compilation = Compiler.javac()
        .withProcessors(new Wrapped(new CloseCodeSpecProcessor(), calls))
        .compile(packageInfo("org.example.a"), packageInfo("org.example.b"));
    assertThat(compilation).succeeded();

    assertEquals(10, calls.sources.size(), calls.sources.toString());
    for (RecordingFiler.Source source : calls.sources) {
      assertEquals(1, source.origins().size(), source.name());
      Element origin = source.origins().get(0);
      assertTrue(origin instanceof PackageElement, source.name() + " comes from " + origin);
      String pkg = ((PackageElement) origin).getQualifiedName().toString();
      assertTrue(source.name().startsWith(pkg + ".") && source.name().lastIndexOf('.') == pkg.length(),
          source.name() + " is generated into " + pkg + ", its origin");
    }
    assertEquals(0, calls.resourcesCreated, "no resource is created");
    assertEquals(0, calls.classFilesCreated, "no class file is created");
  }

  private static JavaFileObject packageInfo(String pkg) {
    return CloseCodeSpecProcessorTest.packageInfoIn(pkg,
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en\", registry = \"fixtures/small/registry.csv\")");
  }

  /** The processor behind an environment of the test's own, as a build tool runs it. */
  record Wrapped(Processor delegate, RecordingFiler.Calls calls) implements Processor {
    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      delegate.init(new Environment(environment, new RecordingFiler(environment.getFiler(), calls)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /** Not javac's environment: a processor that casts it to a compiler class fails here. */
  private record Environment(ProcessingEnvironment delegate, Filer filer) implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  /** A Filer that records what is created through it, and with which originating elements. */
  record RecordingFiler(Filer delegate, Calls calls) implements Filer {

    record Source(String name, List<Element> origins) {}

    static final class Calls {
      final List<Source> sources = new ArrayList<>();
      int classFilesCreated;
      int resourcesCreated;
      /** What creating a source throws, where a test makes the Filer fail. */
      Error failure;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
      if (calls.failure != null) {
        throw calls.failure;
      }
      calls.sources.add(new Source(name.toString(), List.of(origins)));
      return delegate.createSourceFile(name, origins);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
      calls.classFilesCreated++;
      return delegate.createClassFile(name, origins);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
        Element... origins) throws IOException {
      calls.resourcesCreated++;
      return delegate.createResource(location, pkg, relativeName, origins);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
        throws IOException {
      return delegate.getResource(location, pkg, relativeName);
    }
  }
}
