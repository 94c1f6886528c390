package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the close-code table on a page, whatever form it takes: an HTML table (in an HTML page or
 * inside Markdown, at any depth and with any tag names), or a Markdown pipe table (at any
 * indentation). Every table-shaped thing is a candidate. A candidate is a close-code table when
 * some row's first cell holds one of 1000–1015, the codes RFC 6455 defines; among those, the one
 * with the most rows whose first cell holds codes wins, the earliest on a tie.
 *
 * <p>Each row's first cell is read once; the other cells only for the table that wins. So finding
 * the table takes time in proportion to the page.
 */
final class TableFinder {

  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

  private TableFinder() {}

  /**
   * The close-code table.
   *
   * @throws Diagnostics.Abort after reporting that the page has none
   */
  static RawTable find(List<Element> elements, String text, Nesting nesting) {
    List<RawTable> candidates = new ArrayList<>();
    candidates.addAll(htmlTables(elements));
    candidates.addAll(pipeTables(text, nesting));
    List<Scored> withCodes = candidates.stream()
        .map(table -> new Scored(table, table.codeRows()))
        .filter(scored -> scored.codeRows() > 0)
        .toList();
    Comparator<Scored> best = Comparator.comparingLong(Scored::codeRows)
        .thenComparing(scored -> -scored.table().line());
    Optional<RawTable> table = withCodes.stream()
        .filter(scored -> scored.table().holdsProtocolCodes())
        .max(best)
        .map(Scored::table);
    if (table.isPresent()) {
      return table.get();
    }
    Optional<Scored> numbers = withCodes.stream().max(best);
    throw numbers.isPresent()
        ? nesting.diagnostics().fail(Message.NOT_A_CLOSE_CODE_TABLE,
            new SourceLocation(nesting.file(), firstCodeLine(numbers.get().table())))
        : nesting.diagnostics().fail(Message.NO_TABLE, new SourceLocation(nesting.file(), 1));
  }

  private record Scored(RawTable table, long codeRows) {}

  private static int firstCodeLine(RawTable table) {
    return table.rows().stream().filter(row -> row.codeCell().isCode()).findFirst()
        .map(RawTable.Row::line).orElse(table.line());
  }

  /**
   * Every element whose child elements look like rows: each row is an element with at least two
   * child elements, its cells. {@code <table>}, {@code <tbody>} and {@code <tr>} are found this
   * way however they are spelled.
   */
  private static List<RawTable> htmlTables(List<Element> elements) {
    List<RawTable> tables = new ArrayList<>();
    for (Element parent : elements) {
      List<RawTable.Row> rows = new ArrayList<>();
      for (int i = 0; i < parent.childNodeSize(); i++) {
        if (!(parent.childNode(i) instanceof Element child) || !Markup.hasTwoChildElements(child)) {
          continue; // most nodes: text, code, a cell
        }
        List<Element> cells = Markup.childElements(child);
        Element first = cells.get(0);
        RichText firstText = RichTexts.fromElement(first);
        rows.add(new RawTable.Row(CodeCell.parse(firstText.plainText()), Markup.firstTextLine(first),
            () -> cells(firstText, cells, RichTexts::fromElement)));
      }
      if (!rows.isEmpty()) {
        tables.add(new RawTable(rows, Markup.lineOf(parent)));
      }
    }
    return tables;
  }

  /** A row's cells as text: the first as already read, the others read now. */
  private static <C> List<RichText> cells(RichText first, List<C> cells, Function<C, RichText> read) {
    List<RichText> texts = new ArrayList<>(cells.size());
    texts.add(first);
    for (C cell : cells.subList(1, cells.size())) {
      texts.add(read.apply(cell));
    }
    return texts;
  }

  /** Runs of lines that start with {@code |}, after any indentation. */
  private static List<RawTable> pipeTables(String text, Nesting nesting) {
    List<RawTable> tables = new ArrayList<>();
    List<RawTable.Row> rows = new ArrayList<>();
    int tableLine = 0;
    int lineStart = 0;
    for (int i = 0; lineStart <= text.length(); i++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int lineNumber = i + 1;
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (first < lineEnd && text.charAt(first) == '|') { // only then is the line worth a string
        if (rows.isEmpty()) {
          tableLine = lineNumber;
        }
        List<String> cells = splitPipeRow(text.substring(first, lineEnd).strip());
        if (!cells.stream().allMatch(cell -> DELIMITER_CELL.matcher(cell).matches())) {
          RichText firstText = MarkdownText.read(cells.get(0), lineNumber, nesting);
          rows.add(new RawTable.Row(CodeCell.parse(firstText.plainText()), lineNumber,
              () -> cells(firstText, cells, cell -> MarkdownText.read(cell, lineNumber, nesting))));
        }
      } else if (!rows.isEmpty()) {
        tables.add(new RawTable(rows, tableLine));
        rows = new ArrayList<>();
      }
      lineStart = lineEnd + 1;
    }
    if (!rows.isEmpty()) {
      tables.add(new RawTable(rows, tableLine));
    }
    return tables;
  }

  /** Splits a row at the pipes that are not escaped with a backslash; the outer pipes are dropped. */
  static List<String> splitPipeRow(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    cells.remove(0); // before the leading pipe
    if (cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) {
      cells.remove(cells.size() - 1); // after the trailing pipe
    }
    return cells;
  }
}
