package dev.closecodes.read;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the close-code table in a document, whatever form it takes: an HTML or XML table (in an
 * HTML page, inside Markdown, at any depth and with any tag names), a Markdown pipe table (at any
 * indentation), or a plain-text grid with rule lines between its rows (RFC 6455's). Every
 * table-shaped thing is a candidate. A candidate is a close-code table when some row's code cell
 * holds one of 1000–1015, the codes RFC 6455 defines; among those, the one with the most rows
 * whose code cell holds codes wins, the earliest on a tie.
 *
 * <p>A table must be read whole: where rows of the winner's shape go on just after it ends, as a
 * second table, the page is rejected at that line rather than read in part. Another table of close
 * codes elsewhere on the page, set apart with text, is not read, with a warning.
 *
 * <p>Each row's code cell is read once; the other cells only for the table that wins. So finding
 * the table takes time in proportion to the page. The candidates come from {@link ElementTables}
 * and {@link TextTables}.
 */
final class TableFinder {

  /** How many lines may stand between a table and rows of its shape that go on after it. */
  private static final int GAP_THAT_SPLITS_A_TABLE = 3;

  private TableFinder() {}

  /**
   * The close-code table.
   *
   * @param elementTables the markup's tables, from {@link ElementTables}
   * @param textTables the text's tables, from {@link TextTables}
   * @param hidden the lines of code blocks and comments: one never closed hides the rest of the
   *     page, which is said, as the error where that leaves no table
   * @throws dev.closecodes.diagnostics.Diagnostics.Abort after reporting that the page has none,
   *     or that its table stops while its rows go on
   */
  static RawTable find(List<RawTable> elementTables, List<RawTable> textTables, HiddenLines hidden,
      Nesting nesting) {
    List<RawTable> candidates = new ArrayList<>();
    candidates.addAll(elementTables);
    candidates.addAll(textTables);
    List<RawTable> withCodes = new ArrayList<>();
    RawTable table = null;
    RawTable numbers = null;
    for (RawTable candidate : candidates) {
      if (candidate.codeRows() > 0) {
        withCodes.add(candidate);
        numbers = better(candidate, numbers);
        if (candidate.holdsProtocolCodes()) {
          table = better(candidate, table);
        }
      }
    }
    if (table == null && hidden.unclosed().isPresent()) {
      HiddenLines.Unclosed block = hidden.unclosed().get();
      throw nesting.diagnostics().fail(Message.UNCLOSED_BLOCK_HIDES_TABLE,
          new SourceLocation(nesting.file(), block.line()), block.kind(), block.rest(), block.closer());
    }
    if (table == null) {
      throw numbers != null
          ? nesting.diagnostics().fail(Message.NOT_A_CLOSE_CODE_TABLE,
              new SourceLocation(nesting.file(), numbers.firstCodeLine()))
          : nesting.diagnostics().fail(Message.NO_TABLE, new SourceLocation(nesting.file(), 1));
    }
    if (hidden.unclosed().isPresent()) {
      HiddenLines.Unclosed block = hidden.unclosed().get();
      nesting.diagnostics().report(Message.UNCLOSED_BLOCK_HIDES_REST,
          new SourceLocation(nesting.file(), block.line()), block.kind(), block.rest(), block.closer());
    }
    checkWhole(table, withCodes, nesting);
    for (RawTable other : withCodes) {
      // Another table whose header names a code column and that holds codes of close frames; the
      // candidates inside the chosen one (its <tbody>, say) are the chosen one.
      boolean apart = other != table && (other.lastLine() < table.line() || other.line() > table.lastLine());
      if (apart && other.holdsCodes(1000, 4999) && !other.columns().byPosition()
          && other.columns().assumedCodeColumn().isEmpty()) {
        nesting.diagnostics().report(Message.TABLE_NOT_READ,
            new SourceLocation(nesting.file(), other.firstCodeLine()), table.line());
      }
    }
    return table;
  }

  /** The better of two tables: more rows of codes, else the one that starts first; the best so far on a tie. */
  private static RawTable better(RawTable candidate, RawTable best) {
    if (best == null || candidate.codeRows() > best.codeRows()) {
      return candidate;
    }
    return candidate.codeRows() == best.codeRows() && candidate.line() < best.line() ? candidate : best;
  }

  /** Fails where another table of the same shape starts within a few lines of the chosen one's end. */
  private static void checkWhole(RawTable chosen, List<RawTable> withCodes, Nesting nesting) {
    for (RawTable other : withCodes) {
      int gap = other.firstCodeLine() - chosen.lastLine();
      if (other != chosen && gap > 0 && gap <= GAP_THAT_SPLITS_A_TABLE + 1 && other.width() == chosen.width()) {
        throw nesting.diagnostics().fail(Message.TABLE_INTERRUPTED,
            new SourceLocation(nesting.file(), other.firstCodeLine()), chosen.lastLine());
      }
    }
  }
}
