package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A compile whose inputs did not change writes back what the processor generated last, without
 * reading a page. What it writes, and what it reports, must be what a full run writes and reports,
 * byte for byte, after every kind of change: a page edit, a registry edit, a new processor jar, and
 * a cache entry damaged on disk.
 *
 * <p>Each compile is javac on a project folder as Maven lays it out, with the processor jar as
 * built. Whether a compile used the cache is told from the entry's file: a full run writes it, a
 * compile that used it leaves it untouched.
 */
class OutputCacheTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(86_400_000L);

  @TempDir Path work;
  /** javac's options besides those of the README's fragment. */
  private List<String> options = List.of();
  private Path project;
  private Path processorJar;

  /** What one compile wrote and said. */
  private record Compile(Map<String, String> generated, List<String> diagnostics, boolean usedCache) {}

  @BeforeEach
  void setUp() throws IOException {
    project = work.resolve("project");
    ConsumerProjects.write(project.resolve("pom.xml"), "<project/>\n");
    annotate("pages = \"page.md\", registry = \"registry.csv\", lockFile = \"closecodes.lock\"");
    Path resources = MavenRuns.PROJECT.resolve("spec-source/src/main/resources");
    Files.copy(resources.resolve("mdn/fr/web/api/closeevent/index.md"), project.resolve("page.md"));
    Files.copy(resources.resolve("iana/websocket-close-codes.csv"), project.resolve("registry.csv"));
    processorJar = Files.createDirectories(work.resolve("tools")).resolve("closecodes.jar");
    Files.copy(MavenRuns.builtJar("processor", "closecodes.jar"), processorJar);
  }

  @Test
  void anUnchangedCompileWritesWhatAFullRunWrites() throws IOException {
    Compile first = compile();
    assertFalse(first.usedCache(), "the first compile has no cache to use");
    assertEquals(5, first.generated().size(), first.generated().keySet()::toString);
    assertSameAsAFullRun(compile());
  }

  @Test
  void afterAPageEdit() throws IOException {
    Compile before = settled();
    ConsumerProjects.replace(project.resolve("page.md"), "de pwotocowe. o.O", "de pwotocowe, sans retour.");
    Compile edited = compile();
    assertFalse(edited.usedCache(), "a page edit is read");
    assertNotEquals(before.generated(), edited.generated());
    assertTrue(edited.generated().values().stream().anyMatch(source -> source.contains("sans retour")),
        "the edit reaches the output");
    assertSameAsAFullRun(compile());
  }

  @Test
  void afterARegistryEdit() throws IOException {
    Compile before = settled();
    Files.writeString(project.resolve("registry.csv"), "1016,1016,Test Registration,wire,Test\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Compile edited = compile();
    assertFalse(edited.usedCache(), "a registry edit is read");
    assertNotEquals(before.generated(), edited.generated());
    assertSameAsAFullRun(compile());
  }

  @Test
  void afterAProcessorUpgrade() throws IOException {
    Compile before = settled();
    // A new jar: the same classes and one entry more, so its size and time both change.
    Path upgraded = work.resolve("tools/upgraded.jar");
    try (JarInputStream in = new JarInputStream(Files.newInputStream(processorJar));
         JarOutputStream out = new JarOutputStream(Files.newOutputStream(upgraded), in.getManifest())) {
      for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        out.putNextEntry(new JarEntry(entry.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new JarEntry("META-INF/upgraded.txt"));
      out.write("a later build\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.move(upgraded, processorJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Compile afterUpgrade = compile();
    assertFalse(afterUpgrade.usedCache(), "another processor jar runs in full");
    assertEquals(before.generated(), afterUpgrade.generated());
    assertSameAsAFullRun(compile());
  }

  /**
   * With no lock file to record them, the page's repairs are warnings each compile prints, on the
   * annotation: one the cache serves prints them too, in the same place.
   */
  @Test
  void withoutALockFileEachCompileSaysTheSameWarnings() throws IOException {
    annotate("pages = \"page.md\",\n    registry = \"registry.csv\"");
    Compile first = compile();
    String repair = "WARNING 2:1 [closecodes] page.md:8: repaired";
    assertTrue(first.diagnostics().stream().anyMatch(said -> said.startsWith(repair)),
        () -> "the page's repairs are warnings on the annotation: " + first.diagnostics());
    Compile second = compile();
    assertEquals(first.diagnostics(), second.diagnostics());
    assertSameAsAFullRun(second);
  }

  /**
   * Under {@code -Aclosecodes.locked} a compile the cache serves is one whose lock file is what the
   * run that made the entry left, so it passes as a full run would; a lock file edited since is
   * read in full, and fails. Without a lock file the option's warning is said on every compile.
   */
  @Test
  void underTheLockedOption() throws IOException {
    options = List.of("-Aclosecodes.locked");
    assertFalse(compile(false).usedCache(), "no lock file yet: the option stops the first build");
    options = List.of();
    compile();
    options = List.of("-Aclosecodes.locked");
    Compile locked = compile();
    assertTrue(locked.usedCache());
    assertEquals(List.of(), locked.diagnostics());
    assertSameAsAFullRun(compile());

    // code 1000 described otherwise when the lock file was written
    Path lockFile = project.resolve("closecodes.lock");
    Files.writeString(lockFile, Files.readString(lockFile, StandardCharsets.UTF_8)
        .replaceAll("(?m)^(code\t1000\t\\w+\t)\\p{XDigit}{64}$", "$1" + "0".repeat(64)), StandardCharsets.UTF_8);
    Compile stale = compile(false); // read in full: only a full run compares with the lock file
    assertTrue(stale.diagnostics().stream().anyMatch(said -> said.contains("the option closecodes.locked keeps it as"
        + " committed")), stale.diagnostics()::toString);

    annotate("pages = \"page.md\",\n    registry = \"registry.csv\"");
    Compile first = compile();
    String warning = "WARNING 2:1 [closecodes] the option closecodes.locked keeps lock files as committed";
    assertTrue(first.diagnostics().stream().anyMatch(said -> said.startsWith(warning)), first.diagnostics()::toString);
    Compile second = compile();
    assertEquals(first.diagnostics(), second.diagnostics());
    assertSameAsAFullRun(second);
  }

  /**
   * A compile that cannot write one of its files fails the same way whether the cache serves it or
   * not: the same error, beside what it would have said had the write succeeded (with a lock file,
   * nothing; without one, the page's repairs).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "pages = \"page.md\", registry = \"registry.csv\", lockFile = \"closecodes.lock\"",
      "pages = \"page.md\",\n    registry = \"registry.csv\""})
  void whenAFileCannotBeWritten(String attributes) throws IOException {
    annotate(attributes);
    Compile before = settled();
    // a folder where a generated file goes: the Filer cannot open it for writing
    Path blocked = project.resolve("target/generated-sources/annotations")
        .resolve(before.generated().keySet().iterator().next());
    Files.delete(blocked);
    Files.createDirectories(blocked);
    Compile served = compile(false);
    assertTrue(served.usedCache(), "the cache serves an unchanged compile, even one that fails");
    ConsumerProjects.deleteTree(project.resolve("target/closecodes-cache"));
    Compile full = compile(false);
    assertFalse(full.usedCache());
    assertEquals(full.diagnostics(), served.diagnostics());
    List<String> expected = new ArrayList<>(before.diagnostics());
    expected.add(full.diagnostics().get(full.diagnostics().size() - 1));
    assertEquals(expected, full.diagnostics(), "what an unblocked compile says, and then the error");
    assertTrue(full.diagnostics().get(full.diagnostics().size() - 1).startsWith("ERROR 2:1 [closecodes] cannot write"),
        full.diagnostics()::toString);
  }

  /**
   * The lock file is written after the generated files: a compile that cannot write one of them
   * leaves it as it was, so that the compile after it, which can, says again what changed and
   * records it. Written first, the lock file took the edit in the failed compile, and the next one
   * generated from it without a word.
   */
  @Test
  void aPageEditThatCannotBeWrittenLeavesTheLockFileAsItWas() throws IOException {
    Compile before = settled();
    Path lockFile = project.resolve("closecodes.lock");
    byte[] locked = Files.readAllBytes(lockFile);
    ConsumerProjects.replace(project.resolve("page.md"), "de pwotocowe. o.O", "de pwotocowe, sans retour.");
    Path blocked = project.resolve("target/generated-sources/annotations")
        .resolve(before.generated().keySet().iterator().next());
    Files.delete(blocked);
    Files.createDirectories(blocked);
    String changed = "has a new description since the lock file";

    Compile failed = compile(false);
    assertTrue(failed.diagnostics().stream().anyMatch(said -> said.contains(changed)), failed.diagnostics()::toString);
    assertTrue(failed.diagnostics().get(failed.diagnostics().size() - 1).contains("[closecodes] cannot write"),
        failed.diagnostics()::toString);
    assertArrayEquals(locked, Files.readAllBytes(lockFile), "the failed compile left the lock file as it was");

    Files.delete(blocked);
    Compile fixed = compile();
    assertTrue(fixed.diagnostics().stream().anyMatch(said -> said.contains(changed)), fixed.diagnostics()::toString);
    assertTrue(fixed.diagnostics().stream().anyMatch(said -> said.contains("closecodes.lock:1: wrote the lock file")),
        fixed.diagnostics()::toString);
    assertFalse(java.util.Arrays.equals(locked, Files.readAllBytes(lockFile)),
        "the compile that wrote its files records the edit");
    assertTrue(fixed.generated().values().stream().anyMatch(source -> source.contains("sans retour")));
    assertSameAsAFullRun(compile());
  }

  @Test
  void afterTheCacheIsDamaged() throws IOException {
    Compile before = settled();
    Path entry = cacheEntry();
    byte[] bytes = Files.readAllBytes(entry);
    for (byte[] damaged : List.of(
        java.util.Arrays.copyOf(bytes, bytes.length / 2),
        new byte[0],
        flipped(bytes, bytes.length - 10),
        flipped(bytes, bytes.length / 3))) {
      Files.write(entry, damaged);
      Compile afterDamage = compile();
      assertEquals(before.generated(), afterDamage.generated());
      assertEquals(before.diagnostics(), afterDamage.diagnostics());
    }
    assertSameAsAFullRun(compile());
  }

  /** A first compile and a second, the second from the cache: the project as a build leaves it. */
  private Compile settled() throws IOException {
    compile();
    Compile second = compile();
    assertTrue(second.usedCache(), "an unchanged compile uses the cache");
    return second;
  }

  /**
   * The compile used the cache, and a full run on the same folder, its cache removed, writes the
   * same files byte for byte and says the same.
   */
  private void assertSameAsAFullRun(Compile cached) throws IOException {
    assertTrue(cached.usedCache(), "an unchanged compile uses the cache");
    ConsumerProjects.deleteTree(project.resolve("target/closecodes-cache"));
    Compile full = compile();
    assertFalse(full.usedCache());
    assertEquals(full.generated(), cached.generated());
    assertEquals(full.diagnostics(), cached.diagnostics());
  }

  /** javac on the project, as the README's fragment runs it; it must succeed. */
  private Compile compile() throws IOException {
    return compile(true);
  }

  /** javac on the project, as the README's fragment runs it; it succeeds exactly when it is to. */
  private Compile compile(boolean succeeds) throws IOException {
    Path classes = project.resolve("target/classes");
    Path generated = project.resolve("target/generated-sources/annotations");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    Path entry = cacheEntry();
    if (Files.exists(entry)) {
      Files.setLastModifiedTime(entry, LONG_AGO);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      StringWriter output = new StringWriter();
      List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
          "-Xlint:all", "-cp", MavenRuns.builtJar("processor/annotation", "closecodes-annotation").toString(),
          "-processorpath", processorJar.toString()));
      arguments.addAll(options);
      boolean compiled = javac.getTask(output, new ProcessorJarOnly(files, processorJar), collector, arguments,
          null, files.getJavaFileObjects(project.resolve("src/main/java/com/example/ws/package-info.java")))
          .call();
      List<String> diagnostics = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
        diagnostics.add(diagnostic.getKind() + " " + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber()
            + " " + diagnostic.getMessage(Locale.ROOT));
      }
      assertEquals(succeeds, compiled, () -> diagnostics + "\n" + output);
      boolean usedCache = Files.exists(entry) && Files.getLastModifiedTime(entry).equals(LONG_AGO);
      return new Compile(read(generated), diagnostics, usedCache);
    }
  }

  /**
   * Loads the processor from the jar under test alone. javac's own loader would ask this test's
   * class path first, which holds the processor too, and the jar's edits would go unseen.
   */
  private static final class ProcessorJarOnly extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Path jar;

    ProcessorJarOnly(StandardJavaFileManager files, Path jar) {
      super(files);
      this.jar = jar;
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      if (location != StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        return super.getClassLoader(location);
      }
      try {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The project's annotated package, with these attributes. */
  private void annotate(String attributes) throws IOException {
    ConsumerProjects.write(project.resolve("src/main/java/com/example/ws/package-info.java"), """
        /** Close codes. */
        @CloseCodeSpec(%s)
        package com.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """.formatted(attributes));
  }

  private Path cacheEntry() {
    return project.resolve("target/closecodes-cache/com.example.ws.cache");
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static byte[] flipped(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x5A;
    return copy;
  }
}
