package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import dev.closecodes.CloseCodeSpec;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The annotation processor: for each {@link CloseCodeSpec}, finds the documents, runs the
 * {@link Pipeline} and writes what it generates, reporting every diagnostic on the annotation.
 * Nothing escapes {@link #process} as an exception.
 */
@AutoService(Processor.class)
// It claims the @Generated it writes on its own output: left unclaimed, javac warns under
// -Xlint:processing, which fails a consumer's -Xlint:all -Werror build.
@SupportedAnnotationTypes({CloseCodeSpecProcessor.ANNOTATION, "javax.annotation.processing.Generated"})
@SupportedOptions({BuildLayout.BASEDIR_OPTION, CompileInputs.OPTION})
public final class CloseCodeSpecProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.closecodes.CloseCodeSpec";

  // What this compile read, for CompileInputs.
  private final List<CompileInputs.Input> documentsRead = new ArrayList<>();
  private final List<String> classFiles = new ArrayList<>();
  private boolean failed;
  private BuildLayout layout;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(CloseCodeSpec.class)) {
      Diagnostics diagnostics = new Diagnostics();
      Set<String> knownWarnings = new HashSet<>();
      try {
        classFileOf(element).ifPresent(classFiles::add);
        knownWarnings.addAll(generate(element, diagnostics));
      } catch (Diagnostics.Abort reported) {
        // the errors that ended the work on this element are reported below
      } catch (RuntimeException | Error e) {
        // No exception or error, a StackOverflowError or an OutOfMemoryError included, reaches javac.
        diagnostics.report(Message.INTERNAL_ERROR, RequestPart.WHOLE, e);
      }
      // A warning the lock file records was said before: a build with nothing new to say prints nothing.
      new Reporter(processingEnv.getMessager(), element, mirrorOn(element))
          .print(diagnostics, diagnostic -> !knownWarnings.contains(LockFile.Warning.of(diagnostic).fingerprint()));
      failed |= diagnostics.hasErrors();
    }
    if (round.processingOver()) {
      writeCompileInputs();
    }
    return true;
  }

  /** The build's layout, found at the first annotated element. */
  private BuildLayout layout() {
    if (layout == null) {
      layout = new BuildLayout(processingEnv);
    }
    return layout;
  }

  /** Writes what this compile read where the build keeps the record (see {@link BuildLayout}). */
  private void writeCompileInputs() {
    // A compile with nothing annotated (test sources, say, under the same compiler arguments)
    // leaves the record of the one that had something.
    if (classFiles.isEmpty() || layout().inputsRecord().isEmpty()) {
      return;
    }
    Path file = layout().inputsRecord().get();
    try {
      List<CompileInputs.Input> inputs = new ArrayList<>(documentsRead);
      processorJar().ifPresent(inputs::add);
      new CompileInputs(inputs, classFiles, failed).write(file);
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.WARNING,
          "[closecodes] cannot write " + file + " (option " + CompileInputs.OPTION + "): " + e.getMessage()
              + "; a page edit alone may not rebuild");
    }
  }

  /** This processor's jar, as a rebuilt processor generates anew; empty when run from a folder. */
  private static Optional<CompileInputs.Input> processorJar() throws IOException {
    java.security.CodeSource source = CloseCodeSpecProcessor.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      URI location = source.getLocation().toURI();
      return "file".equals(location.getScheme()) && Files.isRegularFile(Path.of(location))
          ? Optional.of(CompileInputs.Input.at(location))
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The class file javac compiles the annotated element into, relative to the class output: the
   * file whose removal makes Maven's compiler plugin run javac again.
   */
  private Optional<String> classFileOf(Element element) {
    if (element instanceof PackageElement pkg) {
      String name = pkg.getQualifiedName().toString();
      return Optional.of((name.isEmpty() ? "" : name.replace('.', '/') + "/") + "package-info.class");
    }
    Element outermost = element;
    while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
      outermost = enclosing;
    }
    if (outermost instanceof TypeElement type) {
      return Optional.of(processingEnv.getElementUtils().getBinaryName(type).toString().replace('.', '/') + ".class");
    }
    return Optional.empty();
  }

  /**
   * Finds the documents the annotation names, runs the pipeline on them and writes what it
   * generates, reporting everything into {@code diagnostics}.
   *
   * @return the fingerprints of the warnings the lock file records, which need not print again
   * @throws Diagnostics.Abort when an error was reported; nothing is written then
   */
  private Set<String> generate(Element element, Diagnostics diagnostics) {
    String packageName = packageOf(element)
        .orElseThrow(() -> diagnostics.fail(Message.BAD_TARGET, RequestPart.WHOLE, element));
    CloseCodeSpec spec = element.getAnnotation(CloseCodeSpec.class);
    DocumentLocator locator = new DocumentLocator(processingEnv, layout().basedir(),
        (address, bytes) -> documentsRead.add(new CompileInputs.Input(address, Document.sha256(bytes))));
    List<Document> pages = new ArrayList<>();
    for (String name : spec.pages()) {
      try {
        pages.add(locator.find(name, "pages", diagnostics));
      } catch (Diagnostics.Abort reported) {
        // the other pages are still looked for
      }
    }
    Optional<Document> registry = spec.registry().isEmpty()
        ? Optional.empty()
        : Optional.of(locator.find(spec.registry(), "registry", diagnostics));
    diagnostics.stopIfErrors();
    // CloseCode implements Jakarta WebSocket's CloseCode where the consumer compiles against it.
    boolean jakarta = processingEnv.getElementUtils().getTypeElement("jakarta.websocket.CloseReason.CloseCode") != null;
    List<Pipeline.Name> names = Stream.of(spec.names())
        .map(name -> new Pipeline.Name(name.code(), name.constant()))
        .toList();
    Pipeline.Result result = Pipeline.run(new Pipeline.Request(packageName, pages, registry,
        ChecksFrom.valueOf(spec.checksFrom().name()), names, List.of(spec.locales()), jakarta,
        readsGenerated(element)), diagnostics);
    Set<String> knownWarnings = spec.lockFile().isEmpty()
        ? Set.of()
        : new LockFileGuard(locator, diagnostics).check(spec.lockFile(), spec.allowRemovals(), result.table());
    for (GeneratedFile file : result.files()) {
      try {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(file.qualifiedName(), element);
        try (Writer writer = source.openWriter()) {
          writer.write(file.source());
        }
      } catch (IOException e) {
        throw diagnostics.fail(Message.CANNOT_WRITE, RequestPart.WHOLE, file.qualifiedName(), e.getMessage());
      }
    }
    return knownWarnings;
  }

  /**
   * Whether the generated types may carry {@code @javax.annotation.processing.Generated}: in the
   * unnamed module they may; in a named module only where it requires {@code java.compiler} (or
   * {@code java.se}) transitively. Otherwise {@code @Generated} would not compile, or would draw
   * {@code -Xlint:exports} warnings on every public type, and one line,
   * {@code requires static dev.closecodes;}, is all a module needs.
   */
  private boolean readsGenerated(Element element) {
    ModuleElement module = processingEnv.getElementUtils().getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires && requires.isTransitive()) {
        String name = requires.getDependency().getQualifiedName().toString();
        if (name.equals("java.compiler") || name.equals("java.se")) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<String> packageOf(Element element) {
    if (element instanceof PackageElement pkg) {
      return Optional.of(pkg.getQualifiedName().toString());
    }
    if (element instanceof TypeElement) {
      return Optional.of(processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString());
    }
    return Optional.empty();
  }

  private static AnnotationMirror mirrorOn(Element element) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    for (AnnotationMirror mirror : mirrors) {
      if (mirror.getAnnotationType().toString().equals(ANNOTATION)) {
        return mirror;
      }
    }
    return null;
  }
}
