package dev.closecodes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.testing.SpecialFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line on files and arguments that are not what it expects: one clean line, never a hang. */
class HostileCommandLineTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path folder;

  private static MainTest.Run run(String... args) {
    return assertTimeoutPreemptively(PROMPTLY, () -> MainTest.run(args));
  }

  private static void assertOneCleanError(MainTest.Run run, String prefix) {
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().startsWith(prefix), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
  }

  private Path page() throws IOException {
    Path page = folder.resolve("page.md");
    Files.writeString(page, "<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
        + "<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n</table>\n",
        StandardCharsets.UTF_8);
    return page;
  }

  @Test
  void aFifoIsRefusedNotWaitedOn() throws Exception {
    Path fifo = folder.resolve("pipe.md");
    SpecialFiles.pipeAt(fifo);
    assertOneCleanError(run("model", fifo.toString()), fifo + ":1: error: cannot read the file: not a regular file");
    assertOneCleanError(run("generate", fifo.toString()), fifo + ":1: error: cannot read the file: not a regular file");
  }

  @Test
  void aDeviceIsRefused() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    assertOneCleanError(run("model", zero.toString()), zero + ":1: error: cannot read the file: not a regular file");
    assertOneCleanError(run("generate", zero.toString()), zero + ":1: error: cannot read the file: not a regular file");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path big = folder.resolve("big.md");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(200L * 1024 * 1024); // sparse: takes no room on disk
    }
    // 16 MiB: the README's limit on a document's size
    String expected = big + ":1: error: the file is 209715200 bytes; closecodes reads at most " + 16 * 1024 * 1024;
    assertOneCleanError(run("model", big.toString()), expected);
    assertOneCleanError(run("diff", big.toString(), page().toString()), expected);
  }

  /** {@code generate} of the page into the folder {@code out}, in the package given. */
  private MainTest.Run generateInto(Path out, String packageName) throws IOException {
    return run("generate", "--package", packageName, "--out", out.toString(), page().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "class", "1a", "x.", ".x", "a..b", "", "a.goto.b", "_", "é.ü"})
  void aPackageThatIsNotAJavaPackageNameIsAUsageError(String packageName) throws IOException {
    Path out = folder.resolve("out");
    MainTest.Run run = generateInto(out, packageName);
    if (packageName.equals("é.ü")) {
      assertEquals(0, run.status(), run.err()); // Java package names may hold any letters
      return;
    }
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: --package: '" + packageName + "' is not a Java package name"),
        run.err());
    assertFalse(Files.exists(out));
  }

  /**
   * javac leaves the characters Java ignores in names (a zero-width space, a soft hyphen, a bidi
   * control) out of a package name as it reads it: {@code a}, a zero-width space and {@code .b}
   * would be package {@code a.b}, written in folders named otherwise. The message shows the
   * character escaped.
   */
  @Test
  void aPackageHoldingACharacterJavaLeavesOutOfNamesIsAUsageError() throws IOException {
    Path out = folder.resolve("out");
    MainTest.Run run = generateInto(out, "a\u200b.b");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: --package: 'a\\u200b.b' holds U+200B ZERO WIDTH SPACE,"
        + " which Java leaves out of names, so the package would be a.b; write it without"), run.err());
    assertFalse(Files.exists(out));
    run = generateInto(out, "ws.\u202eb");
    assertTrue(run.err().startsWith("closecodes: generate: --package: 'ws.\\u202eb' holds U+202E RIGHT-TO-LEFT"
        + " OVERRIDE, which Java leaves out of names, so the package would be ws.b; write it without"), run.err());
    assertTrue(run.err().chars().noneMatch(c -> c == 0x202e), run.err());
  }

  /** A letter spelled with a combining accent makes another package than the one a keyboard types. */
  @Test
  void aPackageSpelledWithACombiningAccentIsAUsageErrorNamingTheComposedForm() throws IOException {
    Path out = folder.resolve("out");
    MainTest.Run run = generateInto(out, "ws.e\u0301te\u0301");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: --package: 'ws.e\u0301te\u0301' is not in Unicode's"
        + " composed form (NFC), which a keyboard types: Java tells it from ws.\u00e9t\u00e9, which looks the same;"
        + " write that"), run.err());
    assertFalse(Files.exists(out));
  }

  /** A usage error quotes the argument as it is shown in a diagnostic: a terminal escape in it changes nothing. */
  @Test
  void aTerminalEscapeInAnArgumentIsShownEscaped() {
    MainTest.Run run = run("generate", "--frob\u001b]0;owned\u0007");
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: unknown option '--frob\\x1b]0;owned\\x07'"), run.err());
    assertTrue(run.err().chars().noneMatch(c -> c == 0x1b || c == 0x07), run.err());
  }

  /**
   * A package of the {@code java} namespace compiles only where the platform has it, and no class
   * loader but the platform's defines a class in it: what is generated there could never run.
   */
  @ParameterizedTest
  @ValueSource(strings = {"java", "java.lang", "java.util.ws", "java.closecodes"})
  void aPackageOfTheJavaNamespaceIsAUsageError(String packageName) throws IOException {
    Path out = folder.resolve("out");
    MainTest.Run run = generateInto(out, packageName);
    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("closecodes: generate: --package: '" + packageName
        + "' is in the java namespace, where only the Java platform may define classes"), run.err());
    assertFalse(Files.exists(out));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javax.ws", "javafx.ws", "org.java.ws", "javanese"})
  void aPackageOnlyNamedLikeTheJavaNamespaceIsGeneratedInto(String packageName) throws IOException {
    Path out = folder.resolve("out");
    MainTest.Run run = generateInto(out, packageName);
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.exists(out.resolve(packageName.replace('.', '/')).resolve("CloseCode.java")));
  }

  @Test
  void anOutFolderThatIsAFileIsOneCleanError() throws IOException {
    Path file = folder.resolve("taken");
    Files.writeString(file, "not a folder");
    assertOneCleanError(run("generate", "--out", file.toString(), page().toString()),
        "closecodes: error: cannot write " + file + ": it is a file, not a folder");
  }

  @Test
  void aFileWhereAPackageFolderGoesIsOneCleanErrorThatSaysWhichFile() throws IOException {
    Path out = folder.resolve("out");
    Files.createDirectories(out);
    Path taken = out.resolve("closecodes");
    Files.writeString(taken, "not a folder");
    MainTest.Run run = run("generate", "--out", out.toString(), page().toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("closecodes: error: cannot write " + out.resolve("closecodes/generated/CloseCode.java")
        + ": " + taken + " is a file, not a folder"), run.err().lines().filter(line -> line.contains("error")).toList());
  }

  /**
   * {@code --out} into a source tree whose package holds a type of one of the five names, written
   * by hand, replaced it without a word. A file that is not closecodes' output (it carries no
   * generation mark) is left as it is, and nothing is written; closecodes' own output is replaced.
   */
  @Test
  void aHandWrittenSourceWhereAGeneratedFileGoesIsOneCleanErrorAndIsKept() throws IOException {
    Path out = folder.resolve("out");
    Path mine = Files.createDirectories(out.resolve("closecodes/generated")).resolve("CloseEvent.java");
    String handWritten = "package closecodes.generated;\n\n/** Mine. */\npublic final class CloseEvent {}\n";
    Files.writeString(mine, handWritten, StandardCharsets.UTF_8);
    MainTest.Run run = run("generate", "--out", out.toString(), page().toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("closecodes: error: cannot write " + mine + ": it is not closecodes' output (it carries no"
        + " generation mark), and is left as it is; move it, or generate into another folder or package"),
        run.err().lines().filter(line -> line.contains("error")).toList());
    assertEquals(handWritten, Files.readString(mine, StandardCharsets.UTF_8));
    assertFalse(Files.exists(mine.resolveSibling("CloseCode.java")), "nothing is written where one file may not be");

    Files.delete(mine);
    assertEquals(0, run("generate", "--out", out.toString(), page().toString()).status());
    Path closeCode = mine.resolveSibling("CloseCode.java");
    byte[] generated = Files.readAllBytes(closeCode);
    Files.writeString(closeCode, "// edited\n" + new String(generated, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    MainTest.Run again = run("generate", "--out", out.toString(), page().toString());
    assertEquals(0, again.status(), again.err());
    assertArrayEquals(generated, Files.readAllBytes(closeCode), "closecodes' output, edited or not, is replaced");
  }

  /** A named pipe where a generated file goes blocked the write until a reader came: forever. */
  @Test
  void aPipeWhereAGeneratedFileGoesIsOneCleanErrorNotAHang() throws Exception {
    Path out = folder.resolve("out");
    Path pipe = SpecialFiles.pipeAt(
        Files.createDirectories(out.resolve("closecodes/generated")).resolve("CloseCode.java"));
    MainTest.Run run = run("generate", "--out", out.toString(), page().toString());
    assertEquals(1, run.status(), run.err());
    assertEquals(List.of("closecodes: error: cannot write " + pipe + ": not a regular file (a pipe, a socket or a device)"),
        run.err().lines().filter(line -> line.contains("error")).toList());
    assertFalse(Files.isRegularFile(pipe), "the pipe is left a pipe");
  }

  @Test
  void aTerminalEscapeInACodeCellIsShownEscaped() throws IOException {
    Path page = folder.resolve("escape.md");
    Files.writeString(page, "<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
        + "<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n"
        + "<tr><td>\u001b]0;owned\u00071\u001b[2J</td><td>x</td><td>y</td></tr>\n</table>\n", StandardCharsets.UTF_8);
    MainTest.Run run = run("model", page.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().contains("\\x1b]0;owned\\x071\\x1b[2J"), run.err());
    assertTrue(run.err().chars().noneMatch(c -> c == 0x1b || c == 0x07), run.err());
  }

  @Test
  void aLoopOfSymbolicLinksIsSaidToBeOne() throws IOException {
    Path loop = folder.resolve("loop.md");
    Files.createSymbolicLink(loop, loop);
    assertOneCleanError(run("model", loop.toString()), loop + ":1: error: cannot read the file: a loop of symbolic links");
  }

  @Test
  void aFileNameTheSystemCannotEncodeIsACleanErrorNotAnInternalOne() throws Exception {
    Path page = page();
    ProcessBuilder builder = MainTest.inItsOwnJvm(List.of(), List.of("model", "caf\u00e9.md"))
        .redirectErrorStream(true)
        .directory(page.getParent().toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("LC_"));
    builder.environment().put("LANG", "C"); // file names in ASCII
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), output);
    assertFalse(output.contains("internal error"), output);
    assertTrue(output.contains(":1: error: cannot read the file"), output);
  }

  /**
   * Standard output on a full disk ({@code /dev/full}): what was asked for was not written, so the
   * command says so and fails, for each command that prints, rather than exit 0 with nothing
   * behind it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"model", "generate", "diff", "--version", "help"})
  void standardOutputThatCannotBeWrittenIsAnErrorNotASuccess(String command) throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full here");
    String page = page().toString();
    List<String> args = switch (command) {
      case "model", "generate" -> List.of(command, page);
      case "diff" -> List.of(command, page, page);
      default -> List.of(command);
    };
    Process process = MainTest.inItsOwnJvm(List.of(), args).redirectOutput(full.toFile()).start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), err);
    List<String> lines = err.lines().toList(); // generate warns of the page's locale first
    assertEquals("closecodes: error: cannot write to standard output: No space left on device",
        lines.get(lines.size() - 1), err);
    assertFalse(err.contains("internal error"), err);
  }

  /** The same for a real pipe, closed by its reader before the command has written. */
  @Test
  void aPipeClosedByItsReaderEndsTheCommandWithNothingSaid() throws Exception {
    Process process = MainTest.inItsOwnJvm(List.of(), List.of("model", page().toString())).start();
    process.getInputStream().close();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), err);
    assertEquals("", err);
  }

  /**
   * A pipe whose reader has gone ({@code closecodes generate PAGE | head}) ends the command with 1
   * and nothing said, as a Unix tool that the pipe's signal stops: the reader wanted no more. Any
   * other failure is said with its cause.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Broken pipe", "Input/output error"})
  void aFailedWriteToStandardOutputEndsTheCommandAndIsSaidUnlessTheReaderHasGone(String failure) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(failure);
      }
    };
    int status = new Main(InputStream.nullInputStream(), new StandardOutput(failing), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run("model", page().toString());
    assertEquals(1, status);
    assertEquals(failure.equals("Broken pipe") ? "" : "closecodes: error: cannot write to standard output: " + failure,
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
