package dev.closecodes.cli;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a page, row by row. Rows are matched by the codes they
 * cover; a row is added, removed, renamed (its name column changed) or re-described (its
 * description's text changed). Markup and white space that do not change the text are not changes.
 */
final class ChangeReport {

  /** How a row changed. */
  enum Kind { ADDED, REMOVED, RENAMED, REDESCRIBED }

  /**
   * One changed row.
   *
   * @param kind how it changed
   * @param range the codes of the row
   * @param before the old name or description; empty for an added row
   * @param after the new name or description; empty for a removed row
   * @param diagnostic the note that reports it, at the new row (or the old one, when removed)
   */
  record Change(Kind kind, CodeRange range, String before, String after, Diagnostic diagnostic) {}

  private ChangeReport() {}

  static List<Change> compare(Page before, Page after) {
    Map<CodeRange, PageRow> oldRows = byRange(before);
    Map<CodeRange, PageRow> newRows = byRange(after);
    List<Change> changes = new ArrayList<>();
    for (PageRow row : after.rows()) {
      PageRow old = oldRows.get(row.range());
      if (old == null) {
        changes.add(change(Kind.ADDED, row.range(), "", row.description().plainText(), row, Message.ROW_ADDED,
            row.range(), row.description().plainText()));
        continue;
      }
      if (!old.name().equals(row.name())) {
        changes.add(change(Kind.RENAMED, row.range(), old.name(), row.name(), row, Message.ROW_RENAMED,
            row.range(), old.name(), row.name(), old.location()));
      }
      String oldText = old.description().plainText();
      String newText = row.description().plainText();
      if (!oldText.equals(newText)) {
        changes.add(change(Kind.REDESCRIBED, row.range(), oldText, newText, row, Message.ROW_REDESCRIBED,
            row.range(), oldText, newText, old.location()));
      }
    }
    for (PageRow row : before.rows()) {
      if (!newRows.containsKey(row.range())) {
        changes.add(change(Kind.REMOVED, row.range(), row.description().plainText(), "", row, Message.ROW_REMOVED,
            row.range(), after.source()));
      }
    }
    return changes;
  }

  private static Change change(
      Kind kind, CodeRange range, String before, String after, PageRow at, Message message, Object... arguments) {
    return new Change(kind, range, before, after, Diagnostic.of(message, at.location(), arguments));
  }

  private static Map<CodeRange, PageRow> byRange(Page document) {
    Map<CodeRange, PageRow> rows = new LinkedHashMap<>();
    for (PageRow row : document.rows()) {
      rows.putIfAbsent(row.range(), row);
    }
    return rows;
  }
}
