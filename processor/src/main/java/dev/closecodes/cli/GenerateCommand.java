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
    String packageName, Optional<Path> registry, Authority authority, Optional<Path> out, List<Path> pages,
    List<String> locales) {

  /** Reads {@code generate [OPTIONS] PAGE...}; {@code args[0]} is the command's name. */
  static GenerateCommand parse(String[] args) throws UsageException {
    String packageName = "closecodes.generated";
    Optional<Path> registry = Optional.empty();
    Authority authority = Authority.REGISTRY;
    Optional<Path> out = Optional.empty();
    List<Path> pages = new ArrayList<>();
    List<String> locales = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-") || arg.equals("-")) {
        pages.add(Path.of(arg));
        continue;
      }
      if (!List.of("--package", "--registry", "--checks-from", "--out", "--locale").contains(arg)) {
        throw new UsageException("generate: unknown option '" + arg + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException("generate: " + arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--package" -> {
          if (!isPackageName(value)) {
            throw new UsageException("generate: --package: '" + value + "' is not a Java package name");
          }
          packageName = value;
        }
        case "--registry" -> registry = Optional.of(Path.of(value));
        case "--locale" -> locales.add(value);
        case "--checks-from" -> authority = switch (value.toLowerCase(Locale.ROOT)) {
          case "registry" -> Authority.REGISTRY;
          case "page" -> Authority.PAGE;
          default -> throw new UsageException("generate: --checks-from: '" + value + "' is neither registry nor page");
        };
        case "--out" -> out = Optional.of(Path.of(value));
        default -> throw new IllegalStateException("an option listed above: " + arg);
      }
    }
    if (pages.isEmpty()) {
      throw new UsageException("generate: needs at least one PAGE");
    }
    if (!locales.isEmpty() && locales.size() != pages.size()) {
      throw new UsageException("generate: --locale: " + locales.size() + " for " + pages.size()
          + " page(s); give one for each page, in order, or none");
    }
    return new GenerateCommand(packageName, registry, authority, out, List.copyOf(pages), List.copyOf(locales));
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
        new Generator.Request(packageName, pageDocuments, registryDocument, authority, Map.of(), false, locales));
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
