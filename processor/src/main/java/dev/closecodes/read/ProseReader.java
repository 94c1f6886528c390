package dev.closecodes.read;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the page's own words about the {@code CloseEvent} interface (its opening paragraph) and
 * about the properties {@code code}, {@code reason} and {@code wasClean}. Markdown pages define a
 * property as {@code - {{domxref("CloseEvent.code")}}} followed by {@code - : text}; HTML pages as a
 * {@code <dt>} followed by its {@code <dd>}; older pages in a table of properties, a row that starts
 * with the property's name, whose header names the column that describes it. A property name one
 * letter off ({@code weason}) still counts, as tag names do.
 */
final class ProseReader {

  private static final Pattern TERM = Pattern.compile("^\\s*- (.*\\S)\\s*$");
  private static final Pattern DEFINITION = Pattern.compile("^(\\s*)- : (.*)$");
  /** The line under a heading's text that makes it one: {@code ===} or {@code ---}. */
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(=+|-+)\\s*");
  /** The most header cells read: a row wider than any real table is no header. */
  private static final int MAX_HEADER_CELLS = 32;

  private ProseReader() {}

  /**
   * Reads the prose.
   *
   * @param tree the page's markup, which tells the lines its HTML blocks hold
   * @param hidden the lines of code blocks and comments, which hold none of the page's prose
   * @param elementTables the markup's tables, where older pages list the properties
   * @param textTables the text's Markdown tables and plain-text grids, whose rows are no prose
   */
  static PageProse read(Markup.Tree tree, List<Element> elements, String text, HiddenLines hidden,
      List<RawTable> elementTables, List<RawTable> textTables, PageContext context) {
    String[] lines = text.split("\n", -1);
    // The few kinds of element the prose is read from, in one pass over a page's many elements.
    List<Element> terms = new ArrayList<>();
    List<Element> items = new ArrayList<>();
    List<Element> paragraphs = new ArrayList<>();
    List<Element> linksAndHeadings = new ArrayList<>();
    for (Element element : elements) {
      switch (element.normalName()) {
        case "dt" -> terms.add(element);
        case "li" -> items.add(element);
        case "p" -> paragraphs.add(element);
        case "link", "h1" -> linksAndHeadings.add(element);
        default -> { }
      }
    }
    terms = shown(tree, terms, hidden);
    items = shown(tree, items, hidden);
    BitSet notMarkdownProse = tableLines(textTables, lines.length);
    notMarkdownProse.or(htmlBlockLines(tree, lines.length));
    notMarkdownProse.or(hidden.indices());
    notMarkdownProse.or(context.links().lines()); // a page's many definitions are no paragraph to read
    PropertyTables tables = new PropertyTables(elementTables, textTables);
    RichText opening = summary(tree, shown(tree, paragraphs, hidden), lines, notMarkdownProse, context);
    // The page of a property (MDN keeps the table on code's) opens with what the property is.
    FrontMatter.Member member = FrontMatter.member(lines);
    member = member.saysNothing()
        ? new FrontMatter.Member(SavedPageHead.member(shown(tree, linksAndHeadings, hidden), text, hidden), 0, false)
        : member;
    if (member.repaired()) {
      String property = "CloseEvent." + (member.name().equals("wasclean") ? "wasClean" : member.name());
      context.diagnostics().report(Message.FRONT_MATTER_REPAIRED,
          new SourceLocation(context.file(), member.line() + 1), property, lines[member.line()].strip());
    }
    RichText code = property("code", terms, items, tables, lines, hidden, context);
    RichText reason = property("reason", terms, items, tables, lines, hidden, context);
    RichText wasClean = property("wasClean", terms, items, tables, lines, hidden, context);
    return switch (member.name()) {
      case "code" -> new PageProse(RichText.EMPTY, code.isEmpty() ? opening : code, reason, wasClean);
      case "reason" -> new PageProse(RichText.EMPTY, code, reason.isEmpty() ? opening : reason, wasClean);
      case "wasclean" -> new PageProse(RichText.EMPTY, code, reason, wasClean.isEmpty() ? opening : wasClean);
      default -> new PageProse(opening, code, reason, wasClean);
    };
  }

