package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles that share a JVM, as a Maven daemon's, an IDE's or a parallel reactor's do, each with
 * javac's own class loader over the annotation processor path: a page read from a jar on that
 * path is the jar's as it is at that compile, not as an earlier compile in the JVM found it.
 */
class ProcessorPathJarTest {

  private static final String PAGE = "jarred/close-codes.md";
  private static final String REGISTRY = "jarred/registry.csv";

  @TempDir Path folder;

  /**
   * The page was read through the JVM's cache of open jars, which outlives a compile and keeps
   * the jar it first opened: after the jar was rebuilt with an edited page, the next compile in
   * the same JVM generated from the page as it was, with nothing said. It also kept the jar open
   * for the JVM's life, which on Windows stops a build from replacing or deleting it.
   */
  @Test
  void aRebuiltJarOnTheProcessorPathIsReadAsItIsNow() throws Exception {
    String page = Files.readString(Path.of("src/test/resources/fixtures/small/index.md"), StandardCharsets.UTF_8);
    Path jar = folder.resolve("pages.jar");

    writeJar(jar, page.replace("its purpose.", "its purpose, first build."));
    assertTrue(generatedCloseCode("first").contains("its purpose, first build."));

    // A build that writes the new jar beside the old one and moves it over it: another file.
    Path rebuilt = folder.resolve("pages.jar.new");
    writeJar(rebuilt, page.replace("its purpose.", "its purpose, second build."));
    Files.move(rebuilt, jar, StandardCopyOption.REPLACE_EXISTING);
    String second = generatedCloseCode("second");
    assertTrue(second.contains("its purpose, second build."), second);

    // A build that writes the jar in place: the same file, other bytes at other offsets.
    writeJar(jar, page.replace("its purpose.", "its purpose, third build, longer."));
    String third = generatedCloseCode("third");
    assertTrue(third.contains("its purpose, third build, longer."), third);
  }

  /**
   * Another compile in the same JVM that read the processor jar (a parallel reactor's other
   * module, or one in a Maven daemon) had the jar closed under it. The templates were read
   * through the JVM's cache of open jars, which every class loader over the jar shares, and
   * javac, closing this compile's class loader after it, closed the shared jar with it.
   */
  @Test
  void aCompileLeavesTheJarsItReadOpenForOthersInTheJvm() throws Exception {
    writeJar(folder.resolve("pages.jar"), Files.readString(Path.of("src/test/resources/fixtures/small/index.md"),
        StandardCharsets.UTF_8));
    Path processorJar = folder.resolve("closecodes.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(processorJar));
        Stream<Path> files = Files.walk(Path.of("target/classes"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String entry = Path.of("target/classes").relativize(file).toString().replace(File.separatorChar, '/');
        out.putNextEntry(new JarEntry(entry));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    String template = "dev/closecodes/generate/CloseCode.java.template";
    JarURLConnection othersRead = (JarURLConnection) URI.create("jar:" + processorJar.toUri() + "!/" + template)
        .toURL().openConnection();
    JarFile othersJar = othersRead.getJarFile(); // from the JVM's cache, as another class loader's read takes it

    try {
      assertTrue(generatedCloseCode("with the jar", processorJar).contains("enum CloseCode"));
      try (InputStream in = othersJar.getInputStream(othersJar.getEntry(template))) {
        assertTrue(in.readAllBytes().length > 0);
      }
    } finally {
      othersJar.close(); // as the other's class loader would, when its compile ends
    }
  }

  /** Compiles the annotated package in this JVM, as Maven does, and returns CloseCode's source. */
  private String generatedCloseCode(String run) throws IOException {
    return generatedCloseCode(run, Path.of("target/classes"));
  }

  /** The same, with the processor's classes from {@code processor} (a folder or a jar). */
  private String generatedCloseCode(String run, Path processor) throws IOException {
    Path sources = folder.resolve(run + "/src/org/example/ws");
    Files.createDirectories(sources);
    Path packageInfo = sources.resolve("package-info.java");
    Files.writeString(packageInfo, """
        /** Close codes. */
        @CloseCodeSpec(pages = "%s", locales = "en-US", registry = "%s")
        package org.example.ws;

        import dev.closecodes.CloseCodeSpec;
        """.formatted(PAGE, REGISTRY), StandardCharsets.UTF_8);
    Path generated = Files.createDirectories(folder.resolve(run + "/generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager files = new ProcessorPathOfItsOwn(standard, processorPath(processor))) {
      boolean compiled = javac.getTask(null, files, diagnostics,
              List.of("-proc:only", "-processor", CloseCodeSpecProcessor.class.getName(),
                  "-cp", System.getProperty("java.class.path"), "-s", generated.toString(),
                  "-d", Files.createDirectories(folder.resolve(run + "/classes")).toString(),
                  "-Aclosecodes.basedir=" + folder, "-Aclosecodes.inputs="),
              null, standard.getJavaFileObjects(packageInfo))
          .call();
      assertTrue(compiled, diagnostics.getDiagnostics().toString());
    }
    return Files.readString(generated.resolve("org/example/ws/CloseCode.java"), StandardCharsets.UTF_8);
  }

  /** The pages' jar, the processor and its libraries: what a build's processor path holds. */
  private URL[] processorPath(Path processor) throws IOException {
    List<URL> path = new ArrayList<>(List.of(folder.resolve("pages.jar").toUri().toURL(), processor.toUri().toURL()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith("test-classes") && !Path.of(entry).equals(Path.of("target/classes").toAbsolutePath())) {
        path.add(Path.of(entry).toUri().toURL());
      }
    }
    return path.toArray(URL[]::new);
  }

  /**
   * javac's own file manager makes the processor's class loader a child of the one that loaded
   * javac, which here is the test's and holds the processor too. A build's holds neither; so does
   * this one, made new for each compile, as javac makes its own, and closed by javac after it.
   */
  private static final class ProcessorPathOfItsOwn extends ForwardingJavaFileManager<JavaFileManager> {
    private final URL[] path;

    ProcessorPathOfItsOwn(JavaFileManager files, URL[] path) {
      super(files);
      this.path = path;
    }

    @Override
    public boolean hasLocation(Location location) {
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH || super.hasLocation(location);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      return location == StandardLocation.ANNOTATION_PROCESSOR_PATH
          ? new URLClassLoader(path, ClassLoader.getPlatformClassLoader())
          : super.getClassLoader(location);
    }
  }

  private static void writeJar(Path jar, String page) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(PAGE));
      out.write(page.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new JarEntry(REGISTRY));
      out.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/small/registry.csv")));
      out.closeEntry();
    }
  }
}
