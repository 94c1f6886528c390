package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.closecodes.CloseCodeSpec;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.generate.Generator;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.read.Hashes;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The annotation processor: for each {@link CloseCodeSpec}, finds the documents, runs the
 * {@link Generator} and writes what it generates, reporting every diagnostic on the annotation.
 * Nothing escapes {@link #process} as an exception.
 */
@AutoService(Processor.class)
// It claims the @Generated it writes on its own output: left unclaimed, javac warns under
// -Xlint:processing, which fails a consumer's -Xlint:all -Werror build.
@SupportedAnnotationTypes({CloseCodeSpecProcessor.ANNOTATION, "javax.annotation.processing.Generated"})
@SupportedOptions({DocumentLocator.BASEDIR_OPTION, CompileInputs.OPTION})
public final class CloseCodeSpecProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.closecodes.CloseCodeSpec";

  // What this compile read, for CompileInputs.
  private final List<CompileInputs.Input> documentsRead = new ArrayList<>();
  private final List<String> classFiles = new ArrayList<>();
  private boolean failed;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(CloseCodeSpec.class)) {
      Reporter reporter = new Reporter(processingEnv.getMessager(), element, mirrorOn(element));
      try {
        classFileOf(element).ifPresent(classFiles::add);
        generate(element, reporter);
      } catch (RuntimeException | LinkageError e) {
        reporter.report(Diagnostic.of(Message.INTERNAL_ERROR, new SourceLocation(ANNOTATION, 1), e));
      }
      failed |= reporter.reportedError();
    }
    if (round.processingOver()) {
      writeCompileInputs();
    }
    return true;
  }

  /** Writes what this compile read where the {@code closecodes.inputs} option says, if it says. */
  private void writeCompileInputs() {
    String file = processingEnv.getOptions().get(CompileInputs.OPTION);
    // A compile with nothing annotated (test sources, say, under the same compiler arguments)
    // leaves the record of the one that had something.
    if (file == null || file.isBlank() || classFiles.isEmpty()) {
      return;
    }
    try {
      List<CompileInputs.Input> inputs = new ArrayList<>(documentsRead);
      processorJar().ifPresent(inputs::add);
      new CompileInputs(inputs, classFiles, failed).write(Path.of(file));
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

  private void generate(Element element, Reporter reporter) {
    Optional<String> packageName = packageOf(element);
    if (packageName.isEmpty()) {
      reporter.report(Diagnostic.of(Message.BAD_TARGET, new SourceLocation(ANNOTATION, 1), element));
      return;
    }
    CloseCodeSpec spec = element.getAnnotation(CloseCodeSpec.class);
    Map<Integer, String> names = nameOverrides(spec, reporter);
    if (names == null) {
      return;
    }
    if (spec.pages().length == 0) {
      reporter.report(Diagnostic.of(Message.SPEC_NOT_FOUND, new SourceLocation(ANNOTATION, 1), "", "pages() is empty"));
      return;
    }
    DocumentLocator locator = new DocumentLocator(processingEnv,
        (address, bytes) -> documentsRead.add(new CompileInputs.Input(address, Hashes.sha256(bytes))));
    List<Generator.Document> pages = new ArrayList<>();
    for (String name : spec.pages()) {
      locator.find(name, reporter).ifPresent(pages::add);
    }
    Optional<Generator.Document> registry = spec.registry().isEmpty()
        ? Optional.empty()
        : locator.find(spec.registry(), reporter);
    if (pages.size() < spec.pages().length || (!spec.registry().isEmpty() && registry.isEmpty())) {
      return;
    }
    // CloseCode implements Jakarta WebSocket's CloseCode where the consumer compiles against it.
    boolean jakarta = processingEnv.getElementUtils().getTypeElement("jakarta.websocket.CloseReason.CloseCode") != null;
    if (spec.locales().length > 0 && spec.locales().length != spec.pages().length) {
      reporter.report(Diagnostic.of(Message.BAD_LOCALE, new SourceLocation(ANNOTATION, 1),
          spec.locales().length + " locale(s) for " + spec.pages().length + " page(s); give one for each page, or none"));
      return;
    }
    Generator.Result result = Generator.generate(new Generator.Request(
        packageName.get(), pages, registry, spec.checksFrom(), names, jakarta, List.of(spec.locales())));
    result.diagnostics().forEach(reporter::report);
    if (result.hasErrors()) {
      return;
    }
    if (!spec.lockFile().isEmpty() && !new LockFileGuard(locator, reporter).check(spec, result.table().orElseThrow())) {
      return;
    }
    for (JavaFile file : result.files()) {
      String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
      try {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name, element);
        try (Writer writer = source.openWriter()) {
          file.writeTo(writer);
        }
      } catch (IOException e) {
        reporter.report(Diagnostic.of(Message.INTERNAL_ERROR, new SourceLocation(name, 1), "cannot write: " + e.getMessage()));
      }
    }
  }

  /** The names() overrides by code; null after reporting a bad one. */
  private static Map<Integer, String> nameOverrides(CloseCodeSpec spec, Reporter reporter) {
    Map<Integer, String> names = new LinkedHashMap<>();
    Map<String, Integer> codesByName = new LinkedHashMap<>();
    for (CloseCodeSpec.Name name : spec.names()) {
      SourceLocation where = new SourceLocation(ANNOTATION, 1);
      if (!dev.closecodes.check.Identifiers.isJavaIdentifier(name.constant())) {
        reporter.report(Diagnostic.of(Message.BAD_NAME_OVERRIDE, where, name.constant(), name.code()));
        return null;
      }
      Integer other = codesByName.put(name.constant(), name.code());
      if (other != null && other != name.code()) {
        reporter.report(Diagnostic.of(Message.DUPLICATE_CONSTANT, where, name.constant(), other, name.code()));
        return null;
      }
      names.put(name.code(), name.constant());
    }
    return names;
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
