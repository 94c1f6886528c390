package dev.closecodes.cli;

import com.palantir.javapoet.JavaFile;
import dev.closecodes.CloseCodeSpec.Authority;
import dev.closecodes.generate.Generator;
import dev.closecodes.read.SpecFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/** {@code closecodes generate}: the same generation the annotation processor runs, from files. */
record GenerateCommand(
    String packageName, Optional<Path> registry, Authority authority, Optional<Path> out, List<Path> pages) {

  /** A command line that does not say what to do; its message names the problem. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static Optional<GenerateCommand> parse(String[] args) throws UsageException {
    String packageName = "closecodes.generated";
    Optional<Path> registry = Optional.empty();
    Authority authority = Authority.REGISTRY;
    Optional<Path> out = Optional.empty();
    List<Path> pages = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      boolean hasValue = i + 1 < args.length;
      switch (args[i]) {
        case "--package" -> {
          if (!hasValue) {
            return Optional.empty();
          }
          packageName = args[++i];
          if (!isPackageName(packageName)) {
            throw new UsageException("--package: '" + packageName + "' is not a Java package name");
          }
        }
        case "--registry" -> {
          if (!hasValue) {
            return Optional.empty();
          }
          registry = Optional.of(Path.of(args[++i]));
        }
        case "--checks-from" -> {
          if (!hasValue) {
            return Optional.empty();
          }
          try {
            authority = Authority.valueOf(args[++i].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
        }
        case "--out" -> {
          if (!hasValue) {
            return Optional.empty();
          }
          out = Optional.of(Path.of(args[++i]));
        }
        default -> {
          if (args[i].startsWith("--")) {
            return Optional.empty();
          }
          pages.add(Path.of(args[i]));
        }
      }
    }
    return pages.isEmpty()
        ? Optional.empty()
        : Optional.of(new GenerateCommand(packageName, registry, authority, out, List.copyOf(pages)));
  }

  /** Dot-separated Java identifiers, none a keyword ({@code _} included): what a package declaration accepts. */
  static boolean isPackageName(String name) {
    return SourceVersion.isName(name, SourceVersion.latestSupported());
  }

  int run(PrintStream stdout, PrintStream stderr) {
    if (out.isPresent() && Files.exists(out.get()) && !Files.isDirectory(out.get())) {
      stderr.println("closecodes: cannot write to " + out.get() + ": it is a file, not a folder");
      return 1;
    }
    List<Generator.Document> pageDocuments = new ArrayList<>();
    Optional<Generator.Document> registryDocument = Optional.empty();
    try {
      for (Path page : pages) {
        pageDocuments.add(SpecFiles.document(page));
      }
      if (registry.isPresent()) {
        registryDocument = Optional.of(SpecFiles.document(registry.get()));
      }
    } catch (SpecFiles.UnreadableException e) {
      stderr.println(e.diagnostic());
      return 1;
    }
    Generator.Result result = Generator.generate(
        new Generator.Request(packageName, pageDocuments, registryDocument, authority, Map.of()));
    result.diagnostics().forEach(stderr::println);
    if (result.hasErrors()) {
      return 1;
    }
    for (JavaFile file : result.files()) {
      if (out.isPresent()) {
        try {
          file.writeTo(out.get());
        } catch (IOException | IllegalArgumentException e) {
          stderr.println("closecodes: cannot write to " + out.get() + ": " + e.getMessage());
          return 1;
        }
      } else {
        stdout.print(file);
      }
    }
    return 0;
  }
}
