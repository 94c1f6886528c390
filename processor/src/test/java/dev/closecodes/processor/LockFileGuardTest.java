package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
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
    JavaFileObject source = JavaFileObjects.forSourceLines("org.example.ws.package-info",
        "/** Close codes. */",
        "@CloseCodeSpec(pages = \"fixtures/small/index.md\", registry = \"fixtures/small/registry.csv\",",
        "    lockFile = \"closecodes.lock\", allowRemovals = " + allowRemovals + ")",
        "package org.example.ws;",
        "import dev.closecodes.CloseCodeSpec;");
    return Compiler.javac()
        .withProcessors(new CloseCodeSpecProcessor())
        .withOptions("-Aclosecodes.basedir=" + basedir)
        .compile(source);
  }

  private Path lock() {
    return basedir.resolve("closecodes.lock");
  }

  private void editLock(String from, String to) throws IOException {
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(lock(), text.replace(from, to), StandardCharsets.UTF_8);
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

  @Test
  void aRenamedConstantIsAnErrorUnlessAllowed() throws IOException {
    assertThat(compile(false)).succeeded();
    editLock("code\t1000\tNORMAL_CLOSURE\t", "code\t1000\tNORMAL\t");
    String edited = Files.readString(lock(), StandardCharsets.UTF_8);

    Compilation refused = compile(false);
    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("code 1000 is now NORMAL_CLOSURE, was NORMAL (lock file closecodes.lock, line 3)");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).isEqualTo(edited);

    Compilation allowed = compile(true);
    assertThat(allowed).succeeded();
    assertThat(allowed).hadNoteContaining("allowed by allowRemovals: code 1000 is now NORMAL_CLOSURE");
    assertThat(Files.readString(lock(), StandardCharsets.UTF_8)).contains("code\t1000\tNORMAL_CLOSURE\t");
  }

  @Test
  void aRemovedConstantIsAnError() throws IOException {
    assertThat(compile(false)).succeeded();
    Files.writeString(lock(), Files.readString(lock(), StandardCharsets.UTF_8) + "code\t1001\tGOING_AWAY\tabc\n");
    Compilation refused = compile(false);
    assertThat(refused).failed();
    assertThat(refused).hadErrorContaining("code GOING_AWAY (1001) was generated before (lock file closecodes.lock, line 8)");
  }

  @Test
  void addedAndReDescribedConstantsAreNotes() throws IOException {
    assertThat(compile(false)).succeeded();
    String text = Files.readString(lock(), StandardCharsets.UTF_8);
    String withoutRestart = text.lines().filter(line -> !line.startsWith("code\t1012\t"))
        .map(line -> line.startsWith("code\t1000\t") ? "code\t1000\tNORMAL_CLOSURE\t0000" : line)
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
}
