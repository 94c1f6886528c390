package dev.closecodes.testing;

import dev.closecodes.model.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated files the way a strict consumer would: every lint, doclint at every access
 * level, warnings as errors, no annotation processing.
 */
public final class Javac {

  private Javac() {}

  /**
   * Writes the files below {@code folder} and compiles them.
   *
   * @return every diagnostic javac gave, as text; empty when the files compiled cleanly
   */
  public static List<String> compile(List<GeneratedFile> files, Path folder) {
    return compile(files, folder, "UTF-8");
  }

  /** Writes the files below {@code folder} and compiles them, reading them in {@code encoding}. */
  public static List<String> compile(List<GeneratedFile> files, Path folder, String encoding) {
    List<Path> sources = new ArrayList<>();
    try {
      for (GeneratedFile file : files) {
        Path source = folder.resolve("src").resolve(file.path());
        Files.createDirectories(source.getParent());
        Files.writeString(source, file.source(), StandardCharsets.UTF_8);
        sources.add(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compilePaths(sources, folder.resolve("classes"), encoding);
  }

  /** Compiles source files into {@code classes}; the diagnostics as text, empty when clean. */
  public static List<String> compilePaths(List<Path> sources, Path classes) {
    return compilePaths(sources, classes, "UTF-8");
  }

  /**
   * Compiles source files into {@code classes} with {@code classPath} as the whole class path, not
   * this test's own; the diagnostics as text, empty when clean.
   */
  public static List<String> compilePaths(List<Path> sources, Path classes, List<Path> classPath) {
    List<String> path = new ArrayList<>();
    for (Path entry : classPath) {
      path.add(entry.toString());
    }
    return compilePaths(sources, classes, "UTF-8", List.of("-classpath", String.join(java.io.File.pathSeparator, path)));
  }

  private static List<String> compilePaths(List<Path> sources, Path classes, String encoding) {
    return compilePaths(sources, classes, encoding, List.of());
  }

  private static List<String> compilePaths(List<Path> sources, Path classes, String encoding, List<String> more) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      StringWriter output = new StringWriter();
      List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", encoding, "-Xlint:all",
          "-Werror", "-Xdoclint:all/private", "-proc:none"));
      options.addAll(more);
      boolean compiled = javac.getTask(output, fileManager, diagnostics, options,
              null, fileManager.getJavaFileObjectsFromPaths(sources))
          .call();
      List<String> problems = new ArrayList<>(
          diagnostics.getDiagnostics().stream().map(d -> d.toString()).toList());
      if (!compiled && problems.isEmpty()) {
        problems.add("javac failed: " + output);
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
