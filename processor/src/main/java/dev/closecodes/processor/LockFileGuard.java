package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compares a regeneration with the consumer's lock file, and keeps the file up to date. */
final class LockFileGuard {

  private final DocumentLocator locator;
  private final Diagnostics diagnostics;

  LockFileGuard(DocumentLocator locator, Diagnostics diagnostics) {
    this.locator = locator;
    this.diagnostics = diagnostics;
  }

  /**
   * Reports what changed since the lock file, and writes the file anew when it changed and
   * nothing breaks.
   *
   * @param name the lock file as the annotation names it
   * @param allowRemovals whether a removed or renamed constant is accepted
   * @throws Diagnostics.Abort when a change breaks user code or the file cannot be read or written;
   *     nothing may be generated then
   */
  void check(String name, boolean allowRemovals, CodeTable table) {
    Path file = locator.resolve(name);
    String text = LockFile.format(table);
    try {
      if (Files.isRegularFile(file)) {
        String locked = Files.readString(file, StandardCharsets.UTF_8);
        List<LockFile.Entry> entries = LockFile.parse(name, locked, diagnostics);
        SourceLocation page = new SourceLocation(table.page().source(), 1);
        LockFile.compare(name, entries, table, allowRemovals, page, diagnostics);
        diagnostics.stopIfErrors();
        if (locked.equals(text)) {
          return;
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      diagnostics.report(Message.LOCK_FILE_WRITTEN, new SourceLocation(name, 1), file);
    } catch (IOException e) {
      throw diagnostics.fail(Message.LOCK_FILE_BAD, new SourceLocation(name, 1), e.getMessage());
    }
  }
}
