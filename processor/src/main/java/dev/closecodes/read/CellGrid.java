package dev.closecodes.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Lays an HTML table's cells out as HTML does: a cell with {@code colspan} stands in each column it
 * spans, and one with {@code rowspan} in the same column of each row it spans (to the end of the
 * rows for {@code rowspan="0"}), so that every row holds its cells in the columns the header names.
 * A cell that stands in several places is the same element in each.
 *
 * <p>Spans cost at most as many places as the table has cells: past that, a cell spans nothing,
 * so a page of huge spans is read in time and space in proportion to it.
 */
final class CellGrid {

  /** The largest spans HTML honours. */
  private static final int MAX_COLSPAN = 1000;
  private static final int MAX_ROWSPAN = 65534;

  private CellGrid() {}

  /** Each row's cells, in their columns; {@code rows} are each row's cell elements as written. */
  static List<List<Element>> layOut(List<List<Element>> rows) {
    int budget = 0;
    for (List<Element> row : rows) {
      budget += row.size();
    }
    List<List<Element>> grid = new ArrayList<>(rows.size());
    List<Element> carried = new ArrayList<>(); // by column: a cell spanning down into this row, or null
    List<Integer> carriedRows = new ArrayList<>(); // by column: how many rows more it spans
    for (int r = 0; r < rows.size(); r++) {
      List<Element> written = rows.get(r);
      List<Element> laidOut = new ArrayList<>(written.size());
      int next = 0;
      for (int column = 0; next < written.size() || column < carried.size(); column++) {
        if (column < carried.size() && carried.get(column) != null) {
          laidOut.add(carried.get(column));
          int left = carriedRows.get(column) - 1;
          carriedRows.set(column, left);
          if (left == 0) {
            carried.set(column, null);
          }
          continue;
        }
        if (next == written.size()) {
          continue; // a gap before a cell carried from above further right
        }
        Element cell = written.get(next++);
        int columns = Math.min(span(cell, "colspan", MAX_COLSPAN), 1 + budget);
        int rowsBelow = Math.min(span(cell, "rowspan", MAX_ROWSPAN), rows.size() - r) - 1;
        if (cell.attr("rowspan").strip().equals("0")) {
          rowsBelow = rows.size() - r - 1;
        }
        budget -= columns - 1;
        for (int i = 0; i < columns; i++) {
          if (i > 0) {
            column++;
          }
          laidOut.add(cell);
          if (rowsBelow > 0 && budget >= rowsBelow) {
            budget -= rowsBelow;
            while (carried.size() <= column) {
              carried.add(null);
              carriedRows.add(0);
            }
            carried.set(column, cell);
            carriedRows.set(column, rowsBelow);
          }
        }
      }
      grid.add(laidOut);
    }
    return grid;
  }

  /**
   * The span an attribute gives, as HTML reads it: the digits it starts with, at least 1 and at
   * most {@code max}; 1 where it gives none.
   */
  private static int span(Element cell, String attribute, int max) {
    String value = cell.attr(attribute).strip();
    long span = 0;
    int i = 0;
    while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9' && span <= max) {
      span = span * 10 + (value.charAt(i++) - '0');
    }
    return (int) Math.max(1, Math.min(span, max));
  }
}
