package dev.closecodes.cli;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.pipeline.JavaNameSpelling;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * {@code closecodes generate}: the same generation the annotation processor runs, from files.
 *
 * @param generatedAnnotation whether the types carry {@code @Generated}: not where {@code --release}
 *     names Java 8, which has no such type
 */
record GenerateCommand(
    String packageName, Optional<String> registry, ChecksFrom checksFrom, Optional<Path> out, List<String> pages,
    List<String> locales, boolean generatedAnnotation) {

  /** Where problems with the output folder are reported: the option that names it. */
  private static final RequestPart OUT = new RequestPart("--out");

  /** How far into a file its generation mark is looked for: a type's Javadoc stands before its body. */
  private static final int MARK_WITHIN = 1 << 20;

  /** Reads {@code generate [OPTIONS] PAGE...}; {@code args[0]} is the command's name. */
  static GenerateCommand parse(String[] args) throws UsageException {
    String packageName = "closecodes.generated";
    Optional<String> registry = Optional.empty();
    ChecksFrom checksFrom = ChecksFrom.REGISTRY;
    Optional<Path> out = Optional.empty();
    List<String> pages = new ArrayList<>();
    List<String> locales = new ArrayList<>();
    boolean generatedAnnotation = true;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(Main.STANDARD_INPUT)) {
        // the generated code names its pages, for the next to regenerate from
        throw new UsageException("generate: a page is a file, not standard input (-): the code generated names it");
      }
      if (!arg.startsWith("-")) {
        pages.add(arg);
        continue;
      }
      if (!List.of("--package", "--registry", "--checks-from", "--out", "--locale", "--release").contains(arg)) {
        throw new UsageException("generate: unknown option '" + arg + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException("generate: " + arg + " needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--package" -> {
          int ignored = JavaNameSpelling.firstIgnored(value);
          if (ignored >= 0) {
            throw new UsageException("generate: --package: '" + value + "' holds " + Printable.described(ignored)
                + ", which Java leaves out of names, so the package would be " + JavaNameSpelling.asRead(value)
                + "; write it without");
          }
          String composed = JavaNameSpelling.composed(value);
          if (!composed.equals(value)) {
            throw new UsageException("generate: --package: '" + value + "' is not in Unicode's composed form (NFC),"
                + " which a keyboard types: Java tells it from " + composed + ", which looks the same; write that");
          }
          if (!isPackageName(value)) {
            throw new UsageException("generate: --package: '" + value + "' is not a Java package name");
          }
          if (value.equals("java") || value.startsWith("java.")) {
            // javac takes such a package only where the platform has it, and no class loader but
            // the platform's defines a class in it: nothing generated there could run
            throw new UsageException("generate: --package: '" + value
                + "' is in the java namespace, where only the Java platform may define classes");
          }
          packageName = value;
        }
        case "--registry" -> {
          if (value.equals(Main.STANDARD_INPUT)) {
            throw new UsageException("generate: --registry: a file, not standard input (-)");
          }
          registry = Optional.of(value);
        }
        case "--locale" -> locales.add(Main.languageTag("generate", value));
        case "--release" -> {
          if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) < 8) {
            throw new UsageException("generate: --release: '" + value + "' is not a Java release of 8 or later");
          }
          generatedAnnotation = Integer.parseInt(value) >= 9; // Java 9 added @Generated
        }
        case "--checks-from" -> checksFrom = switch (value.toLowerCase(Locale.ROOT)) {
          case "registry" -> ChecksFrom.REGISTRY;
          case "page" -> ChecksFrom.PAGE;
          default -> throw new UsageException("generate: --checks-from: '" + value + "' is neither registry nor page");
        };
        case "--out" -> {
          try {
            out = Optional.of(Path.of(value));
          } catch (InvalidPathException e) {
            throw new UsageException("generate: --out: '" + value + "' is no path on this system (its file names are in "
                + System.getProperty("sun.jnu.encoding", "another charset") + ")");
          }
        }
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
    return new GenerateCommand(
        packageName, registry, checksFrom, out, List.copyOf(pages), List.copyOf(locales), generatedAnnotation);
  }

  /** Dot-separated Java identifiers, none a keyword ({@code _} included): what a package declaration accepts. */
  static boolean isPackageName(String name) {
    return SourceVersion.isName(name, SourceVersion.latestSupported());
  }

  int run(PrintStream stdout, PrintStream stderr) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      if (out.isPresent() && Files.exists(out.get()) && !Files.isDirectory(out.get())) {
        throw diagnostics.fail(Message.CANNOT_WRITE, OUT, out.get(), "it is a file, not a folder");
      }
      List<Document> pageDocuments = new ArrayList<>();
      for (String page : pages) {
        try {
          pageDocuments.add(DocumentFiles.read(page, diagnostics));
        } catch (Diagnostics.Abort reported) {
          // the other files are still read, for their own errors
        }
      }
      Optional<Document> registryDocument = registry.map(file -> DocumentFiles.read(file, diagnostics));
      diagnostics.stopIfErrors();
      // No mark for coverage tools: the types compile against the JDK alone, without closecodes-annotation.
      Pipeline.Result result = Pipeline.run(new Pipeline.Request(packageName, pageDocuments, registryDocument,
          checksFrom, List.of(), locales, Set.of(), generatedAnnotation, false), diagnostics);
      diagnostics.all().forEach(diagnostic -> stderr.println(Main.line(diagnostic)));
      return write(result.files(), stdout, stderr);
    } catch (Diagnostics.Abort reported) {
      diagnostics.all().forEach(diagnostic -> stderr.println(Main.line(diagnostic)));
      return 1;
    }
  }

  /** Writes the files below {@code out}, or prints them; the exit status. */
  private int write(List<GeneratedFile> files, PrintStream stdout, PrintStream stderr) {
    // A source of one of the five names that closecodes did not generate is someone's work:
    // nothing is written where it would be replaced.
    if (out.isPresent()) {
      for (GeneratedFile file : files) {
        Path path;
        try {
          path = out.get().resolve(file.path());
        } catch (InvalidPathException e) {
          break; // said as the files are written
        }
        if (isSomethingElse(path)) {
          stderr.println(Main.line(Diagnostic.of(Message.CANNOT_WRITE, OUT, path, "it is not closecodes' output"
              + " (it carries no generation mark), and is left as it is; move it, or generate into another"
              + " folder or package")));
          return 1;
        }
      }
    }
    for (GeneratedFile file : files) {
      if (out.isEmpty()) {
        stdout.print(file.source());
        continue;
      }
      String reason;
      try {
        Path path = out.get().resolve(file.path());
        try {
          byte[] bytes = file.source().getBytes(StandardCharsets.UTF_8);
          if (!holds(path, bytes)) {
            // Whole or not at all, and never into a pipe, which would wait for a reader for good.
            DocumentFiles.writeWhole(path, bytes);
          }
          continue;
        } catch (IOException e) {
          reason = fileInTheWay(path).map(taken -> taken + " is a file, not a folder").orElse(DocumentFiles.reason(e));
        }
        stderr.println(Main.line(Diagnostic.of(Message.CANNOT_WRITE, OUT, path, reason)));
      } catch (InvalidPathException e) {
        stderr.println(Main.line(Diagnostic.of(Message.CANNOT_WRITE, OUT, file.path(), DocumentFiles.unencodableName())));
      }
      return 1;
    }
    return 0;
  }

  /**
   * Whether the file there holds these bytes already: it is then left as it is, its time too, so
   * that a build that generates before it compiles does not compile everything again each time.
   */
  private static boolean holds(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file) && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false; // what writing it reports on
    }
  }

  /**
   * Whether a regular file is there that is not closecodes' output: its opening, where the Javadoc
   * of each generated type says it, carries no generation mark.
   */
  private static boolean isSomethingElse(Path file) {
    if (!Files.isRegularFile(file)) {
      return false; // nothing there, or what writing it reports on
    }
    try (InputStream in = Files.newInputStream(file)) {
      return GeneratedFile.markIn(new String(in.readNBytes(MARK_WITHIN), StandardCharsets.UTF_8)).isEmpty();
    } catch (IOException e) {
      return false; // what writing it reports on
    }
  }

  /** The nearest folder above the file that is a file instead: the system names it in no useful way. */
  private static Optional<Path> fileInTheWay(Path file) {
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      if (Files.exists(folder)) {
        return Files.isDirectory(folder) ? Optional.empty() : Optional.of(folder);
      }
    }
    return Optional.empty();
  }
}
