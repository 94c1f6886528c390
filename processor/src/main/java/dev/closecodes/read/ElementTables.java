package dev.closecodes.read;

import dev.closecodes.model.RichText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The candidate tables of a document's markup: HTML and XML tables, however their tags are spelled. */
final class ElementTables {

  private ElementTables() {}

  /**
   * Every element whose child elements look like rows: an element with at least two child
   * elements, its cells, makes a row, and the rows share one tag name (the most common among them, so
   * that IANA's {@code <range>} elements among its {@code <record>}s are no rows). {@code <table>},
   * {@code <tbody>} and {@code <tr>} are found this way however they are spelled. An element on
   * a hidden line, in a Markdown code block, is code and no table: an example, which goes to
   * {@code examples}, to be named if the page has no other table.
   */
  static List<RawTable> find(Markup.Tree tree, List<Element> elements, HiddenLines hidden,
      List<RawTable> examples) {
    List<RawTable> tables = new ArrayList<>();
    for (Element parent : elements) {
      Map<String, Integer> tagCounts = null; // made for the few elements that have rows
      for (int i = 0; i < parent.childNodeSize(); i++) {
        if (parent.childNode(i) instanceof Element child && looksLikeARow(child)) {
          tagCounts = tagCounts == null ? new HashMap<>() : tagCounts; // most nodes are text, code or a cell
          Integer count = tagCounts.get(child.normalName());
          tagCounts.put(child.normalName(), count == null ? 1 : count + 1);
        }
      }
      if (tagCounts == null) {
        continue; // no rows
      }
      // A table's row groups (<tbody>s, a <tfoot>, the rows straight in it) are one table:
      // its rows are read with its first group's.
      List<Element> groups = rowGroups(parent);
      if (!groups.isEmpty() && groups.get(0) != parent) {
        continue;
      }
      // A table whose own rows lead its groups has rows of <tr>, as its groups do.
      boolean tableLeadsItsGroups = !groups.isEmpty() && parent.normalName().equals("table");
      String rowTag = tableLeadsItsGroups ? "tr" : mostCommon(tagCounts);
      if (ROW_GROUPS.contains(rowTag)) {
        continue; // a table whose rows stand in row groups: the groups are read, not the table as rows of them
      }
      List<RawTable.Row> rows = new ArrayList<>();
      rows.addAll(headOf(tree, parent));
      boolean inHead = parent.normalName().equals("thead");
      // Every child of the rows' tag is a row, one of a single cell too (<tr><td>1004</td></tr>):
      // two cells make an element look like a row; a row may have fewer. Cells written straight
      // among <tr>s, whose own <tr> was lost, are a row of their own, as HTML makes them: the
      // parse has written that <tr> where it knows the table (Markup.closeOmittedTags), and here
      // they are gathered where it did not (a misspelt <tbody> around them).
      List<List<Element>> written = new ArrayList<>();
      List<Boolean> startLost = new ArrayList<>();
      List<Element> loose = null;
      List<Element> candidates = groups.isEmpty() ? Markup.childElements(parent) : rowsInOrder(groups);
      // Where the rows hold cells, a row under another name than the most common one is a row all
      // the same: <tw> among <tr>s, or <tr> among <tw>s, the tag of some rows mangled.
      boolean rowsOfCells = rowTag.equals("tr") || holdsCells(candidates, rowTag);
      // A row of a table Markdown shows may stand in code all the same (four spaces in, after a blank line).
      boolean shown = !hidden.hidden(tree.trackedLine(parent));
      for (Element row : candidates) {
        boolean cell = rowsOfCells && (row.normalName().equals("td") || row.normalName().equals("th"));
        if (cell && loose == null) {
          loose = new ArrayList<>();
          written.add(loose);
          startLost.add(true);
        }
        if (cell) {
          loose.add(row);
        } else {
          loose = null;
        }
        if ((row.normalName().equals(rowTag) || rowsOfCells && isRow(row)) && row.firstElementChild() != null) {
          written.add(Markup.childElements(row));
          startLost.add(row.hasAttr(Markup.IMPLIED_ROW));
          if (shown && rowsOfCells) {
            noteRowsAndCellsUnderOtherTags(tree, row);
          }
        }
      }
      List<List<Element>> laidOut = CellGrid.layOut(written);
      for (int i = 0; i < written.size(); i++) {
        List<Element> cells = written.get(i);
        boolean header = inHead || allHeaderCells(cells);
        int line = tree.firstTextLine(cells.get(0));
        rows.add(new RawTable.Row(line, header, new ElementCells(laidOut.get(i)), startLost.get(i),
            shown ? hidden.kind(line) : HiddenLines.Kind.SHOWN));
      }
      // Named by its <table> tag's line, where a reader finds it, not by its <tbody>'s; rows in an
      // element that holds more before them (rows a stray </table> left in the page, after the
      // table) start where they do, not with the element, which would make them hold that table.
      Element table = parent.parent() != null && parent.parent().normalName().equals("table")
          && ROW_GROUPS.contains(parent.normalName()) ? parent.parent() : parent;
      int line = rows.isEmpty() || !holdsMoreBeforeItsRows(parent, rowTag) ? tree.lineOf(table) : rows.get(0).line();
      // It ends where its last row's text does, which may be lines past the line that row starts on.
      int lastLine = written.isEmpty() ? line : lastTextLine(tree, written.get(written.size() - 1));
      List<RawTable.LooseText> wordsInNoCell = rowsOfCells && table.normalName().equals("table")
          ? looseTexts(tree, table, rowTag) : List.of();
      // else code, in a Markdown code block
      (shown ? tables : examples).add(new RawTable(rows, line, lastLine, wordsInNoCell));
    }
    return tables;
  }

