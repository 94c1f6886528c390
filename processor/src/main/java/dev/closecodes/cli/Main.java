package dev.closecodes.cli;

import dev.closecodes.check.ChangeReport;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.read.SpecFiles;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        generate [--package NAME] [--registry FILE] [--checks-from registry|page] [--out DIR] PAGE...
                     generate the Java types from the pages (the first is the primary one) and a
                     registry into DIR, or print them
        help         print this text

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
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      return switch (args[0]) {
        case "model" -> args.length == 2 ? model(Path.of(args[1])) : usage("model takes one FILE");
        case "diff" -> args.length == 3 ? diff(Path.of(args[1]), Path.of(args[2])) : usage("diff takes OLD and NEW");
        case "generate" -> generate(args);
        default -> usage("unknown command '" + args[0] + "'");
      };
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Never a stack trace for the user: a bug in closecodes still ends in one clear line.
      err.println("closecodes: internal error: " + e);
      return 1;
    }
  }

  private int generate(String[] args) {
    try {
      return GenerateCommand.parse(args).map(command -> command.run(out, err))
          .orElseGet(() -> usage("generate takes options and at least one PAGE"));
    } catch (GenerateCommand.UsageException e) {
      return usage(e.getMessage());
    }
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
