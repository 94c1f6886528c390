package dev.closecodes.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a page that are not its content: those of a code block (fenced with {@code ```} or
 * {@code ~~~}, fences included, or indented) and those of an HTML comment. A table, a paragraph or
 * a definition there is an example or an editor's leftover; none is read as the page's, and a
 * table there is named only where the page has no other.
 *
 * <p>A fence opens a block at any indentation (a list item's code is indented) and closes at a
 * line of the same character, at least as many; a block never closed runs to the end of the page,
 * as CommonMark has it. Three backticks followed by more backticks on the line are a code span,
 * no fence. A comment that opens a line hides it and every line up to the one it closes on; one
 * that opens inside a line is text there if it does not close on it, and hides no line, as
 * CommonMark has it. Inside a code block, {@code <!--} is code; inside a comment, a fence is
 * comment; inside an HTML block a block-level tag opens ({@code <table>}, to a blank line), a
 * fence is text. A line indented four columns past the content of the list item it stands in (or of its
 * quotation, or past the margin) is indented code where no paragraph goes on before it: after a
 * blank line, a heading, or a code block or comment; the block goes on while its lines are
 * indented as far, blank lines between them.
 *
 * <p>The same pass finds the page's {@link Quotations}: a quotation may stand in a list item, its
 * marker four spaces in under one of MDN's definitions, and a quotation's lines are code or not
 * by its own margin. A list item a quotation stands in stays open past it.
 */
final class HiddenLines {

  /**
   * A code block or comment never closed, which hides the rest of the page.
   *
   * @param line the line it opens on, counted from 1
   * @param kind what it is: {@code code block} or {@code comment}
   * @param rest what it makes the rest of the page: {@code code} or {@code a comment}
   * @param closer what would close it
   * @param hiddenRows how many rows of close codes the page's tables would have past its line, were
   *     it not opened there
   * @param lastHiddenRow the line of the last of them; 0 for none
   */
  record Unclosed(int line, String kind, String rest, String closer, int hiddenRows, int lastHiddenRow) {

    Unclosed(int line, String kind, String rest, String closer) {
      this(line, kind, rest, closer, 0, 0);
    }

    /** This block, hiding so many rows of close codes. */
    Unclosed hiding(int rows, int lastRow) {
      return new Unclosed(line, kind, rest, closer, rows, lastRow);
    }
  }

  /**
   * How a message says what hides a line.
   *
   * @param what what the line is in: {@code an HTML comment}, ...
   * @param shownAs what the page shows it as: {@code code}, or {@code nothing}
   * @param mend what to do to show it as content
   */
  record Hiding(String what, String shownAs, String mend) {}

  /** How a message says what a line of this kind is in; only for a hidden kind. */
  static Hiding hiding(Kind kind) {
    return switch (kind) {
      case COMMENT -> new Hiding("an HTML comment", "nothing", "take it out of the comment");
      case INDENTED_CODE -> new Hiding("indented code (four spaces or more past the margin, or past the text of the"
          + " list item it stands in, after a blank line)", "code", "indent it less");
      case HIDDEN_ELEMENT -> new Hiding("an element the page hides (the hidden attribute, display: none or the class"
          + " hidden)", "nothing", "take it out of that element");
      case HIDDEN_CONTENT -> new Hiding("an element whose content HTML reads as no markup of the page (<template>,"
          + " <script>, <textarea> and the like)", "nothing or as text", "take it out of that element");
      default -> new Hiding("a fenced code block", "code", "take it out of the code block");
    };
  }

  /** What a line is: shown as the page's content, or hidden as one kind of block. */
  enum Kind {
    SHOWN,
    /** Code to a Markdown reader; but plain text, such as an RFC, indents its grids so. */
    INDENTED_CODE,
    /** A fenced code block, its fences included. */
    CODE_BLOCK,
    COMMENT,
    /** Inside an HTML element a browser does not show ({@link HiddenElements}). */
    HIDDEN_ELEMENT,
    /**
     * Inside an element whose content HTML reads as no markup ({@link Markup#HIDDEN_CONTENT}): told
     * only where the page shows no table, to say where the one it holds stands.
     */
    HIDDEN_CONTENT
  }

  private final BitSet lines;
  private final BitSet indentedCode;
  private final BitSet comments;
  /** The lines inside elements a browser does not show. */
  private final BitSet hiddenElements;
  /** The lines of HTML blocks, where Markdown reads no code span. */
  private final BitSet htmlBlocks;
  private final Optional<Unclosed> unclosed;
  private final Quotations quotations;
  /** The lines of elements whose content HTML reads as no markup, where they are told ({@link #withHiddenContent}). */
  private final BitSet hiddenContent;

  private HiddenLines(BitSet lines, BitSet indentedCode, BitSet comments, BitSet hiddenElements, BitSet htmlBlocks,
      Optional<Unclosed> unclosed, Quotations quotations) {
    this(lines, indentedCode, comments, hiddenElements, htmlBlocks, unclosed, quotations, new BitSet());
  }

  private HiddenLines(BitSet lines, BitSet indentedCode, BitSet comments, BitSet hiddenElements, BitSet htmlBlocks,
      Optional<Unclosed> unclosed, Quotations quotations, BitSet hiddenContent) {
    this.lines = lines;
    this.indentedCode = indentedCode;
    this.comments = comments;
    this.hiddenElements = hiddenElements;
    this.htmlBlocks = htmlBlocks;
    this.unclosed = unclosed;
    this.quotations = quotations;
    this.hiddenContent = hiddenContent;
  }

  /**
   * The text with each code span of a Markdown line made spaces, so that markup read from the
   * text finds no tag or character reference in one: {@code `<div>`} names an element and opens
   * none, and {@code `&nbps;`} is written as meant. Lines of code,
   * comments and HTML blocks, where Markdown reads no code span, are as they were, and so is the
   * text's length and every line break. A span is one run of backticks to the next run as long on
   * the same line.
   */
  String withCodeSpansBlanked(String text) {
    char[] blanked = null; // made for the few pages with a tag or a reference in a code span
    int backtick = text.indexOf('`');
    int lineStart = 0;
    // Each search ends at its line or goes on from the last: one pass, however long the page.
    for (int line = 0; backtick >= 0 && lineStart < text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if (backtick < lineEnd && !lines.get(line) && !htmlBlocks.get(line)) {
        for (int open = backtick; open >= 0; ) {
          int run = run(text, open, lineEnd, '`');
          int close = closingRun(text, open + run, lineEnd, run);
          if (close < 0) {
            break;
          }
          if (indexOf(text, '<', open + run, close) >= 0 || indexOf(text, '&', open + run, close) >= 0) {
            blanked = blanked == null ? text.toCharArray() : blanked;
            java.util.Arrays.fill(blanked, open + run, close, ' ');
          }
          open = indexOf(text, '`', close + run, lineEnd);
        }
      }
      lineStart = lineEnd + 1;
      backtick = backtick < lineStart ? text.indexOf('`', lineStart) : backtick;
    }
    return blanked == null ? text : new String(blanked);
  }

  /**
   * Whether offset {@code at} of line {@code line} (counted from 1, from {@code lineStart} to
   * {@code lineEnd}) is inside a code span, as {@link #withCodeSpansBlanked} finds them: text to
   * Markdown, as written.
   */
  boolean inCodeSpan(String text, int line, int lineStart, int lineEnd, int at) {
    if (lines.get(line - 1) || htmlBlocks.get(line - 1)) {
      return false;
    }
    for (int open = indexOf(text, '`', lineStart, lineEnd); open >= 0 && open < at; ) {
      int run = run(text, open, lineEnd, '`');
      int close = closingRun(text, open + run, lineEnd, run);
      if (close < 0) {
        return false; // a run of backticks no run as long closes is text, and so is the rest
      }
      if (at < close) {
        return at >= open + run;
      }
      open = indexOf(text, '`', close + run, lineEnd);
    }
    return false;
  }

  /**
   * The text with the {@code <} of each comment, CDATA section, or element of
   * {@link Markup#HIDDEN_CONTENT} (a script, a style, ...) that a code block opens and does not
   * close made a space: the block is shown as code, an example's, and what its markup opens ends
   * with it, where the markup read from the text would run on into the page after it and hide its
   * table. So too a comment opened inside a line of Markdown that does not close in its
   * paragraph, which is text there, as CommonMark reads inline HTML (a line of an HTML block is
   * HTML, and a comment there runs on as in a browser). What closes is as it was, and so is the
   * text's length and every line break.
   */
  String withCodeMarkupClosed(String text) {
    char[] blanked = null; // made for the few pages whose examples leave such markup open
    int comment = text.indexOf("<!--"); // the next, found once for the lines up to it: one pass
    int paragraphEnd = 0; // the end of the paragraph a line with a comment stands in, found once a paragraph
    boolean openToTheParagraphsEnd = false;
    int insideUntil = 0; // where the last comment read ends: no comment opens before it
    int lineStart = 0;
    int line = 0;
    while (lineStart < text.length()) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if (!isCode(line)) {
        while (comment >= 0 && comment < Math.max(lineStart, insideUntil)) {
          comment = text.indexOf("<!--", Math.max(comment + 1, insideUntil)); // none inside a comment
        }
        if (comment >= 0 && comment < lineEnd && !lines.get(line) && !htmlBlocks.get(line)) {
          if (lineStart >= paragraphEnd) {
            paragraphEnd = paragraphEnd(text, lineEnd);
            openToTheParagraphsEnd = false;
          }
          int at = comment;
          while (at >= 0) {
            // Inline, a comment may close on a later line of its paragraph; once one does not, no later one does.
            int close = openToTheParagraphsEnd ? -1 : commentEnd(text, at, paragraphEnd);
            if (close < 0) {
              openToTheParagraphsEnd = true;
              blanked = blanked == null ? text.toCharArray() : blanked;
              blanked[at] = ' ';
              close = at + "<!--".length();
            }
            insideUntil = close;
            at = close < lineEnd ? DocumentText.indexOfIgnoringCase(text, "<!--", close, lineEnd) : -1;
          }
        }
        lineStart = lineEnd + 1;
        line++;
        continue;
      }
      int blockStart = lineStart; // a run of code lines: one block, or blocks with no line between
      while (lineStart < text.length() && isCode(line)) {
        lineEnd = DocumentText.lineEnd(text, lineStart);
        lineStart = lineEnd + 1;
        line++;
      }
      int blockEnd = Math.min(lineEnd, text.length());
      // Once a closer is not found from one opener, none is from a later one: looked for once a block.
      List<String> neverClosed = new ArrayList<>(2);
      for (int at = indexOf(text, '<', blockStart, blockEnd); at >= 0; at = indexOf(text, '<', at + 1, blockEnd)) {
        String closer = closerOfRunningMarkup(text, at);
        if (closer == null) {
          continue;
        }
        int close = neverClosed.contains(closer) ? -1
            : DocumentText.indexOfIgnoringCase(text, closer, at + 1, blockEnd);
        if (close < 0) {
          neverClosed.add(closer);
          blanked = blanked == null ? text.toCharArray() : blanked;
          blanked[at] = ' ';
        } else {
          at = close;
        }
      }
    }
    return blanked == null ? text : new String(blanked);
  }

  /**
   * What closes the markup that opens at {@code at} and runs on to its closer whatever stands
   * between: {@code -->} for a comment, {@code ]]>} for a CDATA section, the end tag for an element
   * whose content {@link Markup#withoutHiddenContent} takes as a whole (a script, a style, ...), as
   * {@link Markup} reads its name; null where none opens there.
   */
  private static String closerOfRunningMarkup(String text, int at) {
    if (text.startsWith("<!--", at)) {
      return "-->";
    }
    if (text.startsWith("<![CDATA[", at)) {
      return "]]>";
    }
    String element = Markup.hiddenContentTag(text, at + 1);
    return element == null ? null : "</" + element;
  }

  /**
   * Where the comment opened at {@code open} ends, past its {@code -->}, if that is before {@code end};
   * -1 if not. {@code <!-->} and {@code <!--->} are whole comments, as HTML reads them.
   */
  static int commentEnd(String text, int open, int end) {
    int from = open + "<!--".length();
    if (text.startsWith(">", from) || text.startsWith("->", from)) {
      return text.indexOf('>', from) + 1;
    }
    int close = DocumentText.indexOfIgnoringCase(text, "-->", from, end);
    return close < 0 ? -1 : close + "-->".length();
  }

  /** Where the paragraph a line ending at {@code lineEnd} stands in ends: at its next blank line, or the text's end. */
  private static int paragraphEnd(String text, int lineEnd) {
    int lineStart = lineEnd + 1;
    while (lineStart < text.length()) {
      int end = DocumentText.lineEnd(text, lineStart);
      if (DocumentText.afterBlanks(text, lineStart, end) == end) {
        return lineStart;
      }
      lineStart = end + 1;
    }
    return text.length();
  }

  /** Whether line {@code index}, counted from 0, is a code block's: fenced or indented, not a comment's. */
  private boolean isCode(int index) {
    return lines.get(index) && !comments.get(index) && !hiddenElements.get(index);
  }

  /** Where a run of exactly {@code length} backticks starts, from {@code from} to the line's end; -1 for none. */
  private static int closingRun(String text, int from, int lineEnd, int length) {
    for (int at = indexOf(text, '`', from, lineEnd); at >= 0; at = indexOf(text, '`', at, lineEnd)) {
      int run = run(text, at, lineEnd, '`');
      if (run == length) {
        return at;
      }
      at += run;
    }
    return -1;
  }

  /** Where {@code c} first stands from {@code from} up to {@code end}; -1 for nowhere. */
  private static int indexOf(String text, char c, int from, int end) {
    for (int at = from; at < end; at++) {
      if (text.charAt(at) == c) {
        return at;
      }
    }
    return -1;
  }

  /** The page's quotations, found in the same pass. */
  Quotations quotations() {
    return quotations;
  }

  /** The code block or comment never closed, if there is one. */
  Optional<Unclosed> unclosed() {
    return unclosed;
  }

  /** Whether line {@code line}, counted from 1, is hidden. */
  boolean hidden(int line) {
    return line >= 1 && lines.get(line - 1);
  }

  /** Whether line {@code line}, counted from 1, is HTML's, not Markdown's: a line of an HTML block or document. */
  boolean readAsHtml(int line) {
    return line >= 1 && htmlBlocks.get(line - 1);
  }

  /** What line {@code line}, counted from 1, is. */
  Kind kind(int line) {
    if (!hidden(line)) {
      return line >= 1 && hiddenContent.get(line - 1) ? Kind.HIDDEN_CONTENT : Kind.SHOWN;
    }
    return indentedCode.get(line - 1) ? Kind.INDENTED_CODE : comments.get(line - 1) ? Kind.COMMENT
        : hiddenElements.get(line - 1) ? Kind.HIDDEN_ELEMENT : Kind.CODE_BLOCK;
  }

  /**
   * These hidden lines, and those inside the elements a browser does not show, which the markup
   * tells: a Markdown paragraph or table inside {@code <div hidden>} is no more the page's than
   * one in a comment.
   *
   * @param insideHiddenElements the lines, counted from 0, that hold nothing but such an element's content
   */
  HiddenLines withElementsHidden(BitSet insideHiddenElements) {
    if (insideHiddenElements.isEmpty()) {
      return this;
    }
    BitSet elementLines = (BitSet) insideHiddenElements.clone();
    elementLines.andNot(lines); // a comment or code inside one stays what it is
    BitSet all = (BitSet) lines.clone();
    all.or(elementLines);
    return new HiddenLines(all, indentedCode, comments, elementLines, htmlBlocks, unclosed, quotations, hiddenContent);
  }

  /**
   * These hidden lines, with the lines of the elements whose content HTML reads as no markup told
   * as such ({@link Kind#HIDDEN_CONTENT}), where they are not hidden otherwise: for a page that
   * shows no table, to say where the one such an element holds stands. They stay no hidden lines.
   *
   * @param hiddenContentLines the lines, counted from 0, from each such element's start tag to its end tag
   */
  HiddenLines withHiddenContent(BitSet hiddenContentLines) {
    return hiddenContentLines.isEmpty() ? this : new HiddenLines(lines, indentedCode, comments, hiddenElements,
        htmlBlocks, unclosed, quotations, (BitSet) hiddenContentLines.clone());
  }

  /** The hidden lines as a set of indices counted from 0, a copy. */
  BitSet indices() {
    return (BitSet) lines.clone();
  }

  /**
   * One pass over the text. It finds the quotations' markers too, since a quotation in a list item
   * starts at the item's content, four spaces in under one of MDN's definitions, and which lines
   * are indented code depends on both.
   */
  static HiddenLines find(String text) {
    BitSet hidden = new BitSet();
    BitSet indentedCode = new BitSet();
    BitSet comments = new BitSet();
    BitSet quotationsInListItems = new BitSet();
    BitSet quotationsAfterItemMarkers = new BitSet();
    Occurrences closes = new Occurrences(text, "-->");
    ListItems items = new ListItems();
    char fenceChar = 0;
    int fenceLength = 0;
    int openedOn = 0;
    boolean inComment = false;
    // An HTML block (<table>, <tr>, ...) goes on to a blank line, as CommonMark has it: no line of
    // it is indented code, and a comment in it is of it, after which no new block starts. An HTML
    // document is no Markdown at all: only its comments hide anything.
    boolean htmlDocument = isHtmlDocument(text);
    boolean inHtmlBlock = htmlDocument;
    // One that a block-level tag opens (<table>, <div>, <td>) reads no Markdown at all: a fence in it
    // is text. A line that opens with another tag may be a paragraph's, which a fence may end.
    boolean inBlockTagHtml = false;
    BitSet htmlBlocks = new BitSet();
    int lineStart = 0;
    for (int line = 0; lineStart <= text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      int indented = DocumentText.afterBlanks(text, lineStart, lineEnd);
      int indent = ListMarkers.column(text, lineStart, indented, 0);
      int depth = 0;
      int lastMarker = -1;
      int opening = -1; // where the line's first quotation marker stands, if it has one
      if (indented < lineEnd && items.mayOpenQuotation(indent)) {
        if (text.charAt(indented) == '>') {
          opening = indented;
          if (indent > 3) {
            quotationsInListItems.set(line); // past the margin: past a list item's content
          }
        } else {
          int itemContent = ListMarkers.contentAfter(text, lineStart, indented, lineEnd);
          if (itemContent > indented && itemContent < lineEnd && text.charAt(itemContent) == '>') {
            opening = itemContent; // a quotation that opens on a list item's own line: "- > text"
            quotationsAfterItemMarkers.set(line);
            items.openBefore(text, lineStart, indented, itemContent);
          }
        }
      }
      if (opening >= 0) {
        for (int marker = opening; marker >= 0; marker = Quotations.nextMarker(text, marker + 1, lineEnd)) {
          depth++;
          lastMarker = marker;
        }
      }
      // What follows the markers is the same text whether or not they are made spaces, so the rest
      // reads the page's own text, a marker counting one column as the space it stands for.
      int first = depth == 0 ? indented : DocumentText.afterBlanks(text, lastMarker + 1, lineEnd);
      char lead = first < lineEnd ? text.charAt(first) : 0;
      if (fenceChar != 0) {
        hidden.set(line);
        int run = run(text, first, lineEnd, fenceChar);
        if (run >= fenceLength && text.substring(first + run, lineEnd).isBlank()) { // only white space after
          fenceChar = 0;
        }
        items.afterBlock();
        lineStart = lineEnd + 1;
        continue;
      }
      int openingColumn = opening < 0 ? indent : ListMarkers.column(text, lineStart, opening, 0);
      if (!inComment && !inHtmlBlock && lead != 0 && items.isIndentedCode(text, lineStart, first,
          quoteMargin(text, lastMarker, lineStart), depth, openingColumn)) {
        hidden.set(line);
        indentedCode.set(line);
      } else if (inComment || text.startsWith("<!--", first)) {
        hidden.set(line);
        comments.set(line);
        openedOn = inComment ? openedOn : line + 1;
        int close = closes.from(inComment ? lineStart : first + 4);
        inComment = close < 0 || close >= lineEnd;
        if (!inHtmlBlock) {
          items.afterBlock();
        }
      } else if (lead == '<' && opensTag(text, first + 1, lineEnd)) {
        inBlockTagHtml |= TextTables.opensHtmlBlock(text, first + 1, lineEnd);
        inHtmlBlock = true;
      } else if (htmlDocument) {
        // no fence, and a blank line ends nothing: this branch takes every other line of the document
      } else if (!inBlockTagHtml && (lead == '`' || lead == '~')) {
        int run = run(text, first, lineEnd, lead);
        int backtick = lead == '`' ? text.indexOf('`', first + run) : -1;
        if (run >= 3 && (backtick < 0 || backtick >= lineEnd)) { // backticks after the run make a code span
          hidden.set(line);
          fenceChar = lead;
          fenceLength = run;
          openedOn = line + 1;
        }
      } else if (lead == 0) {
        items.blank();
        inHtmlBlock = false;
        inBlockTagHtml = false;
      }
      if (inHtmlBlock) {
        htmlBlocks.set(line);
      }
      lineStart = lineEnd + 1;
    }
    Optional<Unclosed> unclosed = fenceChar != 0
        ? Optional.of(new Unclosed(openedOn, "code block", "code", String.valueOf(fenceChar).repeat(fenceLength)))
        : inComment ? Optional.of(new Unclosed(openedOn, "comment", "a comment", "-->")) : Optional.empty();
    return new HiddenLines(hidden, indentedCode, comments, new BitSet(), htmlBlocks, unclosed,
        new Quotations(text, quotationsInListItems, quotationsAfterItemMarkers));
  }

  /**
   * Whether the text is an HTML document, not Markdown: it opens, past white space and comments,
   * with {@code <!DOCTYPE html} or an {@code <html>} tag, as a page saved from a browser does.
   */
  private static boolean isHtmlDocument(String text) {
    int at = 0;
    while (true) {
      while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
        at++;
      }
      if (!text.startsWith("<!--", at)) {
        break;
      }
      int end = text.indexOf("-->", at + 4);
      if (end < 0) {
        return false;
      }
      at = end + 3;
    }
    return startsWithTag(text, at, "<!doctype html") || startsWithTag(text, at, "<html");
  }

  /** Whether {@code tag} stands at {@code at}, in any case, followed by white space, {@code >} or {@code /}. */
  private static boolean startsWithTag(String text, int at, String tag) {
    int end = at + tag.length();
    return text.regionMatches(true, at, tag, 0, tag.length()) && end < text.length()
        && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '>' || text.charAt(end) == '/');
  }

  /** Whether a tag's name, or an end tag's, starts at {@code at}: a letter, after a {@code /} or not. */
  static boolean opensTag(String text, int at, int lineEnd) {
    int name = at < lineEnd && text.charAt(at) == '/' ? at + 1 : at;
    return name < lineEnd && ((text.charAt(name) >= 'a' && text.charAt(name) <= 'z')
        || (text.charAt(name) >= 'A' && text.charAt(name) <= 'Z'));
  }

  /**
   * The column a line's content starts at inside its quotations: past the last marker and the one
   * space a marker may take; 0 outside any quotation.
   */
  private static int quoteMargin(String text, int lastMarker, int lineStart) {
    if (lastMarker < 0) {
      return 0;
    }
    return (lastMarker + 1 < text.length() && text.charAt(lastMarker + 1) == ' ' ? lastMarker + 2 : lastMarker + 1)
        - lineStart;
  }

  /**
   * The list items open at a line, as CommonMark opens and closes them, to tell indented code from
   * an item's content: the column each item's content starts at, innermost last. A list item in
   * MDN's definitions ({@code   - : text}) holds its table four columns in, as content.
   */
  private static final class ListItems {
    private int[] contentColumns = new int[8];
    /** How deep in quotations each item stands: a quotation may stand in an item, and hold items. */
    private int[] depths = new int[8];
    private int open;
    private int quoteDepth;
    /** Whether the line before ends any paragraph, so that indented code may start. */
    private boolean codeMayStart = true;
    /** The column the indented code block the lines are in is indented past; -1 outside one. */
    private int codeMargin = -1;

    void blank() {
      codeMayStart = true;
    }

    /** A line of a fenced code block or a comment, after which no paragraph goes on. */
    void afterBlock() {
      codeMayStart = true;
      codeMargin = -1;
    }

    /**
     * Whether a {@code >} at this column opens a quotation: up to three columns past the margin,
     * or past the content of a list item outside any quotation that the line goes on.
     */
    boolean mayOpenQuotation(int column) {
      if (column <= 3) {
        return true;
      }
      for (int i = 0; i < open && depths[i] == 0; i++) {
        if (column >= contentColumns[i] && column - contentColumns[i] <= 3) {
          return true;
        }
      }
      return false;
    }

    /**
     * Records the list items a line opens before a quotation that opens on the same line
     * ({@code - > text}), and closes those it stands outside of.
     *
     * @param from where the line's first marker stands
     * @param to where the quotation's marker stands
     */
    void openBefore(String text, int lineStart, int from, int to) {
      int indent = ListMarkers.column(text, lineStart, from, 0);
      while (open > 0 && (depths[open - 1] > 0 || indent < contentColumns[open - 1])) {
        open--;
      }
      openItems(text, from, indent, ListMarkers.width(text, from), to, 0);
    }

    /**
     * Whether a line that is not blank is indented code; records the list items it opens, and
     * closes those it stands outside of.
     *
     * @param first where the line's text starts, past any quotation markers
     * @param quoteMargin the column its quotations' content starts at, 0 outside any
     * @param depth how deep in quotations it stands
     * @param markerColumn the column its first quotation marker stands at, if it has one
     */
    boolean isIndentedCode(String text, int lineStart, int first, int quoteMargin, int depth, int markerColumn) {
      if (depth != quoteDepth) {
        quoteDepth = depth;
        codeMargin = -1;
      }
      // The items of a quotation that ended, and those a quotation starting here stands outside of,
      // are no margin here; a quotation inside an item leaves it open.
      for (int i = 0; i < open; i++) {
        if (depths[i] > depth || (depths[i] < depth && contentColumns[i] > markerColumn)) {
          open = i;
          break;
        }
      }
      int indent = ListMarkers.column(text, lineStart, first, 0);
      if (codeMargin >= 0 && indent >= codeMargin + 4) {
        return true;
      }
      codeMargin = -1;
      boolean thematicBreak = ListMarkers.isThematicBreak(text, first);
      int marker = thematicBreak ? 0 : ListMarkers.width(text, first);
      char lead = text.charAt(first);
      boolean singleLineBlock = lead == '#' || thematicBreak; // a heading or a rule ends on its line
      if (codeMayStart || marker > 0 || singleLineBlock) { // no paragraph goes on lazily past these
        while (open > 0 && indent < contentColumns[open - 1]) {
          open--;
        }
      }
      int margin = Math.max(quoteMargin, open > 0 ? contentColumns[open - 1] : 0);
      if (codeMayStart && indent >= margin + 4) {
        codeMargin = margin;
        return true;
      }
      if (openItems(text, first, indent, marker, text.length(), depth)) {
        codeMargin = contentColumns[open - 1]; // the item's code goes on on lines four columns past its content
        codeMayStart = true;
        return true;
      }
      codeMayStart = singleLineBlock;
      return false;
    }

    /**
     * Records the list items whose markers stand from {@code at} (at column {@code atColumn}) on,
     * before {@code end}: {@code - 1. x} opens two.
     *
     * @param width the width of the marker at {@code at}; 0 for none
     * @param depth how deep in quotations the items stand
     * @return whether the last item opens with indented code, five or more columns past its marker
     */
    private boolean openItems(String text, int at, int atColumn, int width, int end, int depth) {
      for (; width > 0 && at < end; width = ListMarkers.width(text, at)) {
        int afterMarker = ListMarkers.column(text, at, at + width, atColumn);
        int content = DocumentText.afterBlanks(text, at + width, text.length());
        int contentColumn = ListMarkers.column(text, at + width, content, afterMarker);
        boolean empty = content >= text.length() || text.charAt(content) == '\n' || text.charAt(content) == '\r';
        if (empty || ListMarkers.opensWithCode(afterMarker, contentColumn)) {
          push(afterMarker + 1, depth); // an empty item, or one opening with code: its content is a space past the marker
          return !empty;
        }
        push(contentColumn, depth);
        at = content;
        atColumn = contentColumn;
      }
      return false;
    }

    private void push(int contentColumn, int depth) {
      if (open == contentColumns.length) {
        contentColumns = Arrays.copyOf(contentColumns, open * 2);
        depths = Arrays.copyOf(depths, open * 2);
      }
      depths[open] = depth;
      contentColumns[open++] = contentColumn;
    }
  }

  /**
   * Where a string occurs in the text from a position on, each found once: asked for positions
   * that only grow, the search never goes over the same text twice.
   */
  private static final class Occurrences {
    private final String text;
    private final String what;
    private int next = -2; // not yet searched

    Occurrences(String text, String what) {
      this.text = text;
      this.what = what;
    }

    /** The first occurrence at or after {@code from}; -1 for none. */
    int from(int from) {
      if (next == -2 || (next >= 0 && next < from)) {
        next = text.indexOf(what, from);
      }
      return next;
    }
  }

  /** How many times {@code c} stands in a row in the text from {@code from}, up to {@code end}. */
  private static int run(String text, int from, int end, char c) {
    int i = from;
    while (i < end && text.charAt(i) == c) {
      i++;
    }
    return i - from;
  }
}