  /**
   * Whether an element has the shape of a table's row: a {@code <tr>}, or an element of two child
   * elements or more, its cells, with no words of its own beside them. One that holds words is
   * running text, such as a paragraph or a list's item with a code span and a link in it, whose
   * elements are parts of a sentence, not cells. A list ({@code <ul>}, {@code <ol>}, {@code <dl>})
   * is no row either: its items are not cells side by side, and read as a row of them, a
   * definition list's terms had been one row, its last code read and the others dropped.
   */
  static boolean looksLikeARow(Element element) {
    return Markup.hasTwoChildElements(element) && !CodeLists.isList(element)
        && (element.normalName().equals("tr") || !isRunningText(element));
  }

  /**
   * Whether an element is running text, no row: it holds words of its own beside its child
   * elements, or its child elements are all text-level ones ({@code <code>}, {@code <strong>}, a
   * link) with punctuation beside them ({@code <code>0</code>–<code>999</code>}, a range;
   * {@code <code>1000</code>, <code>1001</code>}). A row's spaces between its cells, and the
   * punctuation between cells of other tags, do not make it text.
   */
  private static boolean isRunningText(Element element) {
    boolean punctuation = false;
    boolean textLevelOnly = true;
    for (int i = 0; i < element.childNodeSize(); i++) {
      Node node = element.childNode(i);
      if (node instanceof TextNode text) {
        if (RichTexts.holdsLetterOrDigit(text.getWholeText())) {
          return true;
        }
        punctuation |= !RichTexts.isBlank(text.getWholeText());
      } else if (node instanceof Element child) {
        textLevelOnly &= Markup.isTextLevel(child.normalName());
      }
    }
    return punctuation && textLevelOnly;
  }

  /**
   * The words a table holds in no cell: in it, in its row groups, or in its rows between their
   * cells, rows of {@code <tr>} or of the name most of them have ({@code <tw>}, misspelled). A walk
   * of those three levels, not into cells or tables in them.
   */
  private static List<RawTable.LooseText> looseTexts(Markup.Tree tree, Element table, String rowTag) {
    List<RawTable.LooseText> loose = null; // made for the few tables that have any
    ArrayDeque<Element> pending = new ArrayDeque<>(List.of(table));
    while (!pending.isEmpty()) {
      Element holder = pending.removeFirst();
      for (int i = 0; i < holder.childNodeSize(); i++) {
        Node node = holder.childNode(i);
        if (node instanceof TextNode text && !RichTexts.isBlank(text.getWholeText())) {
          loose = loose == null ? new ArrayList<>() : loose;
          loose.add(new RawTable.LooseText(tree.firstWordLineOf(text), text.getWholeText().strip(),
              isRowTag(holder, rowTag) ? tree.lineOf(holder) : 0));
        } else if (node instanceof Element child && !isRowTag(holder, rowTag)
            && (isRowTag(child, rowTag) || ROW_GROUPS.contains(child.normalName()))) {
          pending.add(child);
        }
      }
    }
    if (loose == null) {
      return List.of();
    }
    loose.sort(new ByLine());
    return loose;
  }

