package dev.closecodes.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What closecodes adds to a compile, measured as a user's build pays it: javac run in a fresh JVM
 * on this module's two sources with the processor, as the README's fragment sets it up, against
 * javac with {@code -proc:none} on the same sources and the five generated files. Two cases, the
 * runs of all interleaved and the medians taken, beside the floor: a processor that only writes
 * the same five files, which is what javac charges any processor that generates them; and beside
 * that, what javac charges for a processor at all: one that claims the annotation and does
 * nothing, on the same sources and generated files as javac alone.
 *
 * <ul>
 * <li>a recompile whose inputs did not change: the same output folders and inputs record as the
 *     compile before, as Maven's recompiles have them;
 * <li>a compile after a page change: the page, given as a file, differs in one byte each time.
 * </ul>
 *
 * <p>The compiles target the fragment's {@code --release 17}, or another release, or, given
 * {@code none}, the running JDK's own: a JDK newer than the release reads the platform's classes
 * from its {@code ct.sym} archive, which changes what javac's own checks cost.
 *
 * <p>A benchmark that reports, not a test: {@code mvn verify} runs it after the tests and writes
 * {@code target/compile-overhead.md}. Run by hand: {@code java -cp ... CompileOverheadBenchmark
 * PROJECT OUT ROUNDS [RELEASE]}.
 */
public final class CompileOverheadBenchmark {

  private final Path project;
  private final Path work;
  private final Path javac;
  /** javac's options for the release compiled for: none for the running JDK's own. */
  private final List<String> release;

  private CompileOverheadBenchmark(Path project, Path work, String release) {
    this.project = project;
    this.work = work;
    this.javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    this.release = release.equals("none") ? List.of() : List.of("--release", release);
  }

  /**
   * Runs the benchmark.
   *
   * @param args the closecodes project's folder, the file to write the table to, how many rounds,
   *     and the release to compile for ({@code 17}, the fragment's, if not given; {@code none} for
   *     the running JDK's own)
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path project = Path.of(args[0]).toAbsolutePath().normalize();
    Path report = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String release = args.length > 3 && !args[3].isBlank() ? args[3] : "17";
    Path work = Files.createTempDirectory("closecodes-overhead");
    String table;
    try {
      table = new CompileOverheadBenchmark(project, work, release).run(rounds);
    } finally {
      ConsumerProjects.deleteTree(work); // each run leaves nothing behind
    }
    System.out.print(table);
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, table, StandardCharsets.UTF_8);
  }

  private String run(int rounds) throws IOException, InterruptedException {
    // A project folder as Maven lays it out: a pom.xml, the sources, the page as a file of its own.
    Files.writeString(work.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
    copy(project.resolve("generated-example/src/main/java"), work.resolve("src/main/java"));
    Files.copy(project.resolve("generated-example/closecodes.lock"), work.resolve("closecodes.lock"));
    Path page = work.resolve("mdn/fr/web/api/closeevent/index.md");
    copy(project.resolve("spec-source/src/main/resources/mdn"), work.resolve("mdn"));
    String pageText = Files.readString(page, StandardCharsets.UTF_8);
    List<String> sources = javaFiles(work.resolve("src/main/java"));

    List<String> withProcessor = javac();
    withProcessor.addAll(List.of("-cp", jar("processor/annotation/target", "closecodes-annotation"),
        "-processorpath", project.resolve("processor/target/closecodes.jar") + java.io.File.pathSeparator
            + jar("spec-source/target", "closecodes-spec-source"),
        "-d", "target/classes", "-s", "target/generated-sources/annotations"));
    withProcessor.addAll(sources);
    time(withProcessor); // the first compile: outputs, the inputs record and the lock file as a build leaves them
    List<String> plain = javac();
    plain.addAll(List.of("-proc:none", "-cp", jar("processor/annotation/target", "closecodes-annotation"),
        "-d", "plain"));
    plain.addAll(sources);
    plain.addAll(javaFiles(work.resolve("target/generated-sources/annotations")));

    List<String> withIdle = javac();
    withIdle.addAll(List.of("-cp", jar("processor/annotation/target", "closecodes-annotation"),
        "-processorpath", idleProcessor().toString(), "-d", "idle-classes"));
    withIdle.addAll(sources);
    withIdle.addAll(javaFiles(work.resolve("target/generated-sources/annotations")));

    List<String> withFloor = javac();
    withFloor.addAll(List.of("-cp", jar("processor/annotation/target", "closecodes-annotation"),
        "-processorpath", floorProcessor().toString(), "-d", "floor-classes", "-s", "floor-sources"));
    withFloor.addAll(sources);

    List<Long> alone = new ArrayList<>();
    List<Long> idle = new ArrayList<>();
    List<Long> floor = new ArrayList<>();
    List<Long> unchanged = new ArrayList<>();
    List<Long> changed = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      alone.add(time(plain));
      idle.add(time(withIdle));
      floor.add(time(withFloor));
      unchanged.add(time(withProcessor));
      // one byte more each round: a change the processor must read and generate from anew
      Files.writeString(page, pageText + "\n".repeat(round + 1), StandardCharsets.UTF_8);
      changed.add(time(withProcessor));
      Files.writeString(page, pageText, StandardCharsets.UTF_8);
      time(withProcessor); // back to the page the next round's unchanged compile expects
    }
    // Each round's compiles run back to back, so each round's differences leave out what drifts
    // between rounds on a shared machine; the table gives their median and middle half.
    return String.format(Locale.ROOT, """
        | compile (javac %s in a fresh JVM, %s, %d rounds) | javac alone | with the processor | added (median) | added (middle half of rounds) |
        | --- | --- | --- | --- | --- |
        %s
        %s
        %s
        %s
        """, Runtime.version().feature(), release.isEmpty() ? "for its own release" : String.join(" ", release),
        rounds, row("a processor that claims the annotation and does nothing", alone, idle),
        row("a processor that only writes the same five files", alone, floor),
        row("recompile, inputs unchanged", alone, unchanged), row("after a page change", alone, changed));
  }

  /** javac, with the fragment's options and the release compiled for. */
  private List<String> javac() {
    List<String> command = new ArrayList<>(List.of(javac.toString(), "-Xlint:all", "-Xlint:-processing"));
    command.addAll(release);
    return command;
  }

