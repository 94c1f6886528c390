package dev.closecodes.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the close-code table on a page, whatever form it takes: an HTML table (in an HTML page or
 * inside Markdown, at any depth and with any tag names), or a Markdown pipe table (at any
 * indentation). Every table-shaped thing is a candidate; the one with the most rows whose first
 * cell holds a close code wins, the earliest on a tie.
 */
final class TableFinder {

  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  private TableFinder() {}

  static Optional<RawTable> find(Document html, String text) {
    List<RawTable> candidates = new ArrayList<>();
    candidates.addAll(htmlTables(html));
    candidates.addAll(pipeTables(text));
    return candidates.stream()
        .filter(table -> table.codeRows() > 0)
        .max(Comparator.comparingLong(RawTable::codeRows).thenComparing(t -> -firstLine(t)));
  }

  /**
   * Every element whose child elements look like rows: each row is an element with at least two
   * child elements, its cells. {@code <table>}, {@code <tbody>} and {@code <tr>} are found this
   * way however they are spelled.
   */
  private static List<RawTable> htmlTables(Document html) {
    List<RawTable> tables = new ArrayList<>();
    for (Element parent : html.getAllElements()) {
      List<RawTable.Row> rows = new ArrayList<>();
      for (Element child : parent.children()) {
        if (child.childrenSize() >= 2) {
          List<RawTable.Cell> cells = new ArrayList<>();
          for (Element cell : child.children()) {
            cells.add(new RawTable.Cell(RichTexts.fromElement(cell), Markup.firstTextLine(cell)));
          }
          rows.add(new RawTable.Row(cells));
        }
      }
      if (!rows.isEmpty()) {
        tables.add(new RawTable(rows));
      }
    }
    return tables;
  }

  /** Runs of lines that start with {@code |}, after any indentation. */
  private static List<RawTable> pipeTables(String text) {
    List<RawTable> tables = new ArrayList<>();
    List<RawTable.Row> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i].strip() : "";
      if (line.startsWith("|")) {
        List<String> cells = splitPipeRow(line);
        if (!cells.stream().allMatch(cell -> DELIMITER_CELL.matcher(cell).matches())) {
          int lineNumber = i + 1;
          rows.add(new RawTable.Row(cells.stream().map(cell -> markdownCell(cell, lineNumber)).toList()));
        }
      } else if (!rows.isEmpty()) {
        tables.add(new RawTable(rows));
        rows = new ArrayList<>();
      }
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

  private static RawTable.Cell markdownCell(String markdown, int line) {
    String html = HTML.render(MARKDOWN.parse(markdown.strip()));
    return new RawTable.Cell(RichTexts.fromElement(Markup.parseFragment(html)), line);
  }

  private static int firstLine(RawTable table) {
    return table.rows().get(0).cells().isEmpty() ? 0 : table.rows().get(0).cells().get(0).line();
  }
}
