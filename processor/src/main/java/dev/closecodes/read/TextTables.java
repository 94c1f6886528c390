package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidate tables of a document's text: Markdown pipe tables, at any indentation and with or
 * without outer pipes, and plain-text grids with rule lines between their rows (RFC 6455's).
 */
final class TextTables {

  private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

  /**
   * A line of a plain-text grid between its rows: dashes or equals signs with a corner ({@code +}
   * or {@code |}) among them; not a Markdown rule ({@code ---}), which has none.
   */
  private static final Pattern RULE_LINE = Pattern.compile("(?=.*[-=]{3})(?=.*[+|])[-+=|: ]+");

  /** A definition run together with the table that followed it: {@code - | : text | Code | ...}. */
  static final Pattern DEFINITION_FUSED_ONTO_TABLE = Pattern.compile("^\\s*- (\\|\\s*: .*)$");

  private TextTables() {}

  /**
   * Runs of lines that start with {@code |} after any indentation, the first also after a list
   * item's marker ({@code - | Code |}): Markdown pipe tables, whose
   * header is the row above the delimiter row; and plain-text grids, whose rows stand between
   * rule lines ({@code -+-----+---|}) and may wrap onto several lines, their cells then joined.
   * A pipe table may also leave out the outer pipes, as GitHub's do: then a header row and a
   * delimiter row of as many cells start it, and it goes on while its lines hold a pipe. So does a
   * table with the outer pipes, past its delimiter row, on a line without them that opens no other
   * block (a list item, a heading). A table inside a quotation is read as one outside it, and ends
   * where the quotation does or another starts. A hidden line (code, a comment) is no table's and
   * ends the one before it; but a grid may stand in indented code, as plain text indents it. A
   * table ends where a code block or a comment starts or ends; one inside them is an example,
   * which goes to {@code examples}, to be named if the page has no other table.
   *
   * @param pageText the page's text with its quotation markers blanked ({@link Quotations#withMarkersBlanked})
   * @param hidden its hidden lines and quotations
   */
  static List<RawTable> find(String pageText, HiddenLines hidden, PageContext context,
      List<RawTable> examples) {
    BitSet drawnLines = new BitSet();
    BitSet orgRules = new BitSet();
    String text = withLayoutSpacesRepaired(withLookalikeLinesRepaired(pageText, hidden, context, drawnLines, orgRules),
        hidden, context);
    List<RawTable> tables = new ArrayList<>();
    TextTable table = null;
    int tableDepth = 0;
    boolean inBareTable = false;
    int lineStart = 0;
    for (int i = 0; lineStart <= text.length(); i++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int lineNumber = i + 1;
      int depth = hidden.quotations().depth(i, lineStart, lineEnd);
      // GitHub carries no table on into or out of a quotation, a code block or a comment.
      HiddenLines.Kind kind = hidden.kind(lineNumber);
      if (table != null && (depth != tableDepth || table.kind != kind)) {
        addIfAny(table, tables, examples);
        table = null;
        inBareTable = false;
      }
      tableDepth = table == null ? depth : tableDepth; // a table begun on this line is at its depth
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      char lead = first < lineEnd ? text.charAt(first) : '\n';
      int itemContent = ListMarkers.contentAfter(text, lineStart, first, lineEnd);
      boolean pipeAfterItemMarkers = itemContent < lineEnd && text.charAt(itemContent) == '|' && itemContent > first;
      // A definition run together with a table's first row ("- | : text | Code |") keeps its own reading.
      List<String> fused = pipeAfterItemMarkers && lineEnd < text.length()
          ? fusedHeader(text.substring(first, lineEnd), nextLine(text, lineEnd))
          : null;
      if (pipeAfterItemMarkers && fused == null) {
        // A table opens on a list item's own line ("- | Code | Name |"), as GitHub shows it; a table
        // before it ends with the item before.
        if (table != null) {
          addIfAny(table, tables, examples);
          table = null;
        }
        inBareTable = false;
        first = itemContent;
        lead = '|';
      }
      boolean unpiped = lead != '|' && lead != '\n';
      boolean bareHeader = unpiped && !inBareTable && startsBareTable(text, first, lineEnd);
      inBareTable = bareHeader || (inBareTable && unpiped && hasPipe(text, first, lineEnd)
          && !(table.pastDelimiter() && opensBlock(text, first, lineEnd)));
      if (bareHeader) {
        if (table != null) {
          addIfAny(table, tables, examples); // what came before is a table of its own
        }
        table = new TextTable(lineNumber, context, kind, drawnLines, orgRules);
      }
      if (fused != null && lead == '-' && !inBareTable && text.startsWith("- |", first)) {
        if (table != null) {
          addIfAny(table, tables, examples);
        }
        table = new TextTable(lineNumber, context, kind, drawnLines, orgRules);
        table.add(fused, lineNumber, true);
        table.headerFused = true; // its width is the line's as written, which the repair has cut
        lineStart = lineEnd + 1;
        continue;
      }
      // GitHub goes on with a table past its delimiter row on any line, "1001 | Away" too.
      boolean goesOn = unpiped && !inBareTable && table != null && table.pastDelimiter()
          && hasPipe(text, first, lineEnd) && !opensBlock(text, first, lineEnd);
      // So is the delimiter row under a header with them: each row may leave the outer pipes out.
      boolean delimiterRow = unpiped && !inBareTable && table != null && table.awaitsDelimiter()
          && hasPipe(text, first, lineEnd) && isDelimiterOf(text.substring(first, lineEnd), table.headerWidth());
      boolean pipeRow = lead == '|' || inBareTable || goesOn || delimiterRow;
      boolean rule = !pipeRow && (lead == '-' || lead == '+' || lead == '=')
          && RULE_LINE.matcher(text.substring(first, lineEnd)).matches(); // only then is the line worth a string
      if (pipeRow || (rule && table != null)) {
        if (table == null) {
          table = new TextTable(lineNumber, context, kind, drawnLines, orgRules);
        }
        if (rule) {
          table.rule(lineNumber);
        } else {
          table.add(splitPipeRow(text.substring(first, lineEnd).strip()), lineNumber, lead == '|');
        }
      } else if (rule) {
        table = new TextTable(lineNumber, context, kind, drawnLines, orgRules); // a grid's top border
        table.rule(lineNumber);
      } else if (table != null) {
        // GitHub and MDN go on with the table on a line of text too: one more row, shown and not read.
        if (lead != '\n' && kind == HiddenLines.Kind.SHOWN && table.pastDelimiter()
            && !opensBlock(text, first, lineEnd)
            && (lineEnd >= text.length() || !nextLine(text, lineEnd).strip().startsWith("|"))) {
          context.diagnostics().report(Message.TEXT_AFTER_TABLE_ROW_SKIPPED,
              new SourceLocation(context.file(), lineNumber), RowReader.shortened(text.substring(first, lineEnd).strip()));
        }
        addIfAny(table, tables, examples);
        table = null;
      }
      lineStart = lineEnd + 1;
    }
    if (table != null) {
      addIfAny(table, tables, examples);
    }
    return tables;
  }

  /**
   * Whether the line, from its first character that is not white space, opens a Markdown block
   * other than a paragraph, as GitHub reads it: a heading, a quotation, a code fence, a list item,
   * or HTML that starts a block. A code span, emphasis or an inline tag at its start opens none.
   */
  private static boolean opensBlock(String text, int first, int lineEnd) {
    char lead = text.charAt(first);
    int run = first;
    while (run < lineEnd && text.charAt(run) == lead) {
      run++;
    }
    return switch (lead) {
      case '>' -> true;
      case '#' -> run - first <= 6 && (run == lineEnd || text.charAt(run) == ' ' || text.charAt(run) == '\t');
      case '`', '~' -> run - first >= 3;
      case '<' -> opensHtmlBlock(text, first + 1, lineEnd);
      default -> ListMarkers.width(text, first) > 0;
    };
  }

  /**
   * The tags that start an HTML block wherever they stand, as CommonMark lists them: those whose
   * content is raw text, and the block-level ones.
   */
  private static final Set<String> BLOCK_TAGS = Set.of("pre", "script", "style", "textarea", "address", "article",
      "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details",
      "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
      "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main",
      "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
      "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

  /**
   * Whether the text after a {@code <} starts an HTML block: a comment, a declaration, a
   * processing instruction, or the opening or closing tag of a block-level element.
   */
  static boolean opensHtmlBlock(String text, int from, int lineEnd) {
    if (from < lineEnd && (text.charAt(from) == '!' || text.charAt(from) == '?')) {
      return true;
    }
    int nameStart = from < lineEnd && text.charAt(from) == '/' ? from + 1 : from;
    int nameEnd = nameStart;
    while (nameEnd < lineEnd && nameEnd - nameStart <= 10
        && UnicodeCharacters.isAsciiLetterOrDigit(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == nameStart || !BLOCK_TAGS.contains(text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return nameEnd == lineEnd || " \t>".indexOf(text.charAt(nameEnd)) >= 0 || text.startsWith("/>", nameEnd);
  }

  /** Whether the line holds a pipe not escaped with a backslash. */
  private static boolean hasPipe(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '|') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is the header of a pipe table without outer pipes: it holds a pipe, and the
   * next line is a delimiter row with a pipe and as many cells.
   */
  private static boolean startsBareTable(String text, int first, int lineEnd) {
    int nextStart = lineEnd + 1;
    if (nextStart > text.length() || !hasPipe(text, first, lineEnd)) {
      return false;
    }
    String next = text.substring(nextStart, DocumentText.lineEnd(text, nextStart));
    return hasPipe(next, 0, next.length())
        && isDelimiterOf(next, splitPipeRow(text.substring(first, lineEnd).strip()).size());
  }

  /**
   * The text with the spaces Markdown does not read as spaces (a no-break space, the ideographic
   * space) made spaces where they lay a pipe table out, with one warning: before a shown line's
   * first pipe, and in a line of pipes, dashes and colons alone, a delimiter row. A pipe table
   * copied from a rendered page or a word processor is laid out so, and a Markdown reader shows it
   * as text. Those in a cell's words are words' spaces, which a cell's text collapses anyway.
   */
  private static String withLayoutSpacesRepaired(String text, HiddenLines hidden, PageContext context) {
    char[] repaired = null; // made for a page with such a line
    int first = 0;
    int last = 0;
    int lines = 0;
    char example = ' ';
    int lineStart = 0;
    int nextPipe = text.indexOf('|');
    for (int line = 1; lineStart <= text.length() && nextPipe >= 0; line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if (nextPipe < lineStart) {
        // searched for past the line it was on, not from every line, which would go over the rest of the page each time
        nextPipe = text.indexOf('|', lineStart);
      }
      int pipe = nextPipe;
      if (pipe >= 0 && pipe < lineEnd && hidden.kind(line) == HiddenLines.Kind.SHOWN) {
        int lead = lineStart;
        while (lead < pipe
            && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t'
                || UnicodeCharacters.isSpaceBeyondAscii(text.charAt(lead)))) {
          lead++;
        }
        int to = isDelimiterShaped(text, lineStart, lineEnd) ? lineEnd : lead == pipe ? pipe : lineStart;
        boolean any = false;
        for (int i = lineStart; i < to; i++) {
          if (UnicodeCharacters.isSpaceBeyondAscii(text.charAt(i))) {
            repaired = repaired == null ? text.toCharArray() : repaired;
            example = any || lines > 0 ? example : text.charAt(i);
            repaired[i] = ' ';
            any = true;
          }
        }
        if (any) {
          first = lines++ == 0 ? line : first;
          last = line;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (repaired == null) {
      return text;
    }
    context.diagnostics().report(Message.PIPE_TABLE_SPACES_REPAIRED, new SourceLocation(context.file(), first), lines,
        Printable.described(example), last);
    return new String(repaired);
  }

  /** The full-width bar an input method for Chinese or Japanese types where {@code |} is meant. */
  private static final char FULL_WIDTH_BAR = '\uff5c';

  /** Box-drawing lines that only go up and down, drawn as {@code |} in ASCII. */
  private static final String BOX_VERTICALS = "\u2502\u2503\u2506\u2507\u250a\u250b\u2551\u254e\u254f\u2575\u2577"
      + "\u2579\u257b\u257d\u257f";

  /** Box-drawing lines that only go across, drawn as {@code -} in ASCII; the double one as {@code =}. */
  private static final String BOX_HORIZONTALS = "\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2574\u2576"
      + "\u2578\u257a\u257c\u257e";

  /** The dashes and the colon of a delimiter row typed in full width: {@code －}, {@code ー}, {@code ：}. */
  private static final String FULL_WIDTH_DELIMITER = "\uff0d\u30fc\uff1a";

  /**
   * The text with the lines of a table drawn in look-alike characters made the table's own, with
   * one warning: box-drawing characters ({@code │ ─ ┼}, light, heavy or double), as a console draws
   * a grid, become {@code |}, {@code -} (or {@code =}) and {@code +}, and the full-width bar
   * ({@code ｜}) an input method types becomes {@code |}, on a line that opens with one; a
   * delimiter row's full-width dashes and colons too. And a delimiter row that crosses its cells
   * with {@code +} under a header of pipes, as a database console prints a table without a frame
   * ({@code ------+------}) and an Emacs Org table inside its outer pipes ({@code |------+------|}),
   * has pipes for them, as do the Org table's other rules (above its header, between groups of its
   * rows, under its last). A Markdown reader shows such lines as text; their numbers go to
   * {@code drawnLines}, and the Org rules' to {@code orgRules} too, whose tables' cells are in
   * Org's markup. The warning counts the shown lines (a grid may stand in indented code, as plain text
   * indents it); those of a code block or a comment are only made the table's own, an example's,
   * to be named as one. A look-alike in the words of a line that opens otherwise stays a word's.
   */
  private static String withLookalikeLinesRepaired(String text, HiddenLines hidden, PageContext context,
      BitSet drawnLines, BitSet orgRules) {
    int any = 0;
    while (any < text.length() && !isLookalikeLine(text.charAt(any))) {
      any++;
    }
    if (any == text.length() && text.indexOf("-+-") < 0) {
      return text; // the usual page: no such character, and no crossing in a line of dashes
    }
    char[] repaired = text.toCharArray();
    int first = 0;
    int last = 0;
    int lines = 0;
    char example = ' ';
    boolean changed = false;
    int lineStart = 0;
    int previousStart = 0;
    int previousEnd = -1;
    boolean previousOpensWithPipe = false;
    for (int line = 1; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int lead = lineStart;
      while (lead < lineEnd && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t')) {
        lead++;
      }
      char[] drawn = null;
      if (lead < lineEnd && isLookalikeLine(text.charAt(lead))) {
        drawn = drawnInAscii(text, lead, lineEnd);
      } else if (lead < lineEnd && previousEnd >= 0 && lineEnd < text.length() && text.charAt(lead) == '-') {
        drawn = crossedDelimiter(text, lead, lineEnd, previousStart, previousEnd,
            DocumentText.lineEnd(text, lineEnd + 1));
      } else if (lead < lineEnd && text.charAt(lead) == '|') {
        drawn = orgRule(text, lead, lineEnd, previousOpensWithPipe, opensWithPipe(text, lineEnd + 1));
        orgRules.set(line, drawn != null);
      }
      if (drawn != null) {
        System.arraycopy(drawn, 0, repaired, lead, drawn.length);
        changed = true;
        drawnLines.set(line);
        HiddenLines.Kind kind = hidden.kind(line);
        if (kind == HiddenLines.Kind.SHOWN || kind == HiddenLines.Kind.INDENTED_CODE) {
          // a look-alike opens the line it draws; a crossed delimiter row's is the crossing
          example = lines > 0 ? example : isLookalikeLine(text.charAt(lead)) ? text.charAt(lead) : '+';
          first = lines++ == 0 ? line : first;
          last = line;
        }
      }
      previousOpensWithPipe = lead < lineEnd && text.charAt(lead) == '|';
      previousStart = lineStart;
      previousEnd = lineEnd;
      lineStart = lineEnd + 1;
    }
    if (!changed) {
      return text;
    }
    if (lines > 0) {
      context.diagnostics().report(Message.LOOKALIKE_TABLE_LINES_REPAIRED, new SourceLocation(context.file(), first),
          lines, "'" + example + "' (" + Printable.described(example) + ")", last);
    }
    return new String(repaired);
  }

  /**
   * A line that opens with a look-alike, from its first character, in the ASCII it draws; null
   * where it draws neither a row between two bars or more nor a rule line (a tree's branch,
   * {@code ├── src}, {@code │   └── main}).
   */
  private static char[] drawnInAscii(String text, int from, int lineEnd) {
    char[] drawn = new char[lineEnd - from];
    boolean delimiter = true; // bars, dashes, colons and spaces alone
    int bars = 0;
    for (int i = 0; i < drawn.length; i++) {
      char c = asciiLine(text.charAt(from + i));
      drawn[i] = c;
      bars += c == '|' ? 1 : 0;
      delimiter &= c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t' || FULL_WIDTH_DELIMITER.indexOf(c) >= 0;
    }
    for (int i = 0; delimiter && i < drawn.length; i++) {
      int at = FULL_WIDTH_DELIMITER.indexOf(drawn[i]);
      drawn[i] = at < 0 ? drawn[i] : at < 2 ? '-' : ':';
    }
    return bars >= 2 || RULE_LINE.matcher(new String(drawn)).matches() ? drawn : null;
  }

  /**
   * A delimiter row that crosses its cells with {@code +}, from its first dash, with pipes for its
   * crossings; null for any other line. Such a row holds dashes, crossings, colons and spaces
   * alone, and stands between a header and a row that hold pipes and open with none, as a database
   * console prints a table without a frame ({@code ------+------}).
   */
  private static char[] crossedDelimiter(String text, int from, int lineEnd, int headerStart, int headerEnd,
      int nextEnd) {
    int headerLead = DocumentText.afterBlanks(text, headerStart, headerEnd);
    if (headerLead == headerEnd || text.charAt(headerLead) == '|' || !hasPipe(text, headerStart, headerEnd)
        || !hasPipe(text, lineEnd + 1, nextEnd)) {
      return null;
    }
    return crossingsAsPipes(text, from, lineEnd, false); // a pipe in it would make it a grid's rule
  }

  /**
   * An Emacs Org table's rule ({@code |------+------|}), from its first pipe, with pipes for its
   * crossings; null for any other line. It stands above or below a line that opens with a pipe: over
   * the table's header, under it, between groups of its rows, or under its last. A grid's rules open
   * with {@code +}.
   */
  private static char[] orgRule(String text, int from, int lineEnd, boolean aboveOpensWithPipe,
      boolean belowOpensWithPipe) {
    if (!aboveOpensWithPipe && !belowOpensWithPipe || from + 1 >= lineEnd || text.charAt(from + 1) != '-') {
      return null;
    }
    return crossingsAsPipes(text, from, lineEnd, true);
  }

  /**
   * The line with pipes for its crossings, where it holds dashes, crossings, colons, spaces and
   * ({@code withPipes}) pipes alone, and a crossing; else null.
   */
  private static char[] crossingsAsPipes(String text, int from, int lineEnd, boolean withPipes) {
    boolean crossing = false;
    char[] drawn = new char[lineEnd - from];
    for (int i = 0; i < drawn.length; i++) {
      char c = text.charAt(from + i);
      crossing |= c == '+';
      if (c != '-' && c != '+' && c != ':' && c != ' ' && c != '\t' && !(withPipes && c == '|')) {
        return null;
      }
      drawn[i] = c == '+' ? '|' : c;
    }
    return crossing ? drawn : null;
  }

  /** Whether the line that starts at {@code lineStart} opens with a pipe, after any blanks. */
  private static boolean opensWithPipe(String text, int lineStart) {
    if (lineStart >= text.length()) {
      return false;
    }
    int lineEnd = DocumentText.lineEnd(text, lineStart);
    int lead = DocumentText.afterBlanks(text, lineStart, lineEnd);
    return lead < lineEnd && text.charAt(lead) == '|';
  }

  /** Whether the character draws a table's line in look-alike form: box drawing, or the full-width bar. */
  private static boolean isLookalikeLine(char c) {
    return c >= '\u2500' && c <= '\u257f' || c == FULL_WIDTH_BAR;
  }

  /** The ASCII that draws the same line as the character; any other character as it is. */
  private static char asciiLine(char c) {
    if (c == FULL_WIDTH_BAR || BOX_VERTICALS.indexOf(c) >= 0) {
      return '|';
    } else if (c == '\u2550') {
      return '='; // the double line across
    } else if (BOX_HORIZONTALS.indexOf(c) >= 0) {
      return '-';
    }
    return c >= '\u2500' && c <= '\u257f' ? '+' : c; // a corner, a tee or a crossing
  }

  /** Whether the line holds pipes, dashes, colons and spaces of any kind alone, a dash and a pipe among them. */
  private static boolean isDelimiterShaped(String text, int from, int to) {
    boolean dash = false;
    boolean pipe = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      dash |= c == '-';
      pipe |= c == '|';
      if (c != '-' && c != '|' && c != ':' && c != ' ' && c != '\t' && !UnicodeCharacters.isSpaceBeyondAscii(c)) {
        return false;
      }
    }
    return dash && pipe;
  }

  /** Whether the line is a delimiter row of a header of {@code width} cells. */
  private static boolean isDelimiterOf(String line, int width) {
    List<String> delimiter = splitPipeRow(line.strip());
    return delimiter.size() == width && isDelimiter(delimiter);
  }

  /** The line after the one ending at {@code lineEnd}, which is not the text's end. */
  private static String nextLine(String text, int lineEnd) {
    return text.substring(lineEnd + 1, DocumentText.lineEnd(text, lineEnd + 1));
  }

  /**
   * The header of a table whose first row a conversion ran together with the definition before it
   * ({@code - | : text | Code | Name |}, a delimiter row of as many cells below): the cells after the
   * definition's. Null for any other line.
   *
   * @param line the line, from its first character
   * @param next the line after it
   */
  private static List<String> fusedHeader(String line, String next) {
    if (!line.startsWith("- |") || !DEFINITION_FUSED_ONTO_TABLE.matcher(line).matches()) {
      return null;
    }
    List<String> cells = splitPipeRow(line.substring(2).strip());
    List<String> delimiter = splitPipeRow(next.strip());
    if (cells.size() < 2 || delimiter.size() != cells.size() || !isDelimiter(delimiter)) {
      return null;
    }
    return cells.subList(1, cells.size());
  }

  /**
   * Whether a line that {@link #DEFINITION_FUSED_ONTO_TABLE} matches is the header of the table
   * below it, a delimiter row of as many cells following it.
   */
  static boolean fusedHeaderAbove(String line, String next) {
    return fusedHeader(line.strip(), next) != null;
  }

  /**
   * Adds the table if it has a line: to the tables if shown, else to the examples; a plain-text
   * grid in indented code is shown, since plain text indents its grids.
   */
  private static void addIfAny(TextTable table, List<RawTable> tables, List<RawTable> examples) {
    if (!table.lineCells.isEmpty()) {
      boolean shown = table.kind == HiddenLines.Kind.SHOWN
          || (table.kind == HiddenLines.Kind.INDENTED_CODE && table.ruleSeen);
      (shown ? tables : examples).add(table.build());
    }
  }

  /** A run of table lines being collected. */
  private static final class TextTable {
    private final int line;
    private final PageContext context;
    /** Where its lines stand: shown, or in a code block or a comment. */
    private final HiddenLines.Kind kind;
    private final List<List<String>> lineCells = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    /** For each line collected, whether it opens with a pipe. */
    private final List<Boolean> opensWithPipe = new ArrayList<>();
    /** For each line collected, whether a rule line came before it since the line before. */
    private final List<Boolean> afterRule = new ArrayList<>();
    private boolean ruleSeen;
    private boolean delimiterSeen;
    private boolean pendingRule;
    /** Whether the header is the cells of a definition run together with it, as repaired. */
    private boolean headerFused;
    /** The delimiter row right under the header, where its width is not the header's. */
    private RawTable.BrokenDelimiter brokenDelimiter;
    /** The lines drawn in look-alike characters: an Org table's rules among them. */
    private final BitSet drawnLines;
    /** The lines that are an Org table's rules ({@code |---+---|}). */
    private final BitSet orgRules;
    /** Whether a line of the table is an Org table's rule: its cells are in Org's markup. */
    private boolean org;
    private int lastLine;

    TextTable(int line, PageContext context, HiddenLines.Kind kind, BitSet drawnLines, BitSet orgRules) {
      this.line = line;
      this.lastLine = line;
      this.context = context;
      this.kind = kind;
      this.drawnLines = drawnLines;
      this.orgRules = orgRules;
    }

    void rule(int lineNumber) {
      org |= orgRules.get(lineNumber);
      ruleSeen = true;
      pendingRule = true;
      lastLine = lineNumber;
    }

    /** Whether only a header row has been collected: a pipe table's delimiter row may come next. */
    boolean awaitsDelimiter() {
      return lineCells.size() == 1 && !ruleSeen && !delimiterSeen;
    }

    /** The index of the first line collected that is no delimiter row; -1 where there is none. */
    private int headerAt() {
      for (int i = 0; i < lineCells.size(); i++) {
        if (!isDelimiter(lineCells.get(i))) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the delimiter row: the first line of dashes under a line that is none; -1 where there is none. */
    private int delimiterAt() {
      for (int i = 1; i < lineCells.size(); i++) {
        if (isDelimiter(lineCells.get(i)) && !isDelimiter(lineCells.get(i - 1))) {
          return i;
        }
      }
      return -1;
    }

    /** How many cells the first line collected has. */
    int headerWidth() {
      return lineCells.get(0).size();
    }

    /** Whether a Markdown delimiter row has been collected, and no rule line: a pipe table, past its header. */
    boolean pastDelimiter() {
      return delimiterSeen && !ruleSeen;
    }

    void add(List<String> cells, int lineNumber, boolean opensWithPipe) {
      if (ruleSeen && isDelimiter(cells)) {
        rule(lineNumber); // a grid's rule drawn with pipes, under its header: tabulate's psql table
        return;
      }
      if (!delimiterSeen) {
        // the delimiter row is under the header: a rule over it (an Org table's) is none
        int above = lineCells.size() - 1;
        delimiterSeen = above >= 0 && isDelimiter(cells) && !isDelimiter(lineCells.get(above));
        if (delimiterSeen && above == headerAt() && !headerFused && cells.size() != lineCells.get(above).size()) {
          brokenDelimiter = new RawTable.BrokenDelimiter(lineNumber, cells.size(), lineCells.get(above).size());
        }
      }
      org |= orgRules.get(lineNumber);
      lastLine = lineNumber;
      lineCells.add(cells);
      lineNumbers.add(lineNumber);
      this.opensWithPipe.add(opensWithPipe);
      afterRule.add(pendingRule);
      pendingRule = false;
    }

    /**
     * The table the lines make; there is at least one. A pipe table without a delimiter row is
     * read, though a Markdown reader shows its lines as a paragraph: the reading says so.
     */
    RawTable build() {
      if (ruleSeen) {
        return new RawTable(gridRows(), line, lastLine);
      }
      RawTable.BrokenDelimiter delimiter = delimiterSeen || headerFused ? brokenDelimiter
          : new RawTable.BrokenDelimiter(line, 0, lineCells.get(Math.max(0, headerAt())).size());
      List<Integer> ruleRows = new ArrayList<>();
      return new RawTable(pipeRows(ruleRows), line, lastLine, delimiter, ruleRows);
    }

    /**
     * One row a line; the row above the delimiter row is the header, the delimiter is no row. Nor
     * is another line of dashes, which a Markdown reader shows as a row of dashes, or as text above
     * the table: its line goes to {@code ruleRows}, unless it is an Org table's rule. A
     * line that opens with no pipe, in a table whose first line opens with one, may be the rest of
     * the row above, wrapped: it keeps that row's line, for a row that holds no code to be told so.
     */
    private List<RawTable.Row> pipeRows(List<Integer> ruleRows) {
      List<RawTable.Row> rows = new ArrayList<>();
      boolean pipedTable = opensWithPipe.get(0);
      int delimiter = delimiterAt();
      for (int i = 0; i < lineCells.size(); i++) {
        List<String> cells = lineCells.get(i);
        if (isDelimiter(cells)) {
          if (delimiter >= 0 && i != delimiter && !drawnLines.get(lineNumbers.get(i))) {
            ruleRows.add(lineNumbers.get(i));
          }
          continue;
        }
        int mayContinue = pipedTable && !opensWithPipe.get(i) && !rows.isEmpty() ? rows.get(rows.size() - 1).line() : 0;
        rows.add(new RawTable.Row(lineNumbers.get(i), i == delimiter - 1,
            new MarkdownCells(inMarkdown(cells), lineNumbers.get(i), context, mayContinue)));
      }
      return rows;
    }

    /** The cells of a line, in Markdown: an Org table's written so from Org's markup. */
    private List<String> inMarkdown(List<String> cells) {
      return org ? OrgMarkup.asMarkdown(cells) : cells;
    }

    /**
     * The rows before the first rule line are headers. Where rule lines stand between the rows
     * that follow (RFC 6455's grid, Pandoc's), the lines between two rules are one row, their
     * cells joined; else each line is a row, as where the rules only frame the grid and set its
     * header apart (a database console's). A header between two rules is one row.
     */
    private List<RawTable.Row> gridRows() {
      List<RawTable.Row> rows = new ArrayList<>();
      int rules = 0;
      int bodyStart = -1; // the first line after a rule, past the first line: the first row below the header
      boolean rulesBetweenRows = false; // a rule after that line, which parts the rows below the header
      for (int i = 0; i < afterRule.size(); i++) {
        rules += afterRule.get(i) ? 1 : 0;
        rulesBetweenRows |= bodyStart > 0 && afterRule.get(i);
        bodyStart = bodyStart < 0 && i > 0 && afterRule.get(i) ? i : bodyStart;
      }
      boolean ruledHeader = rules >= 2;
      boolean ruleBefore = false;
      for (int i = 0; i < lineCells.size(); i++) {
        ruleBefore |= afterRule.get(i);
        boolean inBody = bodyStart > 0 && i >= bodyStart;
        boolean continues = (inBody ? rulesBetweenRows : ruledHeader) && i > 0 && !afterRule.get(i);
        if (continues) {
          RawTable.Row previous = rows.remove(rows.size() - 1);
          rows.add(new RawTable.Row(previous.line(), previous.header(),
              new MarkdownCells(joined(((MarkdownCells) previous.cells()).cells(), inMarkdown(lineCells.get(i))),
                  previous.line(), context, 0)));
        } else {
          rows.add(new RawTable.Row(lineNumbers.get(i), !ruleBefore,
              new MarkdownCells(inMarkdown(lineCells.get(i)), lineNumbers.get(i), context, 0)));
        }
      }
      return rows;
    }
  }

  private static boolean isDelimiter(List<String> cells) {
    for (String cell : cells) {
      if (!DELIMITER_CELL.matcher(cell).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Two lines of one wrapped row, cell by cell, joined with a space. */
  private static List<String> joined(List<String> above, List<String> below) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(above.size(), below.size()); i++) {
      String top = i < above.size() ? above.get(i).strip() : "";
      String bottom = i < below.size() ? below.get(i).strip() : "";
      cells.add(top.isEmpty() ? bottom : bottom.isEmpty() ? top : top + " " + bottom);
    }
    return cells;
  }

  /**
   * Splits a row at the pipes that are not escaped with a backslash; the outer pipes are dropped.
   * An escaped pipe is a pipe in the cell, a code span's included, as GitHub's tables have it;
   * other escapes are left to the cell's Markdown.
   */
  static List<String> splitPipeRow(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append(line.charAt(++i));
      } else if (c == '\\' && i + 1 < line.length()) {
        cell.append(c).append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    if (line.startsWith("|")) {
      cells.remove(0); // before the leading pipe
    }
    if (cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) {
      cells.remove(cells.size() - 1); // after the trailing pipe
    }
    return cells;
  }

  /**
   * The cells of a row, read as Markdown: a pipe table's, and a grid's, whose cells hold Markdown in
   * a Markdown page (Pandoc's grid tables) and plain words in a plain-text one, which Markdown
   * leaves as they are.
   *
   * @param mayContinue the line of the row above, where this line opens with no pipe though the
   *     table's first does; else 0
   */
  record MarkdownCells(List<String> cells, int line, PageContext context, int mayContinue) implements RawTable.Cells {
    @Override
    public RichText read(int column) {
      return MarkdownText.readCell(cells.get(column), line, context);
    }

    @Override
    public String words(int column) {
      PageContext quiet = new PageContext(context.file(), new Diagnostics(), context.links());
      try {
        return MarkdownText.readCell(cells.get(column), line, quiet).plainText();
      } catch (Diagnostics.Abort unreadable) {
        return ""; // its own row says why, when it is read
      }
    }

    @Override
    public int mayContinueRowAt() {
      return mayContinue;
    }
  }
}
