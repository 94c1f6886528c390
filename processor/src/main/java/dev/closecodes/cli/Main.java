package dev.closecodes.cli;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.Page;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import dev.closecodes.read.PageReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

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
        diff [--exit-code] OLD NEW
                     print what changed between two versions of a page, row by row; with
                     --exit-code, exit with 3 when a row changed
        generate [--package NAME] [--registry FILE] [--checks-from registry|page] [--out DIR]
                 [--locale TAG]... [--release N] PAGE...
                     generate the Java types from the pages (the first is the primary one) and a
                     registry into DIR, or print them; --locale gives the pages' locales in order;
                     --release 8 leaves out @Generated, which Java 8 does not have
        update [--write] [--exit-code] [--registry FILE] [--base URL] [--slug SLUG]
               [--locale TAG] [--timeout SECONDS] PAGE
                     fetch the current version of PAGE from MDN's sources on GitHub (or below URL),
                     print what changed row by row and in the generated API, and replace PAGE with
                     it only with --write; the page MDN copied is told from PAGE's path, else from
                     its front matter, else from --slug and --locale; a page that has not arrived
                     whole in SECONDS (60) is an error; with --exit-code, exit with 3 when MDN's
                     page is not PAGE byte for byte
        help         print this text (so do -h and --help, anywhere)

      model and diff read standard input for a FILE, OLD or NEW given as -.
      --version, anywhere, prints the version.
      Diagnostics go to stderr as FILE:LINE: warning|error: MESSAGE.
      Exit status: 0 on success, 1 when the input has an error or the output cannot be
      written, 2 on a usage error, 3 when --exit-code is given and a change was found.
      """;

  /** Asks {@code diff} and {@code update} to tell by their status whether they found a change. */
  static final String EXIT_CODE = "--exit-code";

  /** The status of a command given {@link #EXIT_CODE} that found a change; 1 is an error's. */
  static final int CHANGED = 3;

  /** The system's words for a write to a pipe whose reader has gone (EPIPE). */
  private static final String BROKEN_PIPE = "Broken pipe";

  /** The name that stands for standard input where a page is read, as for most Unix tools. */
  static final String STANDARD_INPUT = "-";

  /** What standard input is called in what is said of the page read from it. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  private final InputStream in;
  private final StandardOutput out;
  private final PrintStream err;

  Main(InputStream in, StandardOutput out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    StandardOutput out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(new Main(new FileInputStream(FileDescriptor.in), out, err).run(args));
  }

  /**
   * Runs one command and returns the exit status: 1, whatever the command made of its input, when
   * what it printed could not all be written, which is said unless the pipe's reader has gone.
   */
  int run(String... args) {
    int status = command(args);
    Optional<IOException> lost = out.failure();
    if (lost.isPresent()) {
      String reason = String.valueOf(lost.get().getMessage());
      // A reader that has gone (| head) wanted no more: a Unix tool that the pipe's signal stops
      // says nothing either.
      if (!reason.equals(BROKEN_PIPE)) {
        err.println("closecodes: error: cannot write to standard output: " + Printable.escape(reason));
      }
      return 1;
    }
    return status;
  }

  private int command(String... args) {
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
        case "model" -> model(operands(args, 1, "FILE").get(0));
        case "diff" -> {
          boolean exitCode = words.contains(EXIT_CODE);
          List<String> files = operands(words.stream().filter(word -> !word.equals(EXIT_CODE)).toArray(String[]::new),
              2, "OLD and NEW");
          if (files.get(0).equals(STANDARD_INPUT) && files.get(1).equals(STANDARD_INPUT)) {
            throw new UsageException("diff: standard input (-) can be only one of OLD and NEW");
          }
          yield diff(files.get(0), files.get(1), exitCode);
        }
        case "generate" -> GenerateCommand.parse(args).run(out, err);
        case "update" -> UpdateCommand.parse(args, System.getenv()).run(out, err);
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      };
    } catch (UsageException e) {
      return usage(e.getMessage());
    } catch (RuntimeException | Error e) {
      // Never a stack trace for the user: a bug in closecodes still ends in one clear line.
      err.println("closecodes: internal error: " + Printable.escape(String.valueOf(e)));
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

  private int model(String file) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Page page = PageReader.read(document(file, diagnostics), diagnostics);
      out.println(ModelJson.toJson(page, diagnostics));
    } catch (Diagnostics.Abort reported) {
      // nothing to print but the errors
    }
    return report(diagnostics);
  }

  private int diff(String before, String after, boolean exitCode) {
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages = new ArrayList<>();
    for (String file : List.of(before, after)) {
      try {
        pages.add(PageReader.read(document(file, diagnostics), diagnostics));
      } catch (Diagnostics.Abort reported) {
        // the other page is still read, for its own errors
      }
    }
    int rowsChanged = 0;
    try {
      diagnostics.stopIfErrors();
      rowsChanged = ChangeReport.print(pages.get(0), pages.get(1), out);
    } catch (Diagnostics.Abort reported) {
      // the errors say why there is no report
    }
    int status = report(diagnostics);
    return status == 0 && exitCode && rowsChanged > 0 ? CHANGED : status;
  }

  /**
   * The page a command line names: the file, or standard input for {@link #STANDARD_INPUT}.
   *
   * @throws Diagnostics.Abort after reporting why it cannot be read
   */
  private Document document(String name, Diagnostics diagnostics) {
    return name.equals(STANDARD_INPUT)
        ? DocumentFiles.readStream(in, STANDARD_INPUT_NAME, diagnostics)
        : DocumentFiles.read(name, diagnostics);
  }

  /** Prints what was reported on standard error; the exit status: 1 after an error, else 0. */
  private int report(Diagnostics diagnostics) {
    diagnostics.all().forEach(diagnostic -> err.println(line(diagnostic)));
    return diagnostics.hasErrors() ? 1 : 0;
  }

  /**
   * {@code FILE:LINE: error: MESSAGE}, or {@code closecodes: error: MESSAGE} for one about the
   * request; one that names the annotation's {@code locales()} names the option that gives them here.
   */
  static String line(Diagnostic diagnostic) {
    if (diagnostic.where() instanceof SourceLocation) {
      return diagnostic.toString();
    }
    String text = diagnostic.text();
    if (diagnostic.where() instanceof RequestPart part && part.attribute().equals("locales")
        && text.startsWith("locales(): ")) {
      text = "--locale: " + text.substring("locales(): ".length());
    }
    return "closecodes: " + diagnostic.severity().label() + ": " + text;
  }

  /**
   * The value of a command's {@code --locale}, which must be a language tag ({@code fr},
   * {@code en-US}): the same test the annotation's {@code locales()} meets, made here so that one
   * that is none is a usage error of the option, before any page is read or fetched.
   */
  static String languageTag(String command, String value) throws UsageException {
    if (Pipeline.languageTag(value).isPresent()) { // the empty text is none
      return value;
    }
    throw new UsageException(command + ": --locale: '" + value + "' is not a language tag such as fr or en-US");
  }

  private int usage(String problem) {
    err.println("closecodes: " + Printable.escape(problem)); // it may quote an argument
    err.print(USAGE);
    return 2;
  }
}