  /** One row: the medians, and the median and quartiles of the rounds' differences. */
  private static String row(String name, List<Long> alone, List<Long> with) {
    List<Long> added = new ArrayList<>();
    for (int i = 0; i < alone.size(); i++) {
      added.add(with.get(i) - alone.get(i));
    }
    Collections.sort(added);
    return String.format(Locale.ROOT, "| %s | %d ms | %d ms | %+d ms | %+d to %+d ms |", name, median(alone),
        median(with), median(added), added.get(added.size() / 4), added.get((added.size() * 3) / 4));
  }

  /**
   * The least any processor that generates these five files adds: one that writes them, read from
   * the first compile's output, through the Filer, and does nothing else. It claims the annotation
   * and the {@code @Generated} on its output, so that javac has nothing to warn of, and names them
   * in code rather than by annotations, which the JDK would read through proxy classes. What javac
   * does for a processor at all (finding it, checking each new type's name, a second round for the
   * new files) is in it; closecodes' own work is not.
   */
  private Path floorProcessor() throws IOException, InterruptedException {
    Path generated = work.resolve("target/generated-sources/annotations");
    copy(generated, work.resolve("floor/sources"));
    StringBuilder files = new StringBuilder();
    for (String file : javaFiles(work.resolve("floor/sources"))) {
      files.append('"').append(work.relativize(Path.of(file)).toString().replace('\\', '/')).append("\", ");
    }
    return processor("WriteOnly", """
        import java.io.IOException;
        import java.io.UncheckedIOException;
        import java.io.Writer;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import javax.lang.model.element.Element;
        """, """
          private static final String[] FILES = {%s};
        """.formatted(files), """
            for (TypeElement annotation : annotations) {
              if (!annotation.getQualifiedName().contentEquals("dev.closecodes.CloseCodeSpec")) {
                continue;
              }
              for (Element element : round.getElementsAnnotatedWith(annotation)) {
                try {
                  for (String file : FILES) {
                    String name = file.substring("floor/sources/".length(), file.length() - ".java".length())
                        .replace('/', '.');
                    try (Writer out = processingEnv.getFiler().createSourceFile(name, element).openWriter()) {
                      out.write(Files.readString(Path.of(file)));
                    }
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
        """);
  }

  /**
   * What javac charges for any processor on the path: one that claims the annotation, as
   * closecodes does, and does nothing with it; no file is generated, so there is no second round.
   */
  private Path idleProcessor() throws IOException, InterruptedException {
    return processor("Idle", "", "", "");
  }

  /**
   * A processor of package {@code floor} that claims the annotation and the {@code @Generated} on
   * closecodes' output, compiled into a folder of its own with the service file that names it.
   *
   * @param imports import lines beyond those every such processor has
   * @param fields its fields' declarations
   * @param process the statements {@code process} runs before it returns true
   */
  private Path processor(String name, String imports, String fields, String process)
      throws IOException, InterruptedException {
    Path source = work.resolve("floor/src/floor/" + name + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package floor;

        import java.util.Set;
        import javax.annotation.processing.AbstractProcessor;
        import javax.annotation.processing.RoundEnvironment;
        import javax.lang.model.SourceVersion;
        import javax.lang.model.element.TypeElement;
        %s
        public final class %s extends AbstractProcessor {
        %s
          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of("dev.closecodes.CloseCodeSpec", "javax.annotation.processing.Generated");
          }

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        %s    return true;
          }
        }
        """.formatted(imports, name, fields, process), StandardCharsets.UTF_8);
    String className = "floor." + name;
    Path classes = work.resolve("processors/" + className);
    Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(classes.resolve("META-INF/services/javax.annotation.processing.Processor"), className + "\n",
        StandardCharsets.UTF_8);
    time(List.of(javac.toString(), "-d", classes.toString(), source.toString()));
    return classes;
  }

  /** The wall time of one compile in a new JVM, in milliseconds; it must succeed. */
  private long time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("the compile failed:\n" + output);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The built jar of a module, found by its name's start. */
  private String jar(String folder, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve(folder))) {
      return files.filter(file -> file.getFileName().toString().startsWith(prefix)
              && file.getFileName().toString().endsWith(".jar")
              && !file.getFileName().toString().contains("sources"))
          .findFirst().orElseThrow(() -> new IllegalStateException("no " + prefix + " jar in " + folder + "; build first"))
          .toString();
    }
  }

  private static List<String> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
