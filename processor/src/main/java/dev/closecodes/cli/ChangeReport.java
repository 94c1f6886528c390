package dev.closecodes.cli;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import dev.closecodes.read.PageReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of a page, row by row. Rows are matched by the codes they
 * cover; a row is added, removed, renamed (its name column changed) or re-described (its
 * description's text changed). Rows whose ranges were joined into one, or one range cut into
 * several that cover it exactly, are merged or split: none of their codes came or went. Codes the
 * page reserves now, or lets be used now, are said apart, whether or not the text changed: it is
 * what changes the checks. Markup and white space that do not change the text are not changes.
 * Two translations of the page, in two locales, are compared by their codes, ranges and statuses
 * alone: every name and text differs between them.
 */
final class ChangeReport {

  /** How a row changed. */
  enum Kind { ADDED, REMOVED, RENAMED, REDESCRIBED, MERGED, SPLIT, RESERVED_OR_USABLE }

  /**
   * One change.
   *
   * @param kind how it changed
   * @param range the codes of the row: for a merge, the new row; for a split, the old one
   * @param parts for a merge, the old rows joined; for a split, the new rows; else none
   * @param before the old name or description, or "reserved" or "usable"; empty for an added row
   * @param after the new name or description, or "reserved" or "usable"; empty for a removed row
   * @param diagnostic the note that reports it, at the new row (or the old one, when removed)
   */
  record Change(Kind kind, CodeRange range, List<CodeRange> parts, String before, String after,
      Diagnostic diagnostic) {}

  private ChangeReport() {}

  /**
   * The note that the two pages are translations in two locales, whose names and descriptions
   * {@link #compare} leaves alone; none where the locales are the same, or where a path does not
   * name one: a locale told from a page's links is a guess (a translation links the pages not yet
   * translated into en-US), and texts left uncompared on a guess would hide their changes.
   */
  static Optional<Diagnostic> translations(Page before, Page after) {
    Optional<String> was = PageReader.localeOfPath(before.source());
    Optional<String> now = PageReader.localeOfPath(after.source());
    if (was.isEmpty() || now.isEmpty() || was.get().equalsIgnoreCase(now.get())) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.of(Message.PAGES_IN_TWO_LOCALES, new SourceLocation(after.source(), 1),
        before.source(), was.get(), now.get()));
  }

  /**
   * Prints the report as {@code diff} and {@code update} give it: the note on two translations
   * where the pages are, each change's note, then how many rows changed.
   *
   * @return how many rows changed
   */
  static int print(Page before, Page after, PrintStream out) {
    Optional<Diagnostic> translations = translations(before, after);
    if (translations.isPresent()) {
      out.println(translations.get());
    }
    List<Change> changes = compare(before, after);
    for (Change change : changes) {
      out.println(change.diagnostic());
    }
    int rowsChanged = rowsChanged(changes);
    out.println(rowsChanged + " row(s) changed");
    return rowsChanged;
  }

  static List<Change> compare(Page before, Page after) {
    boolean comparesTexts = translations(before, after).isEmpty();
    Map<CodeRange, PageRow> oldRows = byRange(before);
    Map<CodeRange, PageRow> newRows = byRange(after);
    List<PageRow> added = new ArrayList<>();
    for (PageRow row : newRows.values()) {
      if (!oldRows.containsKey(row.range())) {
        added.add(row);
      }
    }
    List<PageRow> removed = new ArrayList<>();
    for (PageRow row : oldRows.values()) {
      if (!newRows.containsKey(row.range())) {
        removed.add(row);
      }
    }
    // A new row tiled by old ones is a merge; an old row tiled by new ones, a split. Rows are
    // told apart by their codes, which are unique within a page.
    Map<CodeRange, List<PageRow>> merges = new HashMap<>();
    Set<CodeRange> merged = new HashSet<>();
    Tiles oldTiles = new Tiles(removed);
    for (PageRow row : added) {
      List<PageRow> parts = oldTiles.tiling(row.range());
      if (!parts.isEmpty()) {
        merges.put(row.range(), parts);
        merged.addAll(ranges(parts));
      }
    }
    Map<CodeRange, PageRow> splits = new HashMap<>(); // by its first new part, the old row split
    Map<CodeRange, List<PageRow>> splitParts = new HashMap<>();
    Set<CodeRange> split = new HashSet<>();
    Tiles newTiles = new Tiles(withoutRanges(added, merges.keySet()));
    List<PageRow> unmerged = withoutRanges(removed, merged);
    for (PageRow row : unmerged) {
      List<PageRow> parts = newTiles.tiling(row.range());
      if (!parts.isEmpty()) {
        splits.put(parts.get(0).range(), row);
        splitParts.put(row.range(), parts);
        split.addAll(ranges(parts));
      }
    }

    List<Change> changes = new ArrayList<>();
    for (PageRow row : newRows.values()) {
      if (merges.containsKey(row.range())) {
        changes.add(merged(row, merges.get(row.range())));
        for (PageRow part : merges.get(row.range())) {
          addIfReservedOrUsable(part, row, changes);
        }
      } else if (splits.containsKey(row.range())) {
        PageRow old = splits.get(row.range());
        changes.add(split(old, splitParts.get(old.range())));
        for (PageRow part : splitParts.get(old.range())) {
          addIfReservedOrUsable(old, part, changes);
        }
      } else if (split.contains(row.range())) {
        continue; // reported with the first part of its split
      } else if (!oldRows.containsKey(row.range())) {
        changes.add(change(Kind.ADDED, row.range(), "", row.description().plainTextOnOneLine(), row, Message.ROW_ADDED,
            row.range(), row.description().plainTextOnOneLine()));
      } else {
        PageRow old = oldRows.get(row.range());
        if (comparesTexts && !old.name().equals(row.name())) {
          changes.add(change(Kind.RENAMED, row.range(), old.name(), row.name(), row, Message.ROW_RENAMED,
              row.range(), old.name(), row.name(), old.location()));
        }
        String oldText = old.description().plainTextOnOneLine();
        String newText = row.description().plainTextOnOneLine();
        if (comparesTexts && !oldText.equals(newText)) {
          changes.add(change(Kind.REDESCRIBED, row.range(), oldText, newText, row, Message.ROW_REDESCRIBED,
              row.range(), oldText, newText, old.location()));
        }
        addIfReservedOrUsable(old, row, changes);
      }
    }
    for (PageRow row : unmerged) {
      if (splitParts.containsKey(row.range())) {
        continue;
      }
      changes.add(change(Kind.REMOVED, row.range(), row.description().plainTextOnOneLine(), "", row, Message.ROW_REMOVED,
          row.range(), after.source()));
    }
    return changes;
  }

  /** Where the new row's codes are reserved and the old row's usable, or the other way round, says so. */
  private static void addIfReservedOrUsable(PageRow old, PageRow row, List<Change> changes) {
    if (old.reserved() == row.reserved()) {
      return;
    }
    String was = status(old);
    String now = status(row);
    changes.add(change(Kind.RESERVED_OR_USABLE, row.range(), was, now, row, Message.ROW_RESERVED_OR_USABLE,
        row.range(), now, old.range().equals(row.range()) ? "it" : old.range(), was, old.location()));
  }

  private static String status(PageRow row) {
    return row.reserved() ? "reserved" : "usable";
  }

  /**
   * How many rows changed: a row renamed and re-described, or a range split and its parts' new
   * statuses, is one.
   */
  static int rowsChanged(List<Change> changes) {
    Set<CodeRange> counted = new HashSet<>();
    int rows = 0;
    for (Change change : changes) {
      if (counted.add(change.range())) {
        rows++;
      }
      counted.addAll(change.parts());
    }
    return rows;
  }

  /**
   * Rows of one version, to find which of them cover a range of the other exactly, one after
   * another. Each row is part of one tiling at most, and the search does work in proportion to the
   * rows it was given, whatever the pages: past that, no more tilings are found, and rows are
   * reported added and removed, which is as true.
   */
  private static final class Tiles {
    private final Map<Integer, List<PageRow>> byStart = new HashMap<>();
    private long budget;

    Tiles(List<PageRow> rows) {
      for (PageRow row : rows) {
        byStart.computeIfAbsent(row.range().from(), from -> new ArrayList<>()).add(row);
      }
      budget = 8L * rows.size() + 64;
    }

    /** The rows, two or more, that cover the range exactly; none where no rows do. */
    List<PageRow> tiling(CodeRange range) {
      List<PageRow> parts = new ArrayList<>();
      long next = range.from();
      while (next <= range.to()) {
        List<PageRow> starting = byStart.getOrDefault((int) next, List.of());
        budget -= starting.size() + 1;
        if (budget < 0) {
          return List.of();
        }
        PageRow longest = null; // of the rows that start here and end within the range
        for (PageRow row : starting) {
          if (row.range().to() <= range.to() && (longest == null || row.range().to() > longest.range().to())) {
            longest = row;
          }
        }
        if (longest == null) {
          return List.of();
        }
        parts.add(longest);
        next = longest.range().to() + 1L;
      }
      if (parts.size() < 2) {
        return List.of();
      }
      for (PageRow part : parts) {
        byStart.get(part.range().from()).remove(part);
      }
      return parts;
    }
  }

  private static Change merged(PageRow row, List<PageRow> parts) {
    String text = row.description().plainTextOnOneLine();
    return new Change(Kind.MERGED, row.range(), ranges(parts), texts(parts, " / "), text,
        Diagnostic.of(Message.ROW_MERGED, row.location(), row.range(), Message.listed(ranges(parts), "and"),
            parts.get(0).location(), text));
  }

  private static Change split(PageRow old, List<PageRow> parts) {
    return new Change(Kind.SPLIT, old.range(), ranges(parts), old.description().plainTextOnOneLine(), texts(parts, " / "),
        Diagnostic.of(Message.ROW_SPLIT, parts.get(0).location(), old.range(), Message.listed(ranges(parts), "and"),
            old.location(), quoted(parts)));
  }

  private static List<PageRow> withoutRanges(List<PageRow> rows, Set<CodeRange> left) {
    List<PageRow> kept = new ArrayList<>(rows.size());
    for (PageRow row : rows) {
      if (!left.contains(row.range())) {
        kept.add(row);
      }
    }
    return kept;
  }

  private static List<CodeRange> ranges(List<PageRow> rows) {
    List<CodeRange> ranges = new ArrayList<>(rows.size());
    for (PageRow row : rows) {
      ranges.add(row.range());
    }
    return List.copyOf(ranges);
  }

  private static String texts(List<PageRow> rows, String separator) {
    List<String> texts = new ArrayList<>(rows.size());
    for (PageRow row : rows) {
      texts.add(row.description().plainTextOnOneLine());
    }
    return String.join(separator, texts);
  }

  /** {@code 'A'}, {@code 'A' and 'B'}, {@code 'A', 'B' and 'C'}. */
  private static String quoted(List<PageRow> rows) {
    List<String> texts = new ArrayList<>(rows.size());
    for (PageRow row : rows) {
      texts.add("'" + row.description().plainTextOnOneLine() + "'");
    }
    return Message.listed(texts, "and");
  }

  private static Change change(
      Kind kind, CodeRange range, String before, String after, PageRow at, Message message, Object... arguments) {
    return new Change(kind, range, List.of(), before, after, Diagnostic.of(message, at.location(), arguments));
  }

  private static Map<CodeRange, PageRow> byRange(Page document) {
    Map<CodeRange, PageRow> rows = new LinkedHashMap<>();
    for (PageRow row : document.rows()) {
      rows.putIfAbsent(row.range(), row);
    }
    return rows;
  }
}
