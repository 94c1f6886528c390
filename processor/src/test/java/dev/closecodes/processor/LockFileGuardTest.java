package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.closecodes.testing.SpecialFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file in a compile: what was generated last, guarding users' code against a spec update. */
class LockFileGuardTest {

  @TempDir Path basedir;

  private Compilation compile(boolean allowRemovals) {
    return compile(allowRemovals, basedir);
  }

  private static Compilation compile(boolean allowRemovals, Path projectFolder) {
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "/** Close codes. */",
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
            + " registry = \"fixtures/small/registry.csv\",",
        "    lockFile = \"closecodes.lock\", allowRemovals = " + allowRemovals + ")",
        "package org.example.ws;",
        "import dev.closecodes.CloseCodeSpec;");
    return compile(projectFolder, source);
  }

  /** The sources compiled with the processor, relative names read against the project's folder. */
  private static Compilation compile(Path projectFolder, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + projectFolder)
        .compile(sources);
  }

  /**
   * A project folder given that is none (a typo in the build's options) is an error: relative
   * names would be read against it, and the lock file written into a new folder of that name.
   */
  @Test
  void aProjectFolderOptionThatIsNoFolderIsAnErrorAndNothingIsWritten() throws IOException {
    Path nowhere = basedir.resolve("nowhere");
    Compilation compilation = compile(false, nowhere);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[closecodes] the option closecodes.basedir names " + nowhere
        + ", which is no folder; relative page and lock-file names are read against it: give the project's folder");
    assertThat(Files.exists(nowhere)).isFalse();

    Path file = Files.writeString(basedir.resolve("pom.xml"), "<project/>", StandardCharsets.UTF_8);
    assertThat(compile(false, file)).hadErrorContaining("the option closecodes.basedir names " + file
        + ", which is no folder");
  }

  private Path lock() {
    return basedir.resolve("closecodes.lock");
  }

  private void editLock(String from, String to) throws IOException {
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(lock(), text.replace(from, to), StandardCharsets.UTF_8);
  }

  /** Removes the warnings the lock file records, as a lock file written before them would be. */
  private void forgetRecordedWarnings() throws IOException {
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    Files.writeString(lock(), text.lines().filter(line -> !line.startsWith("warning\t"))
        .reduce("", (all, line) -> all + line + "\n"), StandardCharsets.UTF_8);
  }

  @Test
  void theFirstBuildWritesTheLockFileAndTheNextFindsNothingNew() throws IOException {
    Compilation first = compile(false);
    assertThat(first).succeeded();
    assertThat(first).hadNoteContaining("wrote the lock file");
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    assertThat(text).contains("code\t1000\tNORMAL_CLOSURE\t");
    assertThat(text).contains("range\t3000-3999\tIANA_REGISTRATION\t");

    Compilation second = compile(false);
    assertThat(second).succeeded();
    assertThat(second.notes().stream().filter(d -> d.getMessage(null).contains("[closecodes]")).toList()).isEmpty();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  /**
   * Which WebSocket APIs' {@code CloseCode} the generated one implements is part of the API it
   * generates, and follows the class path: a dependency dropped, or moved to the test scope, took
   * {@code implements jakarta.websocket.CloseReason.CloseCode} away without a word, and code that
   * hands a constant to Jakarta's {@code CloseReason} stopped compiling, or, in a library's users,
   * linking. The lock file records the interfaces: one no longer implemented is an error at its
   * line, as a removed constant is, unless {@code allowRemovals}; one implemented anew is a note.
   */
  @Test
  void anInterfaceCloseCodeNoLongerImplementsIsAnErrorAsARemovedConstantIs() throws IOException {
    JavaFileObject jakarta = CloseCodeSpecProcessorTest.closeReasonOf("jakarta.websocket");
    JavaFileObject spec = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
        "    registry = \"fixtures/small/registry.csv\", lockFile = \"closecodes.lock\")",
        "package org.example.ws;");
    assertThat(compile(basedir, jakarta, spec)).succeeded();
    String implementing = Files.readString(lock(), StandardCharsets.UTF_8);
    assertThat(implementing).contains("\nimplements\tjakarta.websocket.CloseReason.CloseCode\n");
    int line = implementing.lines().toList().indexOf("implements\tjakarta.websocket.CloseReason.CloseCode") + 1;

    Compilation dropped = compile(basedir, spec);
    assertThat(dropped).failed();
    assertThat(dropped).hadErrorCount(1);
    assertThat(dropped).hadErrorContaining("[closecodes] closecodes.lock:" + line + ": CloseCode implemented"
        + " jakarta.websocket.CloseReason.CloseCode before (lock file closecodes.lock, line " + line + ") and does not"
        + " now, as the compile does not offer that API or closeCodeApis() leaves it out; code that hands a constant"
        + " to its CloseReason would break. Set allowRemovals = true to accept this");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(implementing);

    Compilation allowed = compile(true);
    assertThat(allowed).succeeded();
    assertThat(allowed).hadNoteContaining("closecodes.lock:" + line + ": CloseCode implemented"
        + " jakarta.websocket.CloseReason.CloseCode before (lock file closecodes.lock, line " + line + ") and does not"
        + " now; allowed by allowRemovals");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("\nimplements\tnone\n");

    Compilation back = compile(basedir, jakarta, spec);
    assertThat(back).succeeded();
    assertThat(back).hadNoteContaining("closecodes.lock:" + line + ": CloseCode implements"
        + " jakarta.websocket.CloseReason.CloseCode now; it did not when this lock file was written");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(implementing);
  }

  /** A lock file written before the interfaces were recorded has none to compare, and gains the line. */
  @Test
  void aLockFileWithoutTheInterfacesGainsThem() throws IOException {
    assertThat(compile(false)).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    assertThat(written).contains("\nimplements\tnone\n");
    Files.writeString(lock(), written.replace("implements\tnone\n", ""), StandardCharsets.UTF_8);
    Compilation older = compile(basedir, CloseCodeSpecProcessorTest.closeReasonOf("jakarta.websocket"),
        JavaFileObjects.forSourceLines("org.example.ws.package-info",
            "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
            "    registry = \"fixtures/small/registry.csv\", lockFile = \"closecodes.lock\")",
            "package org.example.ws;"));
    assertThat(older).succeeded();
    assertThat(older.notes().stream().filter(d -> d.getMessage(null).contains("CloseCode implements")).toList())
        .isEmpty();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8))
        .contains("\nimplements\tjakarta.websocket.CloseReason.CloseCode\n");
  }

  /** The annotation of {@link #compile(boolean)}, compiled with these options besides the project's folder. */
  private Compilation compileWith(String... options) {
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
        "    registry = \"fixtures/small/registry.csv\", lockFile = \"closecodes.lock\")",
        "package org.example.ws;");
    return Compiler.javac().withProcessors(new CloseCodeSpecProcessor())
        .withOptions(concat("-Aclosecodes.basedir=" + basedir, options)).compile(source);
  }

  private static java.util.List<String> concat(String first, String... rest) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(first));
    all.addAll(java.util.List.of(rest));
    return all;
  }

  /**
   * A CI build given {@code -Aclosecodes.locked} keeps the lock file as committed: where the build
   * would write it (none committed, or one the documents no longer match, say after a page update
   * pushed without the lock file it made), it is an error at the lock file's first line that
   * differs, after the notes that say what changed, and the file stays as it was. Without the
   * option such a build rewrote the file and passed, with notes nobody reads in a CI log.
   */
  @Test
  void theLockedOptionKeepsTheLockFileAsCommittedAndFailsWhereItWouldChange() throws IOException {
    Compilation none = compileWith("-Aclosecodes.locked");
    assertThat(none).failed();
    assertThat(none).hadErrorCount(1);
    assertThat(none).hadErrorContaining("[closecodes] closecodes.lock:1: there is no lock file " + lock()
        + ", and the option closecodes.locked keeps lock files as committed: build without the option and"
        + " commit the lock file it writes");
    assertThat(Files.exists(lock())).isFalse();

    assertThat(compileWith()).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    for (String locked : new String[] {"-Aclosecodes.locked", "-Aclosecodes.locked=true", "-Aclosecodes.locked=TRUE",
        "-Aclosecodes.locked= true\n"}) {
      Compilation current = compileWith(locked);
      assertThat(current).succeeded();
      assertThat(current.diagnostics().stream().filter(d -> d.getMessage(null).contains("[closecodes]")).toList())
          .isEmpty();
    }

    String stale = written.lines()
        .map(line -> line.startsWith("code\t1000\t") ? "code\t1000\tNORMAL_CLOSURE\t" + "0".repeat(64) : line)
        .reduce("", (all, line) -> all + line + "\n");
    Files.writeString(lock(), stale, StandardCharsets.UTF_8);
    int line = stale.lines().toList().indexOf("code\t1000\tNORMAL_CLOSURE\t" + "0".repeat(64)) + 1;
    Compilation refused = compileWith("-Aclosecodes.locked=true");
    assertThat(refused).failed();
    assertThat(refused).hadErrorCount(1);
    assertThat(refused).hadNoteContaining("code 1000 has a new description since the lock file closecodes.lock");
    assertThat(refused).hadErrorContaining("[closecodes] closecodes.lock:" + line + ": the lock file is not what"
        + " the documents generate now, from this line on, and the option closecodes.locked keeps it as committed:"
        + " build without the option and commit the lock file it writes");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(stale);

    Compilation unlocked = compileWith("-Aclosecodes.locked=false");
    assertThat(unlocked).succeeded();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(written);
  }

  /**
   * A lock file checked out with CRLF line ends (Git for Windows' default, {@code core.autocrlf})
   * or saved with a byte-order mark is the same lock file: the build neither rewrites it nor, under
   * {@code -Aclosecodes.locked}, fails on it, so a Windows CI build passes where a Linux one does.
   */
  @Test
  void aLockFileWithCrlfLineEndsOrAByteOrderMarkIsTheSameLockFile() throws IOException {
    assertThat(compileWith()).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    for (String checkedOut : new String[] {written.replace("\n", "\r\n"), "\uFEFF" + written}) {
      Files.writeString(lock(), checkedOut, StandardCharsets.UTF_8);
      for (String options : new String[] {"-Aclosecodes.locked=false", "-Aclosecodes.locked"}) {
        Compilation compilation = compileWith(options);
        assertThat(compilation).succeeded();
        assertThat(compilation.diagnostics().stream().filter(d -> d.getMessage(null).contains("[closecodes]"))
            .toList()).isEmpty();
        assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(checkedOut);
      }
    }
  }

  /**
   * An option value that is no answer is an error, not read as either, and one that is a property
   * Maven did not resolve says to give it a default; the lock file is left alone.
   */
  @Test
  void aLockedOptionThatIsNeitherTrueNorFalseIsAnError() throws IOException {
    Compilation compilation = compileWith("-Aclosecodes.locked=yes");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[closecodes] the option closecodes.locked is true or false (or given"
        + " without a value, -Aclosecodes.locked), not 'yes'");
    assertThat(Files.exists(lock())).isFalse();

    // Maven passes a property it has no value for as it is written
    Compilation unresolved = compileWith("-Aclosecodes.locked=${closecodes.locked}");
    assertThat(unresolved).failed();
    assertThat(unresolved).hadErrorCount(1);
    assertThat(unresolved).hadErrorContaining("[closecodes] the option closecodes.locked is '${closecodes.locked}', a"
        + " property the build left as it is: give the property a default in the POM's <properties>, such as"
        + " <closecodes.locked>false</closecodes.locked>");
    assertThat(Files.exists(lock())).isFalse();
  }

  /**
   * Under the option, an annotation that names no lock file has nothing kept as committed: a
   * warning says so, rather than let the CI build pass as though it guarded the package
   * ({@code OutputCacheTest} holds a compile the cache serves to the same).
   */
  @Test
  void theLockedOptionWarnsOfAnAnnotationWithoutALockFile() {
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
        "    registry = \"fixtures/small/registry.csv\")",
        "package org.example.ws;");
    Compilation compilation = Compiler.javac().withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + basedir, "-Aclosecodes.locked").compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[closecodes] the option closecodes.locked keeps lock files as"
        + " committed, but this annotation names no lockFile(): nothing is kept of what it generates; name one")
        .inFile(source).onLine(1);
  }

  /**
   * A lock file holds what one generation made: two packages of a compile that name the same one
   * would each compare with the other's constants (a rename that never happened, a description
   * that changed on every build) and write it in turn.
   */
  @Test
  void twoPackagesThatNameOneLockFileAreAnErrorOnTheSecond() throws IOException {
    JavaFileObject first = JavaFileObjects.forSourceLines("org.example.a.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", lockFile = \"closecodes.lock\")",
        "package org.example.a;");
    JavaFileObject second = JavaFileObjects.forSourceLines("org.example.b.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\",",
        "    names = @dev.closecodes.CloseCodeSpec.Name(code = 1000, constant = \"BYE\"),",
        "    lockFile = \"./closecodes.lock\")",
        "package org.example.b;");
    CloseCodeSpecProcessorTest.assertOnlyError(compile(basedir, first, second), second, 3,
        "[closecodes] lockFile(): ./closecodes.lock is the lock file of package org.example.a too; a lock file"
            + " holds what one package generated: give this one a lock file of its own");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("code\t1000\tNORMAL_CLOSURE\t");
  }

  /**
   * A lock file records the package it was written for. One that two compiles share (a module's
   * main and test sources annotate two packages and name one lock file) is rewritten by each in
   * turn, and each compares with the other's constants, a rebuild for ever; each compile says so.
   * After a package is renamed, it is said once.
   */
  @Test
  void aLockFileWrittenForAnotherPackageIsAWarningEachTimeAnotherReadsIt() throws IOException {
    JavaFileObject main = keepingTheLockFile("org.example.a");
    JavaFileObject test = keepingTheLockFile("org.example.b");
    Compilation first = compile(basedir, main);
    assertThat(first).succeeded();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("\npackage\torg.example.a\n");
    int line = Files.readString(lock(), StandardCharsets.UTF_8).lines().toList().indexOf("package\torg.example.a") + 1;

    Compilation other = compile(basedir, test);
    assertThat(other).succeeded();
    assertThat(other).hadWarningContaining("[closecodes] closecodes.lock:" + line + ": this lock file was written for"
        + " package org.example.a, and package org.example.b reads it now: two packages that share a lock file (a"
        + " module's main and test sources, say) each rewrite it and compare with the other's constants; give each"
        + " a lock file of its own. After a package is renamed, this is said once");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("\npackage\torg.example.b\n");

    Compilation again = compile(basedir, test);
    assertThat(again).succeeded();
    assertThat(again.warnings().stream().filter(d -> d.getMessage(null).contains("written for")).toList()).isEmpty();
  }

  /** The package-info of a package generated from the English fixture that keeps closecodes.lock. */
  private static JavaFileObject keepingTheLockFile(String packageName) {
    return JavaFileObjects.forSourceLines(packageName + ".package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\",",
        "    lockFile = \"closecodes.lock\")",
        "package " + packageName + ";");
  }

  /**
   * A lock file that names a document the annotation reads (a slip of the pen) is an error at
   * the attribute: the file is a page, or the registry, and the build would otherwise take each of
   * its lines for a damaged lock line.
   */
  @Test
  void aLockFileThatIsADocumentReadIsAnErrorAtTheAttribute() throws IOException {
    Path page = basedir.resolve("page.md");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/small/index.md")) {
      Files.write(page, in.readAllBytes());
    }
    byte[] before = Files.readAllBytes(page);
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "@dev.closecodes.CloseCodeSpec(pages = \"page.md\",",
        "    registry = \"fixtures/small/registry.csv\",",
        "    lockFile = \"./page.md\")",
        "package org.example.ws;");
    CloseCodeSpecProcessorTest.assertOnlyError(compile(basedir, source), source, 3,
        "[closecodes] lockFile(): ./page.md is page.md, a document this annotation reads (pages()); the lock"
            + " file records what was generated: give it a file of its own, such as closecodes.lock");
    assertThat(Files.readAllBytes(page)).isEqualTo(before);
  }

  @Test
  void aRenamedConstantIsAnErrorUnlessAllowed() throws IOException {
    assertThat(compile(false)).succeeded();
    editLock("code\t1000\tNORMAL_CLOSURE\t", "code\t1000\tNORMAL\t");
    String edited = Files.readString(lock(), StandardCharsets.UTF_8);

    Compilation refused = compile(false);
    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("code 1000 is now NORMAL_CLOSURE, was NORMAL (lock file closecodes.lock, line 6)");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(edited);

    Compilation allowed = compile(true);
    assertThat(allowed).succeeded();
    assertThat(allowed).hadNoteContaining("code 1000 is now NORMAL_CLOSURE, was NORMAL (lock file closecodes.lock,"
        + " line 6); allowed by allowRemovals");
    for (javax.tools.Diagnostic<?> note : allowed.notes()) {
      assertThat(note.getMessage(null)).doesNotContain("Set allowRemovals");
    }
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("code\t1000\tNORMAL_CLOSURE\t");
  }

  @Test
  void aBuildTheLockFileStopsPrintsTheErrorNotTheWarningsItRecords() throws IOException {
    assertThat(compile(false)).succeeded();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8))
        .contains("\tfixtures/small/index.md:23: the page marks 1012 reserved here");
    editLock("code\t1000\tNORMAL_CLOSURE\t", "code\t1000\tNORMAL\t");

    Compilation refused = compile(false);
    assertThat(refused).failed();
    assertThat(refused).hadErrorCount(1);
    assertThat(refused).hadErrorContaining("code 1000 is now NORMAL_CLOSURE, was NORMAL");
    // the page's warning is the one the lock file records: not news, whatever stops the build
    assertThat(refused).hadWarningCount(0);

    // one it does not record is, and is said beside the error
    forgetRecordedWarnings();
    Compilation unrecorded = compile(false);
    assertThat(unrecorded).hadErrorCount(1);
    assertThat(unrecorded).hadWarningCount(1);
    assertThat(unrecorded).hadWarningContaining("fixtures/small/index.md:23: the page marks 1012 reserved here");
  }

  @Test
  void aRemovedConstantIsAnError() throws IOException {
    assertThat(compile(false)).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    int line = (int) written.lines().count() + 1; // the line added below
    Files.writeString(lock(), written + "code\t1001\tGOING_AWAY\t" + "a".repeat(64) + "\n");
    Compilation refused = compile(false);
    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("closecodes.lock:" + line + ": code GOING_AWAY (1001) was generated before"
        + " (lock file closecodes.lock, line " + line + ")");
  }

  @Test
  void addedAndReDescribedConstantsAreNotes() throws IOException {
    assertThat(compile(false)).succeeded();
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    String withoutRestart = text.lines().filter(line -> !line.startsWith("code\t1012\t"))
        .map(line -> line.startsWith("code\t1000\t") ? "code\t1000\tNORMAL_CLOSURE\t" + "0".repeat(64) : line)
        .reduce("", (all, line) -> all + line + "\n");
    Files.writeString(lock(), withoutRestart, StandardCharsets.UTF_8);
    Compilation compilation = compile(false);
    assertThat(compilation).succeeded();
    // Each note points at the page row that describes the code.
    assertThat(compilation).hadNoteContaining(
        "fixtures/small/index.md:23: code 1012 SERVICE_RESTART is new since the lock file closecodes.lock");
    assertThat(compilation).hadNoteContaining(
        "fixtures/small/index.md:21: code 1000 has a new description since the lock file closecodes.lock");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void aMalformedLockFileIsAnErrorAtItsLine() throws IOException {
    Files.writeString(lock(), "# lock\ncode 1000 NORMAL_CLOSURE\n", StandardCharsets.UTF_8);
    Compilation compilation = compile(false);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:2: the lock file cannot be read");
  }

  @Test
  void aLineCutOffInItsHashIsAnErrorAtItsLineAndTheFileIsKept() throws IOException {
    assertThat(compile(false)).succeeded();
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    String cut = text.substring(0, text.indexOf("code\t1005") + "code\t1005\tNO_STATUS_RCVD\t".length() + 30);
    Files.writeString(lock(), cut, StandardCharsets.UTF_8);
    Compilation compilation = compile(false);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:7: the lock file cannot be read: the hash has 30");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(cut);
  }

  @Test
  void aByteOrderMarkIsNoDamage() throws IOException {
    assertThat(compile(false)).succeeded();
    byte[] text = Files.readAllBytes(lock());
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withMark, 3, text.length);
    Files.write(lock(), withMark);
    assertThat(compile(false)).succeeded();
  }

  @Test
  void textThatIsNotUtf8IsAnErrorAtItsLine() throws IOException {
    Files.write(lock(), "# lock\ncode\t1000\tFERM\u00C9\t0\n".getBytes(StandardCharsets.ISO_8859_1));
    Compilation compilation = compile(false);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:2: the text is not valid UTF-8");
  }

  @Test
  void aFifoIsRefusedNotWaitedOn() throws Exception {
    SpecialFiles.pipeAt(lock());
    Compilation compilation = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> compile(false));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:1: cannot read the file: not a regular file");
  }

  @Test
  void aLinkToADeviceIsNeitherReadNorWritten() throws IOException {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Files.createSymbolicLink(lock(), zero);
    Compilation compilation = compile(false);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:1: cannot read the file: not a regular file");
    assertThat(compilation.notes().stream().filter(d -> d.getMessage(null).contains("wrote the lock file")).toList())
        .isEmpty();
  }

  /**
   * A lock file rewritten in place and cut short by a stopped compile would read as an older lock
   * where it was cut at a line's end; it is replaced whole: a new file takes the old one's place.
   */
  @Test
  void theLockFileIsReplacedWholeNotRewrittenInPlace() throws IOException {
    assertThat(compile(false)).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    forgetRecordedWarnings();
    Object before = Files.getAttribute(lock(), "unix:ino");
    assertThat(compile(false)).succeeded();
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(written);
    assertThat(Files.getAttribute(lock(), "unix:ino")).isNotEqualTo(before);
    try (java.util.stream.Stream<Path> files = Files.list(basedir)) {
      assertThat(files.map(file -> file.getFileName().toString()).toList()).containsExactly("closecodes.lock");
    }
  }

  /** A lock file that is a link (to a file shared between modules, say) stays one; its target is written. */
  @Test
  void aLockFileThatIsALinkStaysALinkAndItsTargetIsWritten() throws IOException {
    assertThat(compile(false)).succeeded();
    String written = Files.readString(lock(), StandardCharsets.UTF_8);
    Path target = Files.createDirectories(basedir.resolve("locks")).resolve("ws.lock");
    Files.move(lock(), target);
    Files.createSymbolicLink(lock(), Path.of("locks", "ws.lock"));
    forgetRecordedWarnings();
    assertThat(compile(false)).succeeded();
    assertThat(Files.isSymbolicLink(lock())).isTrue();
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(written);
    try (java.util.stream.Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files.map(file -> file.getFileName().toString()).toList()).containsExactly("ws.lock");
    }
  }

  @Test
  void aLockFileLargerThanTheLimitIsAnErrorBeforeItIsRead() throws IOException {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(lock().toFile(), "rw")) {
      file.setLength(3L * 1024 * 1024 * 1024); // sparse: no room taken
    }
    Compilation compilation = compile(false);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("closecodes.lock:1: the file is 3221225472 bytes");
  }

  @Test
  void aLockFileThatCannotBeWrittenSaysSoAndWhy() throws IOException {
    Files.writeString(basedir.resolve("taken"), "a file, not a folder", StandardCharsets.UTF_8);
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "/** Close codes. */",
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", locales = \"en-US\","
            + " registry = \"fixtures/small/registry.csv\",",
        "    lockFile = \"taken/closecodes.lock\")",
        "package org.example.ws;",
        "import dev.closecodes.CloseCodeSpec;");
    Compilation compilation = compile(basedir, source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("taken/closecodes.lock:1: cannot write the lock file");
  }

  @Test
  void aBuildWithNothingNewToSayPrintsNothingAndANewWarningPrintsAgain() throws IOException {
    Compilation first = compile(false);
    assertThat(first).succeeded();
    // The fixture's page marks 1012 reserved and its registry does not: a warning, which the new
    // lock file records as its baseline, said once as a note.
    assertThat(first).hadWarningCount(0);
    assertThat(first).hadNoteContaining("fixtures/small/index.md:23: the page marks 1012 reserved here");
    assertThat(first).hadNoteContaining("(a warning, recorded in the new lock file as known)");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8))
        .contains("\tfixtures/small/index.md:23: the page marks 1012 reserved here");

    Compilation second = compile(false);
    assertThat(second).succeeded();
    assertThat(second).hadWarningCount(0);
    assertThat(second.notes().stream().filter(d -> d.getMessage(null).contains("[closecodes]")).toList()).isEmpty();

    // a warning the lock file does not record is news
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    forgetRecordedWarnings();
    Compilation third = compile(false);
    assertThat(third).hadWarningCount(1);
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void theDamagedReceivedPageBuildsUnderWarningsAsErrorsFromTheFirstBuild() {
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "/** Close codes. */",
        "@CloseCodeSpec(pages = \"" + dev.closecodes.testing.SpecSource.RECEIVED_PAGE.toString().replace('\\', '/')
            + "\", registry = \"" + dev.closecodes.testing.SpecSource.REGISTRY.toString().replace('\\', '/') + "\",",
        "    lockFile = \"closecodes.lock\")",
        "package org.example.ws;",
        "import dev.closecodes.CloseCodeSpec;");
    java.util.function.Supplier<Compiler> strict = () -> Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + basedir, "-Xlint:all", "-Werror");
    Compilation first = strict.get().compile(source);
    assertThat(first).succeeded();
    assertThat(first).hadNoteContaining("repaired mojibake");
    Compilation second = strict.get().compile(source);
    assertThat(second).succeeded();
    assertThat(second.diagnostics().stream().filter(d -> d.getMessage(null).contains("[closecodes]")).toList()).isEmpty();
  }
}