  /**
   * The first paragraph of text that is not front matter, a heading, a macro call, markup, a
   * table, a list, code or a callout: a Markdown paragraph or an HTML one, whichever comes first.
   */
  private static RichText summary(Markup.Tree tree, List<Element> paragraphs, String[] lines,
      BitSet notMarkdownProse, PageContext context) {
    Element html = null;
    for (Element p : paragraphs) {
      if (!inSectionOrPart(p) && !Macros.strip(p.text()).isBlank() && isProse(RichTexts.fromElement(p))) {
        html = p;
        break;
      }
    }
    int htmlLine = html == null ? Integer.MAX_VALUE : tree.lineOf(html);
    int i = FrontMatter.end(lines);
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("<") || line.startsWith("-")
          || line.startsWith("|") || line.startsWith(">") || notMarkdownProse.get(i)
          || ListMarkers.width(line, 0) > 0 || isIndentedCode(lines[i])
          || Macros.strip(line).isBlank()) {
        continue;
      }
      int paragraphLine = i + 1;
      if (paragraphLine > htmlLine) {
        break; // the HTML paragraph comes first
      }
      StringBuilder paragraph = new StringBuilder();
      boolean heading = false;
      for (; i < lines.length && !lines[i].isBlank() && !notMarkdownProse.get(i); i++) {
        if (SETEXT_UNDERLINE.matcher(lines[i]).matches()) {
          heading = true; // the lines above it are a heading's
          break;
        }
        paragraph.append(lines[i]).append('\n');
      }
      if (!heading) {
        RichText read = MarkdownText.read(paragraph.toString(), paragraphLine, context);
        if (isProse(read)) {
          return read;
        }
      }
    }
    return html == null ? RichText.EMPTY : RichTexts.fromElement(html);
  }

  /**
   * Whether a paragraph is prose: it holds a word outside any image, so it is no image (a diagram
   * with its alternative text) or stray mark; it does not open with a bold label and a colon
   * ({@code **Note:**}, {@code **Remarque :**}), MDN's callout written without the quotation that
   * would have set it apart; and it is not wholly in italics, as MDN sets an aside apart
   * ({@code _This interface also inherits properties from its parent._}).
   */
  private static boolean isProse(RichText paragraph) {
    if (!hasLetterOutsideImages(paragraph.inlines())) {
      return false;
    }
    boolean opening = true;
    boolean allItalics = true;
    for (Inline inline : paragraph.flatInlines()) {
      if (inline instanceof Inline.Text run && run.text().isBlank()) {
        continue;
      }
      if (opening && inline instanceof Inline.Strong label) {
        String said = new RichText(label.children()).plainText().strip();
        if (said.endsWith(":") || said.endsWith("\uFF1A")) {
          return false;
        }
      }
      opening = false;
      allItalics &= inline instanceof Inline.Emphasis;
    }
    return !allItalics;
  }

  private static boolean hasLetterOutsideImages(List<Inline> inlines) {
    for (Inline inline : inlines) {
      String text = inline instanceof Inline.Text run ? run.text() : inline instanceof Inline.Code code ? code.text() : "";
      for (int i = 0; i < text.length(); i++) {
        if (UnicodeCharacters.isLetter(text.charAt(i))) {
          return true;
        }
      }
      if (hasLetterOutsideImages(Inline.children(inline))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line of an indented code block: four spaces or a tab before its text. Only a paragraph's
   * first line is asked; the lines after it may be indented any way.
   */
  private static boolean isIndentedCode(String line) {
    return line.startsWith("    ") || line.startsWith("\t");
  }

  /**
   * The lines, counted from 0, that hold text inside an HTML block ({@code <pre>}, {@code <div>},
   * {@code <table>}, ...): the HTML's own, which are no Markdown paragraph's.
   */
  private static BitSet htmlBlockLines(Markup.Tree tree, int lineCount) {
    BitSet lines = new BitSet(lineCount);
    markHtmlBlockLines(tree, tree.root(), false, lines, lineCount);
    return lines;
  }

  /**
   * Marks the lines of the text directly inside the element and its descendants that are, or are
   * inside, an HTML block. One walk down the tree, which the nesting limit keeps shallow, rather
   * than a walk up from each element: a page of many rows has as many elements.
   */
  private static void markHtmlBlockLines(Markup.Tree tree, Element element, boolean insideBlock, BitSet lines,
      int lineCount) {
    boolean inBlock = insideBlock || HTML_BLOCKS.contains(element.normalName());
    for (int i = 0; i < element.childNodeSize(); i++) {
      Node child = element.childNode(i);
      if (child instanceof Element childElement) {
        markHtmlBlockLines(tree, childElement, inBlock, lines, lineCount);
      } else if (inBlock && child instanceof TextNode text) {
        int first = tree.trackedLine(text);
        if (first > 0) {
          lines.set(Math.min(first - 1, lineCount), Math.min(tree.lastLineOf(text), lineCount));
        }
      }
    }
  }

  /** The lines, counted from 0, that the tables' text is on. */
  private static BitSet tableLines(List<RawTable> tables, int lineCount) {
    BitSet lines = new BitSet(lineCount);
    for (RawTable table : tables) {
      lines.set(Math.max(table.line() - 1, 0), Math.min(table.lastLine(), lineCount));
    }
    return lines;
  }

  /**
   * The property's definition: from a list in Markdown, else one in HTML (a {@code <dl>}, or
   * Markdown's as a CommonMark renderer shows it), else a table of properties.
   */
  private static RichText property(String name, List<Element> terms, List<Element> items, PropertyTables tables,
      String[] lines, HiddenLines hidden, PageContext context) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].stripLeading().startsWith("- ") || hidden.hidden(i + 1)) {
        continue; // what TERM needs, checked cheaply first
      }
      Matcher term = TERM.matcher(lines[i]);
      if (term.matches() && !term.group(1).startsWith(": ") && namesProperty(term.group(1), name)) {
        Optional<RichText> definition = markdownDefinition(name, lines, i + 1, context);
        if (definition.isPresent()) {
          return definition.get();
        }
      }
    }
    for (Element dt : terms) {
      Element dd = Markup.nextElement(dt);
      if (dd != null && dd.tagName().equals("dd") && namesProperty(dt.text(), name)) {
        Element copy = dd.clone();
        copy.select("table, dl").remove();
        return RichTexts.fromElement(copy);
      }
    }
    for (Element item : items) {
      Element definition = colonDefinition(item);
      if (definition != null && namesProperty(termOf(item), name)) {
        Element copy = definition.clone();
        copy.select("table, dl, ul, ol").remove();
        withoutLeadingColon(copy);
        return RichTexts.fromElement(copy);
      }
    }
    return tables.definition(name);
  }

  /**
   * The page's tables as tables of properties: a row with the property's name in one of its cells,
   * and a first row, the header, that names the column describing it. A table whose header names no
   * description column gives none: which column describes is never guessed. The headers are read
   * only when a property is not defined in a list, and then once.
   */
  private static final class PropertyTables {

    private static final List<String> PROPERTIES = List.of("code", "reason", "wasClean");

    private final List<RawTable> tables = new ArrayList<>();
    private Map<String, RichText> definitions;

    PropertyTables(List<RawTable> elementTables, List<RawTable> textTables) {
      tables.addAll(elementTables);
      tables.addAll(textTables);
    }

    /** The description cell of the first row, in any table, with a cell that names the property. */
    RichText definition(String name) {
      if (definitions == null) {
        definitions = read();
      }
      return definitions.getOrDefault(name, RichText.EMPTY);
    }

    /** The three properties' definitions, in one pass over the rows; a row that holds a code is none. */
    private Map<String, RichText> read() {
      Map<String, RichText> found = new HashMap<>();
      for (RawTable table : tables) {
        List<RawTable.Row> rows = table.rows();
        int description = rows.isEmpty() ? -1 : descriptionColumn(rows.get(0).cells());
        for (int i = 1; description >= 0 && i < rows.size() && found.size() < PROPERTIES.size(); i++) {
          RawTable.Cells cells = rows.get(i).cells();
          if (table.codeCell(i).isCode() || description >= cells.size()) {
            continue;
          }
          // The name is in whichever other column holds it: the first that names a property.
          for (int column = 0; column < Math.min(cells.size(), MAX_HEADER_CELLS); column++) {
            if (column == description || cells.oneCell(column, description)) {
              continue;
            }
            String name = cells.read(column).plainText();
            String property = null;
            for (String candidate : PROPERTIES) {
              property = property == null && namesProperty(name, candidate) ? candidate : property;
            }
            if (property != null) {
              found.putIfAbsent(property, cells.read(description));
              break;
            }
          }
        }
      }
      return found;
    }

    /** The column a header row names the description, in words closecodes knows; -1 for none. */
    private static int descriptionColumn(RawTable.Cells header) {
      for (int column = 0; column < Math.min(header.size(), MAX_HEADER_CELLS); column++) {
        if (Vocabulary.roleOf(header.read(column).plainText()) == Vocabulary.Role.DESCRIPTION) {
          return column;
        }
      }
      return -1;
    }
  }

  /**
   * The {@code - : } line after a term, with its continuation lines, up to a blank line or markup;
   * or, where the definition was run together with a table's first row, that row's first cell.
   */
  private static Optional<RichText> markdownDefinition(String name, String[] lines, int start, PageContext context) {
    int i = start;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i >= lines.length) {
      return Optional.empty();
    }
    Matcher definition = DEFINITION.matcher(lines[i]);
    if (!definition.matches()) {
      return fusedDefinition(name, lines[i], i + 1 < lines.length ? lines[i + 1] : "", i + 1, context);
    }
    StringBuilder text = new StringBuilder(definition.group(2)).append('\n');
    for (i++; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("-") || line.startsWith("<") || line.startsWith("|")) {
        break;
      }
      text.append(line).append('\n');
    }
    return Optional.of(MarkdownText.read(text.toString(), start + 1, context));
  }

  /**
   * A definition and a table's first row on one line, as a conversion to Markdown can leave them
   * ({@code - | : text | Code | Name |}): the text of the row's first cell, reported as a repair.
   *
   * @param next the line after it, a delimiter row where the rest of the row is the table's header
   * @param lineNumber the line's number, counted from 1
   */
  private static Optional<RichText> fusedDefinition(
      String name, String line, String next, int lineNumber, PageContext context) {
    Matcher fused = TextTables.DEFINITION_FUSED_ONTO_TABLE.matcher(line);
    if (!fused.matches()) {
      return Optional.empty();
    }
    List<String> cells = TextTables.splitPipeRow(fused.group(1).strip());
    String text = cells.isEmpty() ? "" : cells.get(0).strip().substring(1).strip(); // past the ':'
    if (cells.size() < 2 || text.isEmpty()) {
      return Optional.empty();
    }
    String rest = TextTables.fusedHeaderAbove(line, next)
        ? "the cells after it as the header of the table below" : "the row as none of the table's";
    context.diagnostics().report(Message.FUSED_DEFINITION_REPAIRED,
        new SourceLocation(context.file(), lineNumber), "CloseEvent." + name, rest);
    return Optional.of(MarkdownText.read(text, lineNumber, context));
  }

  /**
   * The definition of a term as a CommonMark renderer shows MDN's definition list, which it does
   * not know ({@code - term} over {@code   - : definition}): the one item of the list the term's
   * item ends with, where its text opens with the colon. Null for any other item.
   */
  private static Element colonDefinition(Element item) {
    Element list = item.lastElementChild();
    if (list == null || !list.normalName().equals("ul") || list.childrenSize() != 1) {
      return null;
    }
    Element definition = list.firstElementChild();
    TextNode first = definition.normalName().equals("li") ? firstWords(definition) : null;
    return first != null && first.getWholeText().stripLeading().startsWith(":") ? definition : null;
  }

  /** The text of a term's item before the list that holds its definition. */
  private static String termOf(Element item) {
    StringBuilder term = new StringBuilder();
    for (Node node : item.childNodes()) {
      if (node == item.lastElementChild()) {
        break;
      }
      term.append(node instanceof TextNode text ? text.text() : node instanceof Element element ? element.text() : "");
    }
    return term.toString();
  }

  /** The definition without the colon its first text opens with. */
  private static void withoutLeadingColon(Element definition) {
    TextNode first = firstWords(definition);
    if (first != null) {
      first.text(first.getWholeText().replaceFirst("^\\s*:\\s*", ""));
    }
  }

  /**
   * The first text in the node, in document order, that is not white space; null where it has none.
   * Only the text up to it is walked: a definition with a table after its words is not read whole.
   */
  private static TextNode firstWords(Node node) {
    if (node instanceof TextNode text) {
      return text.isBlank() ? null : text;
    }
    for (int i = 0; i < node.childNodeSize(); i++) {
      TextNode found = firstWords(node.childNode(i));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Whether a term such as {@code {{domxref("CloseEvent.code")}}}, or a table cell such as
   * {@code code}, names the property.
   */
  private static boolean namesProperty(String term, String property) {
    String target = Macros.target(term);
    List<String> names = memberNames(target.isEmpty() ? term : target);
    String bare = Macros.strip(term).strip();
    if (names.isEmpty() && !bare.isEmpty() && Macros.wordEnd(bare, 0) == bare.length()) {
      names = List.of(bare); // the name alone, without its interface
    }
    String wanted = property.toLowerCase(Locale.ROOT);
    for (String found : names) {
      found = found.toLowerCase(Locale.ROOT);
      if (found.equals(wanted) || (wanted.length() >= 4 && Markup.oneEditApart(found, wanted))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code member} of each {@code Owner.member} in the text, where both are runs of letters,
   * digits, {@code _} or {@code -}. One pass over the text: no page can make it slow.
   */
  static List<String> memberNames(String text) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int ownerEnd = Macros.wordEnd(text, i);
      if (ownerEnd == i) {
        i++;
        continue;
      }
      if (ownerEnd < text.length() && text.charAt(ownerEnd) == '.') {
        int memberEnd = Macros.wordEnd(text, ownerEnd + 1);
        if (memberEnd > ownerEnd + 1) {
          names.add(text.substring(ownerEnd + 1, memberEnd));
          i = memberEnd;
          continue;
        }
      }
      i = ownerEnd;
    }
    return names;
  }

  /**
   * Elements whose paragraphs belong to something else: a section further on, a table, a list, a
   * definition, a quotation, and the site around the article of a page saved from a browser.
   */
  private static final Set<String> NOT_THE_OPENING = Set.of("section", "table", "li", "dd", "dt", "blockquote",
      "nav", "header", "footer", "aside");

  /** HTML elements that make blocks of their own, whose text is no Markdown paragraph. */
  private static final Set<String> HTML_BLOCKS = Set.of("p", "pre", "div", "table", "ul", "ol", "dl", "li", "dd", "dt",
      "blockquote", "section", "article", "aside", "details", "figure", "header", "footer", "nav", "main", "h1", "h2",
      "h3", "h4", "h5", "h6", "tr", "td", "th", "thead", "tbody", "tfoot", "script", "style");

  /** The classes MDN marks its callouts with: a note, a warning, a draft notice. */
  private static final Set<String> CALLOUTS = Set.of("notecard", "note", "warning", "draft", "callout");

  private static boolean inSectionOrPart(Element element) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (NOT_THE_OPENING.contains(parent.normalName()) || isCallout(parent)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCallout(Element element) {
    for (String name : element.classNames()) { // split at any white space, as HTML does
      if (CALLOUTS.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The elements that are not on a hidden line. */
  private static List<Element> shown(Markup.Tree tree, List<Element> elements, HiddenLines hidden) {
    List<Element> shown = new ArrayList<>(elements.size());
    for (Element element : elements) {
      if (!hidden.hidden(tree.trackedLine(element))) {
        shown.add(element);
      }
    }
    return shown;
  }

}
