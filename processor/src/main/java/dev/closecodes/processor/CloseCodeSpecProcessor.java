package dev.closecodes.processor;

import com.google.auto.service.AutoService;
import dev.closecodes.CloseCodeSpec;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.WebSocketApi;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * The annotation processor: for each {@link CloseCodeSpec}, finds the documents, runs the
 * {@link Pipeline} and writes what it generates, reporting every diagnostic on the annotation.
 * Nothing escapes {@link #process} as an exception.
 */
@AutoService(Processor.class)
public final class CloseCodeSpecProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.closecodes.CloseCodeSpec";

  private static final String GENERATED = "javax.annotation.processing.Generated";

  /** The mark for coverage tools that the generated types carry, a member of the annotation. */
  private static final String COVERAGE_MARK = ANNOTATION + ".Generated";

  // It claims the @Generated and the mark it writes on its own output: left unclaimed, javac warns
  // under -Xlint:processing, which fails a consumer's -Xlint:all -Werror build.
  private static final Set<String> ANNOTATIONS = Set.of(ANNOTATION, GENERATED, COVERAGE_MARK);

  /**
   * The option that keeps lock files as committed, for a CI build: where a compile would write a
   * lock file (none is there, or the documents no longer generate what it records), it fails.
   */
  static final String LOCKED_OPTION = "closecodes.locked";

  private static final Set<String> OPTIONS = Set.of(BuildLayout.BASEDIR_OPTION, CompileInputs.OPTION, LOCKED_OPTION);

  /**
   * This processor's jar as it was loaded, by its path, size and time: what tells a rebuilt
   * processor from the one that made a cache entry or an inputs record. Empty when run from a
   * folder of classes, which keeps no cache.
   */
  private static final Optional<CompileInputs.Input> PROCESSOR_JAR = processorJar();

  // What this compile read, for CompileInputs; hashed only when the record is written.
  private final List<DocumentLocator.Read> documentsRead = new ArrayList<>();
  private final List<Path> filesPassedOver = new ArrayList<>();
  /** The lock files of this compile's elements: inputs too, as the compile leaves them. */
  private final List<Path> lockFiles = new ArrayList<>();
  /** Each lock file named so far, and the package or type whose annotation named it first. */
  private final Map<Path, String> lockFileOwners = new HashMap<>();
  /** How many annotated elements were generated in full, not written back from the cache. */
  private int fullRuns;
  private final List<String> classFiles = new ArrayList<>();
  /** The class files of the types generated: javac writes them last, so they tell whether it finished. */
  private final List<String> generatedClassFiles = new ArrayList<>();
  /** The annotated element of each package generated into, in any round: a package takes one. */
  private final Map<String, Element> specsByPackage = new HashMap<>();
  private boolean failed;
  private BuildLayout layout;
  /** The top-level types of this round's sources, by qualified name: where generated ones may already be. */
  private Map<String, TypeElement> sourceTypes = Map.of();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // Given here, not by @SupportedAnnotationTypes and @SupportedOptions: reading those costs every
  // compile the proxy classes the JDK builds for annotation instances.
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ANNOTATIONS;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return OPTIONS;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    sourceTypes = new HashMap<>();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sourceTypes.put(type.getQualifiedName().toString(), type);
      }
    }
    // The annotation's element as javac gives it: no class to load, no name to look up.
    TypeElement spec = null;
    boolean claim = true;
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ANNOTATION)) {
        spec = annotation;
      } else if (annotation.getQualifiedName().contentEquals(GENERATED)) {
        // A claimed annotation is offered to no processor after this one: another tool's
        // @Generated is theirs to see.
        claim = onlyOnOwnOutput(round.getElementsAnnotatedWith(annotation));
      }
    }
    for (Element element : spec == null ? Set.<Element>of() : round.getElementsAnnotatedWith(spec)) {
      Diagnostics diagnostics = new Diagnostics();
      List<Reporter.Line> said = null;
      DocumentLocator locator = null;
      try {
        Optional<String> classFile = classFileOf(element);
        if (classFile.isPresent()) {
          classFiles.add(classFile.get());
        }
        checkFirstInItsPackage(element, diagnostics);
        Optional<String> notAFolder = layout().basedirNotAFolder();
        if (notAFolder.isPresent()) {
          throw diagnostics.fail(Message.BASEDIR_NOT_A_FOLDER, RequestPart.WHOLE, notAFolder.get());
        }
        Optional<Boolean> locked = lockedOption();
        if (locked.isEmpty()) {
          String value = processingEnv.getOptions().get(LOCKED_OPTION);
          throw diagnostics.fail(value.contains("${") ? Message.LOCKED_OPTION_UNRESOLVED : Message.LOCKED_OPTION_BAD,
              RequestPart.WHOLE, value);
        }
        locator = new DocumentLocator(processingEnv, layout().basedir());
        said = generate(element, locator, locked.get(), hasCoverageMark(spec), diagnostics);
      } catch (Diagnostics.Abort reported) {
        // the errors that ended the work on this element are printed below
      } catch (RuntimeException | Error e) {
        // No exception or error, a StackOverflowError or an OutOfMemoryError included, reaches javac.
        diagnostics.report(Message.INTERNAL_ERROR, RequestPart.WHOLE, e);
      }
      if (locator != null) {
        documentsRead.addAll(locator.read()); // those read before an error too: fixing one reruns javac
        filesPassedOver.addAll(locator.passedOver());
      }
      if (said == null) {
        said = Reporter.lines(diagnostics, LockFile.Baseline.NONE);
      }
      if (locator != null && !locator.copiesNotRead().isEmpty()) {
        // Of the build's layout, not of the documents: said first, on every compile, cached or not.
        List<Reporter.Line> all = new ArrayList<>(Reporter.lines(locator.copiesNotRead(), LockFile.Baseline.NONE));
        all.addAll(said);
        said = all;
      }
      if (!said.isEmpty()) {
        new Reporter(processingEnv.getMessager(), element, mirrorOn(element, ANNOTATION)).print(said);
      }
      failed |= diagnostics.hasErrors();
    }
    if (round.processingOver()) {
      writeCompileInputs();
    }
    return claim;
  }

  /**
   * Whether the compile's {@code @CloseCodeSpec} has the member that marks the generated types for
   * coverage tools: an older {@code closecodes-annotation} beside this processor has not, and types
   * that carried it would not compile.
   */
  private static boolean hasCoverageMark(TypeElement annotation) {
    for (Element member : annotation.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ANNOTATION_TYPE && member.getSimpleName().contentEquals("Generated")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each element carries the {@code @Generated} of closecodes' own output, naming this
   * processor and nothing else.
   */
  private boolean onlyOnOwnOutput(Set<? extends Element> elements) {
    for (Element element : elements) {
      AnnotationMirror generated = mirrorOn(element, GENERATED);
      if (generated == null || !SpecValues.strings(generated, "value", processingEnv.getElementUtils())
          .equals(List.of(CloseCodeSpecProcessor.class.getName()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether lock files are kept as committed: {@code -Aclosecodes.locked}, with no value or
   * {@code true}; not without it or with {@code false}; empty for any other value, an error.
   * Space around the value is none of it, as a POM's property may hold some.
   */
  private Optional<Boolean> lockedOption() {
    Map<String, String> options = processingEnv.getOptions();
    String given = options.get(LOCKED_OPTION);
    String value = given == null ? null : given.strip();
    if (!options.containsKey(LOCKED_OPTION) || "false".equalsIgnoreCase(value)) {
      return Optional.of(false);
    }
    return value == null || value.isEmpty() || value.equalsIgnoreCase("true")
        ? Optional.of(true)
        : Optional.empty();
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
    // Every element written back from the cache: its inputs are those of the record already there,
    // unless a compile that failed left it.
    if (fullRuns == 0 && !failed && Files.isRegularFile(file) && !CompileInputs.leftByAFailure(file)) {
      return;
    }
    try {
      List<CompileInputs.Input> inputs = new ArrayList<>();
      for (DocumentLocator.Read document : documentsRead) {
        inputs.add(new CompileInputs.Input(document.address(), Document.sha256(document.bytes())));
      }
      for (Path passedOver : filesPassedOver) {
        inputs.add(CompileInputs.Input.absent(passedOver));
      }
      for (Path lockFile : lockFiles) {
        if (Files.isRegularFile(lockFile)) {
          inputs.add(CompileInputs.Input.at(lockFile.toUri())); // as this compile wrote it, if it did
        }
      }
      if (PROCESSOR_JAR.isPresent()) {
        inputs.add(PROCESSOR_JAR.get());
      }
      new CompileInputs(inputs, classFiles, generatedClassFiles, failed).write(file);
    } catch (IOException | RuntimeException e) {
      String why = e instanceof IOException io ? DocumentFiles.reason(io) : String.valueOf(e.getMessage());
      // No annotation is being processed any more: the warning goes to the compile as a whole.
      processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.WARNING, Reporter.message(
          Diagnostic.of(Message.INPUTS_RECORD_NOT_WRITTEN, RequestPart.WHOLE, file, CompileInputs.OPTION, why)));
    }
  }

  /** This processor's jar, by its path, size and time; empty when run from a folder, or it cannot be told. */
  private static Optional<CompileInputs.Input> processorJar() {
    try {
      java.security.CodeSource source = CloseCodeSpecProcessor.class.getProtectionDomain().getCodeSource();
      URI location = source == null || source.getLocation() == null ? null : source.getLocation().toURI();
      return location != null && "file".equals(location.getScheme()) && Files.isRegularFile(Path.of(location))
          ? Optional.of(CompileInputs.Input.stat(Path.of(location)))
          : Optional.empty();
    } catch (IOException | URISyntaxException | RuntimeException e) {
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
   * Finds the documents the annotation names with {@code locator}, runs the pipeline on them and
   * writes what it generates, reporting everything into {@code diagnostics}.
   *
   * @param locked whether lock files are kept as committed ({@code -Aclosecodes.locked})
   * @param coverageMark whether the types carry {@code @CloseCodeSpec.Generated} for coverage tools
   * @return what to print: what was reported, but for the warnings the lock file recorded before
   *     (a build with nothing new to say prints nothing, and one the lock file stops prints its
   *     error and only what is new; nothing is written then); those a new lock file records as its
   *     baseline are said once, as notes; and last, when a file could not be written, why
   * @throws Diagnostics.Abort when an error was reported before anything was generated; nothing
   *     is written then
   */
  private List<Reporter.Line> generate(Element element, DocumentLocator locator, boolean locked,
      boolean coverageMark, Diagnostics diagnostics) {
    Optional<String> packageFound = packageOf(element);
    if (packageFound.isEmpty()) {
      throw diagnostics.fail(Message.BAD_TARGET, RequestPart.WHOLE, element);
    }
    String packageName = packageFound.get();
    SpecValues spec = SpecValues.of(mirrorOn(element, ANNOTATION), processingEnv.getElementUtils());
    for (String page : spec.pages()) {
      DocumentLocator.reportWindowsOnlyName(page, "pages", diagnostics);
    }
    DocumentLocator.reportWindowsOnlyName(spec.registry(), "registry", diagnostics);
    DocumentLocator.reportWindowsOnlyName(spec.lockFile(), "lockFile", diagnostics);
    diagnostics.stopIfErrors();
    Path lockFile = lockFileOf(locator, spec);
    if (lockFile != null) {
      // Two generations that shared one would each compare with the other's constants.
      String owner = nameOf(element, packageName);
      String first = lockFileOwners.putIfAbsent(lockFile, owner);
      if (first != null && !first.equals(owner)) {
        throw diagnostics.fail(Message.LOCK_FILE_SHARED, new RequestPart("lockFile"), spec.lockFile(), first);
      }
      lockFiles.add(lockFile);
    }
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
    if (lockFile != null) {
      for (DocumentLocator.Read document : locator.read()) {
        if (document.isFile(lockFile)) {
          // Its lines would each read as a damaged lock line.
          throw diagnostics.fail(Message.LOCK_FILE_IS_DOCUMENT, new RequestPart("lockFile"), spec.lockFile(),
              document.name(), spec.pages().contains(document.name()) ? "pages()" : "registry()");
        }
      }
    }
    Set<WebSocketApi> apis = closeCodeApis(element, spec);
    boolean generatedAnnotation = readsGenerated(element);

    // Plain code down to the cache's answer: a recompile with nothing changed runs only this, and
    // each lambda would cost it a bootstrap.
    Optional<Path> cacheFolder = layout().cacheFolder();
    OutputCache cache = cacheFolder.isPresent() && PROCESSOR_JAR.isPresent()
        ? new OutputCache(cacheFolder.get(), packageName)
        : null;
    OutputCache.Inputs inputs = new OutputCache.Inputs(
        describe(packageName, spec, apis, generatedAnnotation, coverageMark), List.copyOf(locator.read()),
        lockText(lockFile));
    if (locked && spec.lockFile().isEmpty()) {
      // Said on every compile, as what the cache keeps is only what the documents gave.
      diagnostics.report(Message.LOCKED_WITHOUT_LOCK_FILE, RequestPart.WHOLE);
    }
    Optional<OutputCache.Entry> cached = cache == null ? Optional.empty() : cache.lookUp(inputs);
    if (cached.isPresent()) {
      // Nothing changed since the last run: its files and what it said, without reading a page.
      List<Reporter.Line> said = cached.get().said();
      if (!diagnostics.isEmpty()) {
        said = new ArrayList<>(Reporter.lines(diagnostics, LockFile.Baseline.NONE));
        said.addAll(cached.get().said());
      }
      Diagnostics writing = new Diagnostics();
      write(element, cached.get().files(), writing);
      return withWriteErrors(said, writing, diagnostics);
    }
    fullRuns++;

    List<Pipeline.Name> names = new ArrayList<>();
    for (SpecValues.Name name : spec.names()) {
      names.add(new Pipeline.Name(name.code(), name.constant()));
    }
    // What the pipeline says is kept apart first: the cache keeps what of it a compile it serves prints.
    Diagnostics reported = new Diagnostics();
    Pipeline.Result result;
    try {
      result = Pipeline.run(new Pipeline.Request(packageName, pages, registry,
          ChecksFrom.valueOf(spec.checksFrom()), names, spec.locales(), apis, generatedAnnotation, coverageMark),
          reported);
    } finally {
      for (Diagnostic diagnostic : reported.all()) {
        diagnostics.report(diagnostic);
      }
    }
    LockFile.Baseline knownWarnings = LockFile.Baseline.NONE;
    LockFileGuard guard = null;
    if (!spec.lockFile().isEmpty()) {
      guard = new LockFileGuard(locator, diagnostics);
      try {
        knownWarnings = guard.check(spec.lockFile(), packageName, spec.allowRemovals(), locked, result.table(),
            WebSocketApi.closeCodeInterfaces(apis));
      } catch (Diagnostics.Abort stopped) {
        // Nothing is written; beside the error, only the warnings the lock file does not record yet.
        return Reporter.lines(diagnostics, guard.recorded());
      }
    }
    Diagnostics writing = new Diagnostics();
    boolean filesWritten = write(element, result.files(), writing);
    if (filesWritten && guard != null) {
      // Only now: a compile that could not write the files leaves the lock file as it was, and the
      // next one says again what changed.
      try {
        guard.writeIfChanged();
      } catch (Diagnostics.Abort notWritten) {
        // Its error is among the diagnostics. The warnings the file was to record as known are not.
        knownWarnings = guard.recorded();
      }
    }
    List<Reporter.Line> said = withWriteErrors(Reporter.lines(diagnostics, knownWarnings), writing, diagnostics);
    if (cache != null && !diagnostics.hasErrors()) {
      // A compile the entry serves finds the lock file as this run leaves it, recording its warnings.
      byte[] lockText = lockText(lockFile);
      LockFile.Baseline recorded = new LockFile.Baseline(
          LockFile.warnings(new String(lockText, StandardCharsets.UTF_8)), false);
      cache.store(new OutputCache.Inputs(inputs.request(), inputs.documents(), lockText),
          new OutputCache.Entry(result.files(), Reporter.lines(reported, recorded)));
    }
    return said;
  }

  /**
   * What to print: {@code said}, what the run says had the files been written, and after it why one
   * could not be. Both a full run and one the cache serves say it so, and say the same.
   */
  private static List<Reporter.Line> withWriteErrors(List<Reporter.Line> said, Diagnostics writing,
      Diagnostics diagnostics) {
    if (writing.isEmpty()) {
      return said;
    }
    for (Diagnostic diagnostic : writing.all()) {
      diagnostics.report(diagnostic);
    }
    List<Reporter.Line> lines = new ArrayList<>(said);
    lines.addAll(Reporter.lines(writing, LockFile.Baseline.NONE));
    return lines;
  }

  /**
   * Writes the generated files through the Filer, each with the annotated element as its origin.
   * A type already among the compile's sources with the same generation mark in its Javadoc is
   * this output already (Kotlin's kapt ran the processor before javac, say), and is left as it is;
   * one with another mark is an earlier output, for documents since changed, which the error names.
   *
   * @return whether each file was written, or left as the same output already among the sources;
   *     where one could not be, {@code diagnostics} says why and the files after it are not written
   */
  private boolean write(Element element, List<GeneratedFile> files, Diagnostics diagnostics) {
    for (GeneratedFile file : files) {
      generatedClassFiles.add(file.qualifiedName().replace('.', '/') + ".class");
      Optional<String> mark = file.generationMark();
      TypeElement existing = sourceTypes.get(file.qualifiedName());
      Optional<String> earlierMark = Optional.empty();
      if (existing != null) {
        String javadoc = processingEnv.getElementUtils().getDocComment(existing);
        if (javadoc != null && mark.isPresent() && javadoc.contains(mark.get())) {
          continue;
        }
        earlierMark = GeneratedFile.markIn(javadoc);
      }
      try {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(file.qualifiedName(), element);
        try (Writer writer = source.openWriter()) {
          writer.write(file.source());
        }
      } catch (FilerException e) {
        if (earlierMark.isPresent()) {
          diagnostics.report(Message.EARLIER_OUTPUT_IN_SOURCES, RequestPart.WHOLE, file.qualifiedName(),
              earlierMark.get(), mark.orElse(""));
        } else {
          diagnostics.report(Message.TYPE_ALREADY_IN_SOURCES, RequestPart.WHOLE, file.qualifiedName(),
              mark.orElse(""));
        }
        return false;
      } catch (IOException e) {
        diagnostics.report(Message.CANNOT_WRITE, RequestPart.WHOLE, file.qualifiedName(), e.getMessage());
        return false;
      } catch (RuntimeException e) {
        // javac wraps what its file manager throws (a folder where the file goes, say) as its own
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        diagnostics.report(Message.CANNOT_WRITE, RequestPart.WHOLE, file.qualifiedName(), cause.toString());
        return false;
      }
    }
    return true;
  }

  /**
   * Everything of a request that decides what is generated, besides the documents' bytes: the
   * annotation's attributes, what the compile offers, and which processor runs.
   */
  private static String describe(String packageName, SpecValues spec, Set<WebSocketApi> apis,
      boolean generatedAnnotation, boolean coverageMark) {
    String processor = PROCESSOR_JAR.isPresent()
        ? PROCESSOR_JAR.get().address() + "\t" + PROCESSOR_JAR.get().fingerprint()
        : "";
    StringBuilder names = new StringBuilder();
    for (SpecValues.Name name : spec.names()) {
      names.append(name.code()).append('=').append(name.constant()).append(';');
    }
    return String.join("\n", "package " + packageName, "pages " + String.join("\t", spec.pages()),
        "locales " + String.join("\t", spec.locales()), "registry " + spec.registry(),
        "checksFrom " + spec.checksFrom(), "names " + names, "lockFile " + spec.lockFile(),
        "allowRemovals " + spec.allowRemovals(), "apis " + apis, "generated " + generatedAnnotation,
        "coverageMark " + coverageMark,
        "processor " + processor);
  }

  /** The lock file the annotation asks for; null for none, or a name that is no path (the guard reports it). */
  private static Path lockFileOf(DocumentLocator locator, SpecValues spec) {
    try {
      return spec.lockFile().isEmpty() ? null : locator.resolve(spec.lockFile()).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The lock file's bytes; empty where none is asked for, or none is there yet, or it cannot be read. */
  private static byte[] lockText(Path lockFile) {
    if (lockFile == null) {
      return new byte[0];
    }
    try {
      return DocumentFiles.readBytes(lockFile);
    } catch (IOException | RuntimeException e) {
      return new byte[0]; // none yet, or one the full run reports on
    }
  }

  /**
   * The WebSocket APIs whose close-code interface {@code CloseCode} implements (Jakarta WebSocket's,
   * {@code javax.websocket}'s): of those the annotation's {@code closeCodeApis} names, each the
   * consumer's code sees, and, in a named module, each the module passes on to its own readers
   * ({@code requires transitive}), as a public type that names it must, or javac warns under
   * {@code -Xlint:exports}; not by {@code requires static}, which leaves it out at run time, where
   * {@code CloseCode} could not load without it. Looked up in the element's own module: that is the
   * question, and a lookup in every module of the JDK costs a compile some 30 ms.
   */
  private Set<WebSocketApi> closeCodeApis(Element element, SpecValues spec) {
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(element);
    Set<WebSocketApi> apis = EnumSet.noneOf(WebSocketApi.class);
    for (WebSocketApi api : WebSocketApi.values()) {
      if (!spec.closeCodeApis().contains(api.name())) {
        continue;
      }
      if (module == null) {
        if (elements.getTypeElement(api.closeCodeInterface()) != null) { // a compile without modules
          apis.add(api);
        }
        continue;
      }
      TypeElement closeCode = elements.getTypeElement(module, api.closeCodeInterface());
      if (closeCode != null && readsTransitively(module, elements.getModuleOf(closeCode), true)) {
        apis.add(api);
      }
    }
    return apis;
  }

  /**
   * Whether the generated types may carry {@code @javax.annotation.processing.Generated}: not in a
   * compile for Java 8 or older, which has no such type; in the unnamed module they may; in a named
   * module only where it requires {@code java.compiler} (or {@code java.se}) transitively.
   * Otherwise {@code @Generated} would not compile, or would draw {@code -Xlint:exports} warnings
   * on every public type, and one line, {@code requires static dev.closecodes;}, is all a module
   * needs.
   */
  private boolean readsGenerated(Element element) {
    if (processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0) {
      return false; // Java 9 added the type
    }
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(element);
    // @Generated is kept in the source only: a static requires will do
    return module == null || readsTransitively(module, elements.getModuleElement("java.compiler"), false);
  }

  /**
   * Whether a public type of {@code module} may name a type of {@code target} with no
   * {@code -Xlint:exports} warning: the unnamed module may; a named one where it is the target,
   * or reaches it by {@code requires transitive} alone, directly or through other modules, and,
   * where the type is needed at run time, by none that is also {@code static}.
   */
  private static boolean readsTransitively(ModuleElement module, ModuleElement target, boolean atRunTime) {
    if (module.isUnnamed() || module.equals(target)) {
      return true;
    }
    if (target == null || target.isUnnamed()) {
      return false;
    }
    Set<ModuleElement> seen = new HashSet<>();
    Deque<ModuleElement> pending = new ArrayDeque<>();
    pending.add(module);
    while (!pending.isEmpty()) {
      for (ModuleElement.Directive directive : pending.remove().getDirectives()) {
        if (directive instanceof ModuleElement.RequiresDirective requires && requires.isTransitive()
            && !(atRunTime && requires.isStatic())) {
          ModuleElement dependency = requires.getDependency();
          if (dependency.equals(target)) {
            return true;
          }
          if (seen.add(dependency)) {
            pending.add(dependency);
          }
        }
      }
    }
    return false;
  }

  /**
   * Two specs of one package would generate the same five types twice, each run failing on the
   * other's output with a message about neither.
   *
   * @throws Diagnostics.Abort after reporting a spec whose package has one already
   */
  private void checkFirstInItsPackage(Element element, Diagnostics diagnostics) {
    Optional<String> packageName = packageOf(element);
    if (packageName.isEmpty()) {
      return; // not a package or a type: generate() says so
    }
    Element first = specsByPackage.putIfAbsent(packageName.get(), element);
    if (first != null && first != element) {
      throw diagnostics.fail(Message.SECOND_SPEC_IN_PACKAGE, RequestPart.WHOLE, nameOf(first, packageName.get()),
          packageName.get());
    }
  }

  /** An annotated package or type as messages name it: {@code package org.example.ws}, or the type's name. */
  private static String nameOf(Element annotated, String packageName) {
    // Not LockFile.shownPackage: this runs before the cache's answer, which loads no LockFile; and
    // an annotated package, with its package-info, is never the unnamed one.
    return annotated instanceof PackageElement ? "package " + packageName
        : ((TypeElement) annotated).getQualifiedName().toString();
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

  /** The annotation of that name on the element; null where it has none. */
  private static AnnotationMirror mirrorOn(Element element, String annotation) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    for (AnnotationMirror mirror : mirrors) {
      if (mirror.getAnnotationType().toString().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }
}
