package dev.closecodes.processor;

import dev.closecodes.CloseCodeSpec;
import dev.closecodes.check.LockFile;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares a regeneration with the consumer's lock file, and keeps the file up to date. */
final class LockFileGuard {

  private final DocumentLocator locator;
  private final Reporter reporter;

  LockFileGuard(DocumentLocator locator, Reporter reporter) {
    this.locator = locator;
    this.reporter = reporter;
  }

  /** Reports the changes; false when one of them is an error, and then nothing may be generated. */
  boolean check(CloseCodeSpec spec, CodeTable table) {
    String name = spec.lockFile();
    Path file = locator.resolve(name);
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text = LockFile.format(table);
    try {
      if (Files.isRegularFile(file)) {
        String locked = Files.readString(file, StandardCharsets.UTF_8);
        List<LockFile.Entry> entries = LockFile.parse(name, locked, diagnostics);
        SourceLocation page = new SourceLocation(table.page().source(), 1);
        diagnostics.addAll(LockFile.compare(name, entries, table, spec.allowRemovals(), page));
        diagnostics.forEach(reporter::report);
        if (diagnostics.stream().anyMatch(Diagnostic::isError) || locked.equals(text)) {
          return diagnostics.stream().noneMatch(Diagnostic::isError);
        }
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      reporter.report(Diagnostic.of(Message.LOCK_FILE_WRITTEN, new SourceLocation(name, 1), file));
      return true;
    } catch (IOException e) {
      reporter.report(Diagnostic.of(Message.LOCK_FILE_BAD, new SourceLocation(name, 1), e.getMessage()));
      return false;
    }
  }
}
