package dev.closecodes.cli;

import dev.closecodes.check.ChangeReport;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.read.SpecFiles;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;

/**
 * The command line: {@code java -jar closecodes.jar COMMAND ARGS}. A thin front end over the same
 * reader and generator the annotation processor uses.
 */
public final class Main {

  static final String USAGE =
      """
      usage: closecodes COMMAND [ARGS]

      commands:
        model FILE   read an MDN CloseEvent page and print its close-code table as JSON
        diff OLD NEW print what changed between two versions of a page, row by row
        generate [--package NAME] [--registry FILE] [--checks-from registry|page] [--out DIR]
                 [--locale TAG]... PAGE...
                     generate the Java types from the pages (the first is the primary one) and a
                     registry into DIR, or print them; --locale gives the pages' locales in order
        help         print this text (so do -h and --help, anywhere)

      --version, anywhere, prints the version.
      Diagnostics go to stderr as FILE:LINE: warning|error: MESSAGE.
      Exit status: 0 on success, 1 when the input has an error, 2 on a usage error.
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err).run(args));
  }

  /** Runs one command and returns the exit status. */
  int run(String... args) {
    List<String> words = List.of(args);
    if (words.isEmpty()) {
      return usage("no command given");
    }
    // Help and the version are answered wherever they are asked for.
    if (words.get(0).equals("help") || words.contains("-h") || words.contains("--help")) {
      out.print(USAGE);
      return 0;
    }
    if (words.contains("--version")) {
      out.println("closecodes " + version());
      return 0;
    }
    try {
      return switch (args[0]) {
        case "model" -> model(Path.of(operands(args, 1, "FILE").get(0)));
        case "diff" -> {
          List<String> files = operands(args, 2, "OLD and NEW");
          yield diff(Path.of(files.get(0)), Path.of(files.get(1)));
        }
        case "generate" -> GenerateCommand.parse(args).run(out, err);
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      };
    } catch (UsageException e) {
      return usage(e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Never a stack trace for the user: a bug in closecodes still ends in one clear line.
      err.println("closecodes: internal error: " + e);
      return 1;
    }
  }

  /** The command's operands, which take no options: exactly {@code count} of them. */
  private static List<String> operands(String[] args, int count, String what) throws UsageException {
    List<String> operands = List.of(args).subList(1, args.length);
    for (String operand : operands) {
      if (operand.startsWith("-") && !operand.equals("-")) {
        throw new UsageException(args[0] + ": unknown option '" + operand + "'");
      }
    }
    if (operands.size() != count) {
      String needs = args[0] + ": needs " + (count == 1 ? "one " : "") + what;
      throw new UsageException(operands.isEmpty() || count > 1 ? needs : needs + ", not " + operands.size());
    }
    return operands;
  }

  /** This build's version, as the build wrote it. */
  static String version() {
    Properties build = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      // no version to tell
    }
    return build.getProperty("version", "(unknown version)");
  }

  private int model(Path file) {
    SpecDocument document = SpecFiles.readSpec(file);
    out.println(ModelJson.toJson(document));
    return report(document.diagnostics());
  }

  private int diff(Path before, Path after) {
    SpecDocument old = SpecFiles.readSpec(before);
    SpecDocument current = SpecFiles.readSpec(after);
    List<Diagnostic> problems = new java.util.ArrayList<>(old.diagnostics());
    problems.addAll(current.diagnostics());
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      return report(problems);
    }
    List<ChangeReport.Change> changes = ChangeReport.compare(old, current);
    changes.forEach(change -> out.println(change.diagnostic()));
    out.println(changes.size() + " row(s) changed");
    return 0;
  }

  private int report(List<Diagnostic> diagnostics) {
    diagnostics.forEach(err::println);
    return diagnostics.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
  }

  private int usage(String problem) {
    err.println("closecodes: " + problem);
    err.print(USAGE);
    return 2;
  }
}
