package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.Severity;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeTable;
import dev.closecodes.read.DocumentFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a regeneration with the consumer's lock file, and keeps the file up to date. The lock
 * file is read through the same gate as a page: a regular file only, within the size limit,
 * strict UTF-8 (a byte-order mark allowed); it is written only where a regular file, or nothing,
 * stands, and only once the generated files are: {@link #check} says what the file would become,
 * {@link #writeIfChanged} writes it.
 */
final class LockFileGuard {

  private final DocumentLocator locator;
  private final Diagnostics diagnostics;
  /** The warnings the lock file records, once it has been read. */
  private LockFile.Baseline recorded = LockFile.Baseline.NONE;
  /** The text {@link #check} found the file should hold, where it holds another; else null. */
  private Pending pending;

  /** A lock file to write: as the annotation names it, where it is, and its new text. */
  private record Pending(String name, Path file, String text) {}

  LockFileGuard(DocumentLocator locator, Diagnostics diagnostics) {
    this.locator = locator;
    this.diagnostics = diagnostics;
  }

  /**
   * Reports what changed since the lock file, and whether it is to be written anew: when it changed
   * and nothing breaks.
   *
   * @param name the lock file as the annotation names it
   * @param packageName the package generated into; empty for the unnamed package
   * @param allowRemovals whether a removed or renamed constant is accepted
   * @param keepAsCommitted whether the file is kept as committed ({@code -Aclosecodes.locked}):
   *     where it would be written, it is an error instead
   * @param interfaces the interfaces the generated {@code CloseCode} implements
   * @return the warnings the lock file already records, as where and what, which are not printed
   *     again, and whether the file is new
   * @throws Diagnostics.Abort when a change breaks user code, or the file cannot be read, or is
   *     to be kept as committed and would change, or is not there where a file whose name differs
   *     in case only is; nothing may be generated then
   */
  LockFile.Baseline check(String name, String packageName, boolean allowRemovals, boolean keepAsCommitted,
      CodeTable table, List<String> interfaces) {
    Path file = locator.resolve(name);
    List<LockFile.Warning> warnings = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics.all()) {
      if (diagnostic.severity() == Severity.WARNING) {
        warnings.add(LockFile.Warning.of(diagnostic));
      }
    }
    String text = LockFile.format(packageName, table, interfaces, warnings);
    Set<String> known = Set.of();
    boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    if (exists) {
      String locked = DocumentFiles.readText(file, name, diagnostics);
      known = LockFile.warnings(locked);
      LockFile.Locked lockedFile = LockFile.parse(name, locked, diagnostics);
      diagnostics.stopIfErrors();
      Optional<LockFile.WrittenFor> writtenFor = lockedFile.writtenFor();
      if (writtenFor.isPresent() && !writtenFor.get().packageName().equals(packageName)) {
        // Shared with another compile's package, each rewrites it in turn: said each time, not recorded.
        diagnostics.report(Message.LOCK_FILE_OF_ANOTHER_PACKAGE, new SourceLocation(name, writtenFor.get().line()),
            LockFile.shownPackage(writtenFor.get().packageName()), LockFile.shownPackage(packageName));
      }
      recorded = new LockFile.Baseline(known, false);
      LockFile.compare(name, lockedFile, table, interfaces, allowRemovals,
          new SourceLocation(table.page().source(), 1), diagnostics);
      diagnostics.stopIfErrors();
      if (locked.equals(text)) {
        return recorded;
      }
      if (keepAsCommitted) {
        throw diagnostics.fail(Message.LOCK_FILE_STALE_LOCKED,
            new SourceLocation(name, firstLineThatDiffers(locked, text)));
      }
    } else {
      // Where case is ignored it is that file; where it is not, another one, written beside it.
      Optional<String> inOtherCase = locator.inOtherCase(name);
      if (inOtherCase.isPresent()) {
        throw diagnostics.fail(Message.LOCK_FILE_NAME_IN_OTHER_CASE, new RequestPart("lockFile"), name,
            inOtherCase.get(), inOtherCase.get());
      }
      if (keepAsCommitted) {
        throw diagnostics.fail(Message.LOCK_FILE_MISSING_LOCKED, new SourceLocation(name, 1), file);
      }
    }
    pending = new Pending(name, file, text);
    return new LockFile.Baseline(known, !exists);
  }

  /**
   * Writes the file as {@link #check} found it should be, if that is not what it holds: called once
   * the generated files are written, so that a compile that could not write them leaves the file as
   * it was, and the next compile says again what changed.
   *
   * @throws Diagnostics.Abort when the file cannot be written
   */
  void writeIfChanged() {
    if (pending == null) {
      return;
    }
    SourceLocation firstLine = new SourceLocation(pending.name(), 1);
    try {
      // Replaced whole: a file cut short by a stopped compile could read as an older lock. A link
      // stays a link; the file it names is replaced.
      DocumentFiles.writeWhole(pending.file(), pending.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw diagnostics.fail(Message.LOCK_FILE_NOT_WRITTEN, firstLine, pending.file(), DocumentFiles.reason(e));
    }
    diagnostics.report(Message.LOCK_FILE_WRITTEN, firstLine, pending.file());
  }

  /**
   * The first line, from 1, at which two texts differ; where one is the other's start, the line
   * after its last.
   */
  private static int firstLineThatDiffers(String before, String after) {
    int line = 1;
    for (int i = 0; i < before.length() && i < after.length() && before.charAt(i) == after.charAt(i); i++) {
      if (before.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The warnings the lock file records, as far as {@link #check} read it: what a build the file
   * stops need not print beside its error. None when the file was missing or could not be read.
   */
  LockFile.Baseline recorded() {
    return recorded;
  }
}