  private static boolean isRowTag(Element element, String rowTag) {
    return element.normalName().equals("tr") || element.normalName().equals(rowTag);
  }

  /** Loose words in page order; a class, not a lambda, which would cost a bootstrap in a fresh JVM. */
  private static final class ByLine implements Comparator<RawTable.LooseText> {
    @Override
    public int compare(RawTable.LooseText a, RawTable.LooseText b) {
      return Integer.compare(a.line(), b.line());
    }
  }

  /**
   * The line the last text of a row's cells ends on, its last character that is not white space;
   * 0 where no text's line is known. A walk of the cells' nodes without recursion.
   */
  private static int lastTextLine(Markup.Tree tree, List<Element> cells) {
    int last = 0;
    List<Node> pending = new ArrayList<>(cells);
    while (!pending.isEmpty()) {
      Node node = pending.remove(pending.size() - 1);
      if (node instanceof TextNode text && !RichTexts.isBlank(text.getWholeText())) {
        last = Math.max(last, tree.lastWordLineOf(text));
      }
      for (int i = 0; i < node.childNodeSize(); i++) {
        pending.add(node.childNode(i));
      }
    }
    return last;
  }

  /** What a table's rows stand in: the table, or one of its row groups. */
  private static final List<String> ROW_HOLDERS = List.of("table", "thead", "tbody", "tfoot");

  /** What HTML lets stand in a table's parts; any other element there it moves out of the table. */
  private static final List<String> TABLE_CONTENT =
      List.of("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col");

  /**
   * The elements, less those a page writes between a table's part and its rows ({@code <div>}, an
   * {@code <a name>} left open, {@code <form>}), each taken out of the tree with what it holds left
   * in its place. A browser moves such an element out of the table and keeps the rows where they
   * stand, so they are the table's rows, not a table of their own nor rows left out. A row is a
   * {@code <tr>}, or an element of another name that holds cells ({@code <tw>}, its name
   * mangled). Each element is weighed once, from the rows up: a page of any size is read in one
   * pass.
   */
  static List<Element> withRowWrappersTakenOut(List<Element> elements) {
    Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Element> others = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> between = new ArrayList<>();
    for (Element element : elements) {
      if (!isRow(element)) {
        continue;
      }
      between.clear();
      boolean inATable = false;
      for (Element up = element.parent(); up != null; up = up.parent()) {
        if (wrappers.contains(up) || ROW_HOLDERS.contains(up.normalName())) {
          inATable = true;
          break;
        }
        if (others.contains(up) || TABLE_CONTENT.contains(up.normalName())) {
          break; // a row in a cell or in a row is no row of the table around them
        }
        between.add(up);
      }
      (inATable ? wrappers : others).addAll(between);
    }
    if (wrappers.isEmpty()) {
      return elements;
    }
    List<Element> kept = new ArrayList<>(elements.size());
    for (Element element : elements) {
      if (wrappers.contains(element)) {
        element.unwrap();
      } else {
        kept.add(element);
      }
    }
    return kept;
  }

  /** Whether one of the elements of the given name holds cells. */
  private static boolean holdsCells(List<Element> elements, String name) {
    for (Element element : elements) {
      if (element.normalName().equals(name) && isRow(element)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records as repairs a row of a tag HTML does not define ({@code <tw>}), read as a {@code <tr>}
   * by the cells it holds, and its cells of other tags than {@code <td>} and {@code <th>}: of
   * tags HTML does not define ({@code <tf>}), of tags it defines for something else
   * ({@code <dt>}) and of custom elements, read as cells, which a browser moves out of the table.
   * A row of a tag HTML defines, or a custom element's, is one to a browser, which makes a
   * {@code <tr>} of its cells.
   */
  private static void noteRowsAndCellsUnderOtherTags(Markup.Tree tree, Element row) {
    if (!Markup.isKnownToBrowsers(row.normalName())) {
      tree.repairs().add(new Markup.Repair(row.tagName(), "tr", tree.lineOf(row), Markup.Kind.TAG_NAME));
    }
    boolean dataCells = false;
    boolean headerCells = false;
    for (Element cell = row.firstElementChild(); cell != null; cell = Markup.nextElement(cell)) {
      dataCells |= cell.normalName().equals("td");
      headerCells |= cell.normalName().equals("th");
    }
    // among header cells only, such a cell is one of them
    String cellName = dataCells || !headerCells ? "td" : "th";
    for (Element cell = row.firstElementChild(); cell != null; cell = Markup.nextElement(cell)) {
      String name = cell.normalName();
      // a table's own parts (a row in a row, as a table left open makes it) and scripts are no such cells
      if (!TABLE_CONTENT.contains(name) && !name.equals("script") && !name.equals("template")) {
        tree.repairs().add(new Markup.Repair(cell.tagName(), cellName, tree.lineOf(cell),
            Markup.isKnownToBrowsers(name) ? Markup.Kind.TABLE_CELL_TAG : Markup.Kind.TAG_NAME));
      }
    }
  }

  /** Whether an element is a row: a {@code <tr>}, or one that holds cells under a name of no table part. */
  private static boolean isRow(Element element) {
    if (element.normalName().equals("tr")) {
      return true;
    }
    if (TABLE_CONTENT.contains(element.normalName())) {
      return false;
    }
    for (Element child = element.firstElementChild(); child != null; child = Markup.nextElement(child)) {
      if (child.normalName().equals("td") || child.normalName().equals("th")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of a table's groups in the order HTML shows them: its {@code <tbody>}s' and those
   * written straight in it, in the order written, then its {@code <tfoot>}s'.
   */
  private static List<Element> rowsInOrder(List<Element> groups) {
    Element table = groups.get(0).normalName().equals("table") ? groups.get(0) : groups.get(0).parent();
    List<Element> rows = new ArrayList<>();
    List<Element> feet = new ArrayList<>();
    for (Element child = table.firstElementChild(); child != null; child = Markup.nextElement(child)) {
      switch (child.normalName()) {
        case "tbody" -> rows.addAll(Markup.childElements(child));
        case "tfoot" -> feet.addAll(Markup.childElements(child));
        case "thead" -> { } // its row is the header, read before the rows
        default -> rows.add(child);
      }
    }
    rows.addAll(feet);
    return rows;
  }

  /** What a table holds besides its rows: nothing of it before them is something else. */
  private static final List<String> TABLE_PARTS = List.of("caption", "colgroup", "col", "thead", "tbody", "tfoot");

  /**
   * Whether an element holds, before its first row, an element that is neither a row nor a part
   * of a table (a paragraph, a table of its own) or, where it is no table's, words: the rows of a
   * page written in HTML among a Markdown table's lines stand in the page itself, after its text.
   */
  private static boolean holdsMoreBeforeItsRows(Element parent, String rowTag) {
    // A browser moves words out of a table, before it; the table still starts at its tag.
    boolean wordsAreMore = !parent.normalName().equals("table") && !ROW_GROUPS.contains(parent.normalName());
    for (int i = 0; i < parent.childNodeSize(); i++) {
      Node node = parent.childNode(i);
      if (node instanceof TextNode text) {
        if (wordsAreMore && !RichTexts.isBlank(text.getWholeText())) {
          return true;
        }
      } else if (node instanceof Element child) {
        if (child.normalName().equals(rowTag)) {
          return false;
        }
        if (!TABLE_PARTS.contains(child.normalName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most common tag, and of tags as common, the last in alphabetical order. */
  private static String mostCommon(Map<String, Integer> tagCounts) {
    String mostCommon = null;
    int count = 0;
    for (Map.Entry<String, Integer> tag : tagCounts.entrySet()) {
      if (mostCommon == null || tag.getValue() > count
          || (tag.getValue() == count && tag.getKey().compareTo(mostCommon) > 0)) {
        mostCommon = tag.getKey();
        count = tag.getValue();
      }
    }
    return mostCommon;
  }

  /** The elements that group a table's rows. */
  private static final List<String> ROW_GROUPS = List.of("thead", "tbody", "tfoot");

  /**
   * Where the element is one of several row groups of a {@code <table>} that hold rows, those
   * groups in the order HTML shows them; else none. The groups are its {@code <tbody>}s, the table
   * itself for the rows written straight in it (HTML puts them in a {@code <tbody>} of their own,
   * where they stand), then its {@code <tfoot>}s.
   */
  private static List<Element> rowGroups(Element element) {
    boolean isTable = element.normalName().equals("table");
    Element table = isTable ? element : element.parent();
    if (table == null || !table.normalName().equals("table")
        || !(isTable || element.normalName().equals("tbody") || element.normalName().equals("tfoot"))) {
      return List.of();
    }
    List<Element> bodies = new ArrayList<>();
    List<Element> feet = new ArrayList<>();
    boolean rowsStraightIn = false;
    for (Element child = table.firstElementChild(); child != null; child = Markup.nextElement(child)) {
      String name = child.normalName();
      if (name.equals("tr")) {
        if (!rowsStraightIn) {
          bodies.add(table); // the rows straight in the table, where the first of them stands
          rowsStraightIn = true;
        }
        continue;
      }
      boolean hasRows = false;
      for (Element row = child.firstElementChild(); row != null && !hasRows; row = Markup.nextElement(row)) {
        hasRows = Markup.hasTwoChildElements(row);
      }
      if (hasRows && name.equals("tbody")) {
        bodies.add(child);
      } else if (hasRows && name.equals("tfoot")) {
        feet.add(child);
      }
    }
    bodies.addAll(feet);
    return bodies.size() > 1 ? bodies : List.of();
  }

  private static boolean allHeaderCells(List<Element> cells) {
    for (Element cell : cells) {
      if (!cell.normalName().equals("th")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The header rows of the table's {@code <thead>}, which belong to its rows: a child of the rows'
   * parent before them (rows straight under {@code <table>}), or, for rows in {@code <tbody>}, a
   * sibling before it. They are laid out together, so that a cell spanning rows or columns in the
   * first stands where it spans in the next. None where there is no {@code <thead>}.
   */
  private static List<RawTable.Row> headOf(Markup.Tree tree, Element parent) {
    Element head = null;
    for (Element child = parent.firstElementChild(); child != null; child = Markup.nextElement(child)) {
      if (child.normalName().equals("thead")) {
        head = child;
        break;
      }
      if (Markup.hasTwoChildElements(child)) {
        break; // the rows have begun
      }
    }
    if (head == null && parent.normalName().equals("tbody")) {
      for (Element sibling = parent.previousElementSibling(); sibling != null && head == null;
          sibling = sibling.previousElementSibling()) {
        head = sibling.normalName().equals("thead") ? sibling : null;
      }
    }
    if (head == null) {
      return List.of();
    }
    List<List<Element>> written = new ArrayList<>();
    List<Boolean> startLost = new ArrayList<>();
    for (Element row : Markup.childElements(head)) {
      if (row.normalName().equals("tr") ? row.firstElementChild() != null : Markup.hasTwoChildElements(row)) {
        written.add(Markup.childElements(row));
        startLost.add(row.hasAttr(Markup.IMPLIED_ROW));
      }
    }
    List<List<Element>> laidOut = CellGrid.layOut(written);
    List<RawTable.Row> rows = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) {
      rows.add(new RawTable.Row(tree.firstTextLine(written.get(i).get(0)), true, new ElementCells(laidOut.get(i)),
          startLost.get(i), HiddenLines.Kind.SHOWN));
    }
    return rows;
  }

  /** The cells of an HTML or XML row, read as HTML. */
  private record ElementCells(List<Element> cells) implements RawTable.Cells {
    @Override
    public RichText read(int column) {
      return RichTexts.fromElement(cells.get(column));
    }

    @Override
    public String name(int column) {
      return cells.get(column).normalName().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean oneCell(int column, int other) {
      return cells.get(column) == cells.get(other);
    }

    @Override
    public boolean sameCell(int column, RawTable.Cells other) {
      return other instanceof ElementCells row && column < cells.size() && column < row.cells().size()
          && cells.get(column) == row.cells().get(column);
    }
  }
}
