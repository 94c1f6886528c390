package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Parses the HTML that a page holds, in a Markdown page or an HTML one, keeping the structure as
 * written. A browser's HTML parser would drop a {@code <td>} whose table tag is misspelled; the
 * XML-style tree builder used here keeps every element where the page put it, so tables can be
 * recognised by their shape rather than their tag names. The plain markup of MDN pages is built
 * into the same tree by {@link PlainMarkup}, without setting up jsoup's parser.
 */
final class Markup {

  /** HTML's void elements, which the XML-style builder would otherwise leave open. */
  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  /** The tags the text is scanned for before parsing. */
  private enum Tag { TABLE, ROW_GROUP, TR, TD, TH, VOID, OTHER }

  /**
   * The attribute of a {@code <tr>} written before cells that stand straight in a table or a row
   * group, as HTML makes a row of them: their own {@code <tr>} was lost, which the reader says.
   */
  static final String IMPLIED_ROW = "closecodes-implied-row";

  private static final Tag[] ROW_AND_CELL_TAGS = {Tag.TR, Tag.TD, Tag.TH};

  /**
   * Tags whose misspelling is worth repairing: the ones that carry meaning here. Names shorter
   * than four letters are too close to each other to repair safely ({@code tw} could be
   * {@code tr}, {@code th} or {@code td}); rows and cells are found by shape instead.
   */
  private static final Set<String> REPAIRABLE =
      Set.of("table", "thead", "tbody", "tfoot", "strong", "code", "caption", "span", "section");

  private static final Set<String> KNOWN =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "blockquote", "body", "br", "caption", "cite", "code",
          "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption",
          "figure", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img",
          "ins", "kbd", "li", "mark", "nav", "ol", "p", "pre", "q", "s", "samp", "section", "small",
          "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
          "time", "tr", "tt", "u", "ul", "var", "wbr", "main", "article", "aside", "footer", "label",
          "input", "button", "form", "iframe", "script", "style", "svg", "path", "meta", "link",
          "title", "source", "video", "audio", "picture", "area", "map", "embed", "track", "font",
          "center", "big", "strike", "nobr");

  /**
   * Every element name HTML defines, current and obsolete, and the roots of SVG and MathML: a tag
   * of another name is unknown to a browser, which shows it as an inline element of no meaning.
   */
  private static final Set<String> HTML_ELEMENTS = Set.of(
      "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base",
      "basefont", "bdi", "bdo", "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas",
      "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
      "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font",
      "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
      "hr", "html", "i", "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label",
      "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta",
      "meter", "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol",
      "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb",
      "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small",
      "source", "spacer", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
      "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt",
      "u", "ul", "var", "video", "wbr", "xmp");

  /** HTML's text-level elements, which mark words inside running text, current and obsolete. */
  private static final Set<String> TEXT_LEVEL = Set.of(
      "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
      "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
      "tt", "u", "var");

  private Markup() {}

  /** Whether HTML's element of the name, in lower case, marks words inside running text ({@code <code>}, {@code <a>}). */
  static boolean isTextLevel(String normalName) {
    return TEXT_LEVEL.contains(normalName);
  }

  /** Whether HTML defines an element of the name, in lower case (no custom element's). */
  static boolean isHtmlElement(String normalName) {
    return HTML_ELEMENTS.contains(normalName);
  }

  /**
   * Whether a browser knows a tag name: an element HTML defines, or a custom element (named with a
   * hyphen). Of any other name it makes an inline element of no meaning.
   */
  static boolean isKnownToBrowsers(String normalName) {
    return HTML_ELEMENTS.contains(normalName) || normalName.indexOf('-') >= 0;
  }

  /** Whether misspelled tag names are repaired as the text is parsed. */
  enum TagNames { AS_WRITTEN, REPAIRED }

  /** Attributes whose misspelling is worth repairing: a span lost moves the cells after it. */
  private static final List<String> REPAIRABLE_ATTRIBUTES = List.of("colspan", "rowspan");

  /**
   * A misspelled tag name or attribute name repaired, at the line of the element; a tag whose
   * names HTML would run into what follows them ({@link TagSpacing}); or an unknown tag between
   * two words, which are parted.
   *
   * @param written the name as written; for a tag's spacing, the tag between its angle brackets
   * @param repaired the name it is read as, or the tag; for a tag between two words, the words run together
   */
  record Repair(String written, String repaired, int line, Kind kind) {}

  /** What a {@link Repair} mends. */
  enum Kind { TAG_NAME, TABLE_CELL_TAG, TAG_SPACING, ATTRIBUTE_NAME, ATTRIBUTE_VALUE, WORDS_RUN_TOGETHER }

  /**
   * A parsed text: its root element, whose nodes know the lines they start on, and the tag names
   * repaired in it.
   *
   * @param builtPlain whether {@link PlainMarkup} built it, its nodes carrying their lines; else
   *     jsoup's parser tracked their positions
   */
  record Tree(Element root, boolean builtPlain, List<Repair> repairs) {
    /** The line a node starts on, 1-based; 0 when it is not known. */
    int trackedLine(Node node) {
      if (builtPlain) {
        return PlainMarkup.lineOf(node);
      }
      return Math.max(node.sourceRange().start().lineNumber(), 0);
    }

    /** The line a text ends on, its line breaks counted, 1-based; 0 when its start is not known. */
    int lastLineOf(TextNode text) {
      return lineAfter(text, text.getWholeText().length());
    }

    /**
     * The line of a text's last character that is not white space, not of the line breaks after
     * it, 1-based; 0 when its start is not known.
     */
    int lastWordLineOf(TextNode text) {
      String whole = text.getWholeText();
      int end = whole.length();
      while (end > 0 && Character.isWhitespace(whole.charAt(end - 1))) {
        end--;
      }
      return lineAfter(text, end);
    }

    /** The line of a text's first character that is not white space; 0 when its start is not known. */
    int firstWordLineOf(TextNode text) {
      String whole = text.getWholeText();
      int start = 0;
      while (start < whole.length() && Character.isWhitespace(whole.charAt(start))) {
        start++;
      }
      return lineAfter(text, start);
    }

    /** The line the text's first {@code length} characters end on; 0 when its start is not known. */
    private int lineAfter(TextNode text, int length) {
      int first = trackedLine(text);
      if (first == 0) {
        return 0;
      }
      String whole = text.getWholeText();
      int breaks = 0;
      for (int i = 0; i < length; i++) {
        breaks += whole.charAt(i) == '\n' ? 1 : 0;
      }
      return first + breaks;
    }

    /** The line a node starts on, 1-based; 1 when it is not known. */
    int lineOf(Node node) {
      int line = trackedLine(node);
      return line > 0 ? line : 1;
    }

    /** The line of the first visible text inside an element, else the element's own line. */
    int firstTextLine(Element element) {
      for (int i = 0; i < element.childNodeSize(); i++) { // childNodes() copies them
        Node node = element.childNode(i);
        if (node instanceof TextNode text && !RichTexts.isBlank(text.getWholeText())) {
          return lineOf(text);
        }
        if (node instanceof Element child && !RichTexts.isBlank(child.text())) {
          return firstTextLine(child);
        }
      }
      return lineOf(element);
    }
  }

  /**
   * Parses {@code text}; node positions are lines of {@code text}. Markup of the plain shape MDN
   * pages have is built by {@link PlainMarkup} in one pass; the rest is read by jsoup's parser.
   */
  static Tree parse(String text, TagNames tagNames) {
    return parseShown(withoutHiddenContent(text), tagNames);
  }

  /**
   * Parses text as {@link #parse} does, where the content of the elements a browser never shows is
   * blanked already ({@link #withoutHiddenContent}).
   */
  static Tree parseShown(String shown, TagNames tagNames) {
    List<Repair> spacing = new ArrayList<>(0);
    String closedVoids = closeOmittedTags(tagNames == TagNames.REPAIRED ? TagSpacing.mended(shown, spacing) : shown);
    Tree plain = PlainMarkup.read(closedVoids, tagNames);
    Tree tree = plain != null ? plain : readWithJsoup(closedVoids, tagNames);
    tree.repairs().addAll(0, spacing);
    if (tagNames == TagNames.REPAIRED) {
      partWordsAtUnknownTags(tree.root(), tree, tree.repairs());
    }
    return tree;
  }

  /** Parses text whose omitted end tags are written with jsoup's XML-style builder, with HTML's settings. */
  static Tree readWithJsoup(String text, TagNames tagNames) {
    Parser parser = Parser.xmlParser().settings(ParseSettings.htmlDefault).setTrackPosition(true);
    Document document = Jsoup.parse(text, "", parser);
    Tree tree = new Tree(document, false, new ArrayList<>());
    if (tagNames == TagNames.REPAIRED) {
      repairNames(document, tree, 0, tree.repairs());
    }
    return tree;
  }

  /**
   * Repairs the misspelled tag and attribute names under {@code root}, recording each in
   * {@code repairs}: at its element's line in {@code tree}, or at {@code line} where there is none.
   */
  private static void repairNames(Element root, Tree tree, int line, List<Repair> repairs) {
    // jsoup's own walk, in document order and without recursion: the tree is not yet checked for depth
    for (Element element : root.getAllElements()) {
      int at = tree == null ? line : tree.lineOf(element);
      String repaired = repairedName(element.tagName());
      if (repaired != null) {
        repairs.add(new Repair(element.tagName(), repaired, at, Kind.TAG_NAME));
        element.tagName(repaired);
      }
      if (element.attributesSize() > 0) {
        repairAttributes(element.attributes(), at, repairs);
      }
    }
  }

  /**
   * Where the comment or CDATA section that {@code text}'s markup opens and never closes starts, an
   * offset in {@code text}, the text {@link #parse} read; -1 for none. Such a node takes in the
   * rest of the text, as in a browser, and so is the tree's last; only jsoup's parser builds one.
   * On its line, it is the opener with no closer anywhere after it.
   */
  static int unclosedComment(Tree tree, String text) {
    Node last = tree.root();
    while (last.childNodeSize() > 0) { // the last node in the order of the text: no recursion
      last = last.childNode(last.childNodeSize() - 1);
    }
    String opener = last instanceof Comment ? "<!--" : last instanceof CDataNode ? "<![CDATA[" : null;
    if (opener == null) {
      return -1;
    }
    String closer = opener.equals("<!--") ? "-->" : "]]>";
    int lineStart = DocumentText.lineStart(text, tree.lineOf(last));
    int lineEnd = DocumentText.lineEnd(text, lineStart);
    // Read as the markup is: a comment ends at its first closer, and the next opener is after it.
    for (int at = text.indexOf(opener, lineStart); at >= 0 && at < lineEnd; ) {
      int close = opener.equals("<!--") ? HiddenLines.commentEnd(text, at, text.length())
          : text.indexOf(closer, at + opener.length());
      if (close < 0) {
        return at;
      }
      at = text.indexOf(opener, close);
    }
    return -1;
  }

  /**
   * Parses a fragment of HTML, such as a Markdown renderer's output.
   *
   * @param line the page line the fragment comes from, for the error if it nests too deeply
   */
  static Element parseFragment(String html, int line, PageContext context) {
    Element body = Jsoup.parseBodyFragment(html).body();
    elements(new Tree(body, false, List.of()), line, context); // only to check the depth
    // Repaired as the page's own tree repairs them, which reports them: a fragment is part of the page.
    List<Repair> reportedWithThePage = new ArrayList<>();
    repairNames(body, null, line, reportedWithThePage);
    partWordsAtUnknownTags(body, null, reportedWithThePage);
    return body;
  }

  /**
   * Puts a space before each unknown element that stands straight between two letters or digits
   * ({@code connexion<bw>a}): a browser runs the words together, but no one writes a tag inside a
   * word, and one too short to repair is most likely a misspelled {@code <br>}. Custom elements
   * (named with a hyphen) and what SVG or MathML holds are left as they are.
   *
   * @param tree where the elements' lines are known, for {@code repairs}; null for a fragment
   */
  private static void partWordsAtUnknownTags(Element root, Tree tree, List<Repair> repairs) {
    // Found in one walk, and the texts changed in place, so that a page of many such tags, or of
    // deep ones, takes time in proportion to its size.
    Set<Element> inSvgOrMath = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : root.getAllElements()) {
      String name = element.normalName();
      if ((name.equals("svg") || name.equals("math")) && !inSvgOrMath.contains(element)) {
        inSvgOrMath.addAll(element.getAllElements());
      }
      if (element == root || isKnownToBrowsers(name) || name.startsWith("#")
          || !(element.previousSibling() instanceof TextNode before) || inSvgOrMath.contains(element)) {
        continue;
      }
      String after = textRightAfterStart(element);
      String written = before.getWholeText();
      if (written.isEmpty() || after.isEmpty()
          || !UnicodeCharacters.isLetterOrDigit(written.codePointBefore(written.length()))
          || !UnicodeCharacters.isLetterOrDigit(after.codePointAt(0))) {
        continue;
      }
      before.text(written + " ");
      if (tree != null) {
        repairs.add(new Repair(element.tagName(), lastWord(written) + firstWord(after), tree.lineOf(element),
            Kind.WORDS_RUN_TOGETHER));
      }
    }
  }

  /**
   * The text a browser shows straight after an element's start tag: the first text inside it,
   * down its first children, else, where it is empty, the text after it.
   */
  private static String textRightAfterStart(Element element) {
    if (element.childNodeSize() == 0) {
      return element.nextSibling() instanceof TextNode text ? text.getWholeText() : "";
    }
    Node node = element;
    while (node.childNodeSize() > 0) {
      node = node.childNode(0);
    }
    return node instanceof TextNode text ? text.getWholeText() : "";
  }

  private static String lastWord(String text) {
    int start = text.length();
    while (start > 0 && text.length() - start < 20
        && UnicodeCharacters.isLetterOrDigit(text.codePointBefore(start))) {
      start = text.offsetByCodePoints(start, -1);
    }
    return text.substring(start);
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && end < 20 && UnicodeCharacters.isLetterOrDigit(text.codePointAt(end))) {
      end = text.offsetByCodePoints(end, 1);
    }
    return text.substring(0, end);
  }

  /**
   * The elements a browser never shows, whose content HTML reads as no markup of the page: a
   * script, a style and a template; a title, an iframe's fallback, {@code <noembed>} and
   * {@code <noframes>}, which HTML reads as text.
   */
  static final List<String> NEVER_SHOWN = List.of("script", "style", "template", "title", "iframe", "noembed",
      "noframes");

  /**
   * The elements whose content is no markup of the page, though the XML-style builder would read
   * it as markup: those a browser never shows ({@link #NEVER_SHOWN}), and {@code <textarea>} and
   * {@code <xmp>}, which HTML reads as text and a browser shows as written, a form's field or a
   * listing, neither a table's row nor a description's words.
   */
  static final List<String> HIDDEN_CONTENT = withShownAsWritten(NEVER_SHOWN);

  private static List<String> withShownAsWritten(List<String> neverShown) {
    List<String> all = new ArrayList<>(neverShown);
    all.add("textarea");
    all.add("xmp");
    return List.copyOf(all);
  }

  /**
   * The text with what each element of {@link #HIDDEN_CONTENT} holds made spaces, its line breaks
   * kept, so that lines stay where they were: a script's string of HTML is no paragraph and no
   * table of the page. Only where the element is closed, and not where its tag stands in a code
   * span (`<script>`), which names it.
   */
  static String withoutHiddenContent(String text) {
    return withHiddenContentBlanked(text, true);
  }

  /**
   * An element of {@link #HIDDEN_CONTENT} in a text: where its start tag opens, where its content
   * starts, and where its end tag opens and ends.
   */
  record HiddenContent(int tagStart, int contentStart, int close, int closeEnd) {}

  /**
   * The closed elements of {@link #HIDDEN_CONTENT} in the text, in order, each after the one before
   * has closed; not one whose tag stands in a code span (`<script>`), which names it.
   */
  static List<HiddenContent> hiddenContent(String text) {
    List<HiddenContent> found = null; // made for the few pages that have such an element
    // A name with no end tag after one start has none after any later start: looked for once.
    List<String> neverClosed = new ArrayList<>(HIDDEN_CONTENT.size());
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      String name = hiddenContentTag(text, i + 1);
      if (name == null || (i > 0 && text.charAt(i - 1) == '`') || neverClosed.contains(name)) {
        continue;
      }
      int contentStart = text.indexOf('>', i);
      int close = contentStart < 0 ? -1 : closingTag(text, contentStart + 1, name);
      if (close < 0) {
        neverClosed.add(name);
        continue;
      }
      int closeEnd = text.indexOf('>', close);
      found = found == null ? new ArrayList<>() : found;
      found.add(new HiddenContent(i, contentStart + 1, close, closeEnd < 0 ? text.length() : closeEnd + 1));
      i = close;
    }
    return found == null ? List.of() : found;
  }

  /**
   * The text with the start and end tags of each element of {@link #HIDDEN_CONTENT} made spaces,
   * so that what it holds is read as the page's markup, as a comment's is when it is opened.
   */
  static String withHiddenContentOpened(String text) {
    return withHiddenContentBlanked(text, false);
  }

  /** The text with each such element's {@code content} made spaces, or else its two tags. */
  private static String withHiddenContentBlanked(String text, boolean content) {
    List<HiddenContent> elements = hiddenContent(text);
    if (elements.isEmpty()) {
      return text;
    }
    char[] blanked = text.toCharArray();
    for (HiddenContent element : elements) {
      if (content) {
        blank(blanked, element.contentStart(), element.close());
      } else {
        blank(blanked, element.tagStart(), element.contentStart());
        blank(blanked, element.close(), element.closeEnd());
      }
    }
    return new String(blanked);
  }

  /** The lines, counted from 0, from each such element's start tag to its end tag. */
  static BitSet hiddenContentLines(String text) {
    BitSet lines = new BitSet();
    int line = 0;
    int counted = 0; // the offset up to which line breaks are counted
    for (HiddenContent element : hiddenContent(text)) {
      line += count(text, '\n', counted, element.tagStart());
      int last = line + count(text, '\n', element.tagStart(), element.closeEnd());
      lines.set(line, last + 1);
      line = last;
      counted = element.closeEnd();
    }
    return lines;
  }

  /** Makes the characters from {@code from} to {@code to} spaces, line breaks kept. */
  private static void blank(char[] text, int from, int to) {
    for (int at = from; at < to; at++) {
      text[at] = text[at] == '\n' ? '\n' : ' ';
    }
  }

  /** How many times {@code c} stands in the text from {@code from} to {@code to}. */
  private static int count(String text, char c, int from, int to) {
    int count = 0;
    for (int at = text.indexOf(c, from); at >= 0 && at < to; at = text.indexOf(c, at + 1)) {
      count++;
    }
    return count;
  }

  /** The element of hidden content whose start tag's name stands at {@code at}, in any case; null for none. */
  static String hiddenContentTag(String text, int at) {
    if (at >= text.length()) {
      return null;
    }
    // Asked at every '<' of a page: a first letter no name opens with settles it without a compare.
    char first = text.charAt(at);
    first = first >= 'A' && first <= 'Z' ? (char) (first + ('a' - 'A')) : first;
    for (String name : HIDDEN_CONTENT) {
      int end = at + name.length();
      if ((first == name.charAt(0) || first >= 0x80) // a few letters past ASCII match ASCII ones in any case
          && text.regionMatches(true, at, name, 0, name.length()) && end < text.length()
          && (text.charAt(end) == '>' || text.charAt(end) == '/' || Character.isWhitespace(text.charAt(end)))) {
        return name;
      }
    }
    return null;
  }

  /** Where the first {@code </name} from {@code from} stands, in any case; -1 for none. */
  static int closingTag(String text, int from, String name) {
    for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
      if (text.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Writes the end tags HTML lets a page leave out, so that the XML-style parse nests elements as
   * a browser would: a void element such as {@code <br>} is closed ({@code <br/>}), and within a
   * table a {@code <tr>} ends the open row and a {@code <td>} or {@code <th>} the open cell (the
   * parse would otherwise nest each unclosed row inside the one before it). What is written stays
   * on its line, so lines stay where they were. One pass over the text, making no string for a
   * tag that is none of these.
   */
  static String closeOmittedTags(String text) {
    StringBuilder out = new StringBuilder(); // stays empty, and small, when nothing is written
    Deque<OpenTable> tables = new ArrayDeque<>();
    tables.push(new OpenTable()); // rows and cells outside any <table> too
    int copied = 0;
    int i = text.indexOf('<');
    while (i >= 0 && i + 1 < text.length()) {
      if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          break;
        }
        i = text.indexOf('<', end + 3);
        continue;
      }
      boolean closing = text.charAt(i + 1) == '/';
      int nameStart = i + (closing ? 2 : 1);
      int nameEnd = nameStart;
      while (nameEnd < text.length() && isTagNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      Tag tag = tagAt(text, nameStart, nameEnd);
      OpenTable table = tables.peek();
      String ends = "";
      int selfClose = -1;
      // HTML reads a slash before a table tag's '>' as nothing: <td/> opens a cell, as <td> does.
      int slashIgnored = -1;
      if (!closing && tag != Tag.OTHER && tag != Tag.VOID) {
        int end = tagEnd(text, nameEnd);
        slashIgnored = end > 0 && text.charAt(end - 1) == '/' ? end - 1 : -1;
      }
      if (tag == Tag.OTHER && !table.row && nameEnd > nameStart
          && UnicodeCharacters.isAsciiLetter(text.charAt(nameStart))) {
        // An element between the table and its rows, such as a misspelt <tr>: cells in it are its.
        if (closing) {
          table.othersOpen = Math.max(0, table.othersOpen - 1);
        } else {
          int end = tagEnd(text, nameEnd);
          table.othersOpen += end > 0 && text.charAt(end - 1) == '/' ? 0 : 1;
        }
      }
      if (closing) {
        switch (tag) {
          case TABLE -> {
            if (tables.size() > 1) {
              tables.pop();
            }
          }
          case TR, ROW_GROUP -> {
            table.row = false;
            table.cell = null;
          }
          case TD, TH -> {
            if (tag == table.cell) {
              table.cell = null;
            }
          }
          default -> {
            // nothing to track
          }
        }
      } else {
        switch (tag) {
          case TABLE -> {
            OpenTable opened = new OpenTable();
            opened.inTable = true;
            tables.push(opened);
          }
          case TR, ROW_GROUP -> {
            ends = table.endCell() + (table.row ? "</tr>" : "");
            table.row = tag == Tag.TR;
          }
          case TD, TH -> {
            ends = table.endCell();
            if (!table.row && table.inTable && table.othersOpen == 0) {
              // a cell straight in a table or a row group: HTML makes a row of it and the cells after it
              ends += "<tr " + IMPLIED_ROW + ">";
              table.row = true;
            }
            table.cell = tag;
          }
          case VOID -> {
            int end = tagEnd(text, nameEnd);
            selfClose = end > 0 && text.charAt(end - 1) != '/' ? end : -1;
          }
          default -> {
            // not a tag whose end may be left out
          }
        }
      }
      if (!ends.isEmpty()) {
        out.append(text, copied, i).append(ends);
        copied = i;
      }
      if (selfClose >= 0) {
        out.append(text, copied, selfClose).append('/');
        copied = selfClose;
      }
      if (slashIgnored >= 0) {
        out.append(text, copied, slashIgnored).append(' ');
        copied = slashIgnored + 1;
      }
      i = text.indexOf('<', nameEnd);
    }
    return copied == 0 && out.length() == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** Which tag the name between {@code start} and {@code end} is, in any case. */
  private static Tag tagAt(String text, int start, int end) {
    int length = end - start;
    if (length == 2) {
      for (Tag tag : ROW_AND_CELL_TAGS) {
        if (text.regionMatches(true, start, tag.name(), 0, 2)) {
          return tag;
        }
      }
    }
    if (length == 5 && text.regionMatches(true, start, "table", 0, 5)) {
      return Tag.TABLE;
    }
    if (length == 5 && (text.regionMatches(true, start, "thead", 0, 5) || text.regionMatches(true, start, "tbody", 0, 5)
        || text.regionMatches(true, start, "tfoot", 0, 5))) {
      return Tag.ROW_GROUP;
    }
    if (length >= 2 && length <= 6) {
      for (String name : VOID_ELEMENTS) {
        if (name.length() == length && text.regionMatches(true, start, name, 0, length)) {
          return Tag.VOID;
        }
      }
    }
    return Tag.OTHER;
  }

  /** What a table has open while its text is scanned: a row, and the cell in it. */
  private static final class OpenTable {
    /** Whether this is a {@code <table>}, not the text outside any. */
    boolean inTable;
    /** How many other elements are open outside its rows, row groups aside. */
    int othersOpen;
    boolean row;
    /** {@link Tag#TD} or {@link Tag#TH}, or null. */
    Tag cell;

    /** Ends the open cell: the end tag to write, or nothing. */
    String endCell() {
      String end = cell == null ? "" : cell == Tag.TD ? "</td>" : "</th>";
      cell = null;
      return end;
    }
  }

  /** The {@code >} of the tag whose name ends at {@code from}, or -1; looks no further than the next tag. */
  private static int tagEnd(String text, int from) {
    for (int i = from; i < text.length() && text.charAt(i) != '<'; i++) {
      if (text.charAt(i) == '>') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTagNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }

  /**
   * Every element of the tree, in document order, walked once without recursion. Fails at the
   * first element nested deeper than {@link InputLimits#MAX_NESTING}, so that everything that
   * walks the tree afterwards may recurse safely.
   *
   * @param line the line to report when the tree tracks none
   */
  static List<Element> elements(Tree tree, int line, PageContext context) {
    List<Element> elements = new ArrayList<>();
    Deque<Element> pending = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    pending.push(tree.root());
    depths.push(0);
    while (!pending.isEmpty()) {
      Element element = pending.pop();
      int depth = depths.pop();
      if (depth > InputLimits.MAX_NESTING) {
        int tracked = tree.trackedLine(element);
        throw context.tooDeep(tracked > 0 ? tracked : line);
      }
      elements.add(element);
      for (int i = element.childNodeSize() - 1; i >= 0; i--) { // the first child is taken next
        if (element.childNode(i) instanceof Element child) {
          pending.push(child);
          depths.push(depth + 1);
        }
      }
    }
    return elements;
  }

  /** The element after this one among its siblings, or null; steps over text in constant time a node. */
  static Element nextElement(Element element) {
    for (Node node = element.nextSibling(); node != null; node = node.nextSibling()) {
      if (node instanceof Element next) {
        return next;
      }
    }
    return null;
  }

  /** Whether the element has two or more child elements, the shape of a table row; allocates nothing. */
  static boolean hasTwoChildElements(Element element) {
    int found = 0;
    for (int i = 0; i < element.childNodeSize() && found < 2; i++) {
      if (element.childNode(i) instanceof Element) {
        found++;
      }
    }
    return found >= 2;
  }

  /**
   * An element's child elements. Walks the child nodes directly: jsoup's own element lists are
   * rebuilt and searched in ways that make a walk of a large table quadratic.
   */
  static List<Element> childElements(Element element) {
    if (element.childNodeSize() == 0) {
      return List.of();
    }
    List<Element> children = new ArrayList<>(element.childNodeSize());
    for (int i = 0; i < element.childNodeSize(); i++) {
      if (element.childNode(i) instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  /** Whether the name, in lower case, is one of the HTML tags the reader knows. */
  static boolean isKnownTag(String name) {
    return KNOWN.contains(name);
  }

  /**
   * The meaningful tag an unknown tag name is one edit away from, when it is exactly one
   * ({@code stwong} is {@code strong}); else null.
   */
  static String repairedName(String name) {
    if (name.length() < 4 || KNOWN.contains(name) || name.startsWith("#")) {
      return null;
    }
    return onlyOneEditFrom(name, REPAIRABLE);
  }

  /** The one name of {@code known} one edit away from {@code name}; null for none, or for several. */
  private static String onlyOneEditFrom(String name, java.util.Collection<String> known) {
    String found = null;
    int candidates = 0;
    for (String candidate : known) {
      if (oneEditApart(name, candidate)) {
        found = candidate;
        candidates++;
      }
    }
    return candidates == 1 ? found : null;
  }

  /**
   * The attribute an unknown attribute name is one edit away from, when it is exactly one
   * ({@code wowspan} is {@code rowspan}; {@code cowspan}, one from both, is neither), and the
   * element has no attribute of that name already, which then stays as it is; else null.
   */
  static String repairedAttribute(String name, org.jsoup.nodes.Attributes attributes) {
    if (name.length() < 6 || REPAIRABLE_ATTRIBUTES.contains(name)) {
      return null;
    }
    String repaired = onlyOneEditFrom(name, REPAIRABLE_ATTRIBUTES);
    return repaired != null && !attributes.hasKey(repaired) ? repaired : null;
  }

  /**
   * Renames misspelled span attributes in place, keeping their order; each renamed is added to
   * {@code repairs} at the line given. Both ways of parsing a page do this, so that they give one tree.
   */
  static void repairAttributes(org.jsoup.nodes.Attributes attributes, int line, List<Repair> repairs) {
    boolean any = false;
    for (org.jsoup.nodes.Attribute attribute : attributes) {
      any |= repairedAttribute(attribute.getKey(), attributes) != null;
    }
    if (!any) {
      repairSpanValues(attributes, line, repairs);
      return;
    }
    org.jsoup.nodes.Attributes written = attributes.clone();
    for (org.jsoup.nodes.Attribute attribute : written) {
      attributes.remove(attribute.getKey());
    }
    for (org.jsoup.nodes.Attribute attribute : written) {
      String repaired = repairedAttribute(attribute.getKey(), written);
      if (repaired != null) {
        repairs.add(new Repair(attribute.getKey(), repaired, line, Kind.ATTRIBUTE_NAME));
      }
      attributes.put(repaired == null ? attribute.getKey() : repaired, attribute.getValue());
    }
    repairSpanValues(attributes, line, repairs);
  }

  /** The quotation marks a word processor makes of straight ones, which HTML reads as text. */
  private static final String CURLY_QUOTES = "\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A\u2033\u2032";

  /**
   * Reads a span whose number stands between curly quotes ({@code colspan=“2”}) as that number,
   * each so read added to {@code repairs}: HTML reads such a value as no number, a span of 1, and
   * the cells after it move.
   */
  private static void repairSpanValues(org.jsoup.nodes.Attributes attributes, int line, List<Repair> repairs) {
    for (String name : REPAIRABLE_ATTRIBUTES) {
      String value = attributes.get(name);
      if (value.length() >= 3 && CURLY_QUOTES.indexOf(value.charAt(0)) >= 0
          && CURLY_QUOTES.indexOf(value.charAt(value.length() - 1)) >= 0
          && DocumentText.isAsciiDigits(value.substring(1, value.length() - 1))) {
        String number = value.substring(1, value.length() - 1);
        repairs.add(new Repair(name + "=" + value, name + "=\"" + number + "\"", line, Kind.ATTRIBUTE_VALUE));
        attributes.put(name, number);
      }
    }
  }


  /**
   * Reports what was repaired in the tree: one warning for each misspelling, and for each unknown
   * tag that stood between words, at its first use.
   */
  static void reportRepairs(Tree tree, String file, Diagnostics diagnostics) {
    // a page misspells the same tag many times
    Map<String, List<Repair>> byRepair = new LinkedHashMap<>();
    for (Repair repair : tree.repairs()) {
      String key = repair.kind() + " " + repair.written()
          + (repair.kind() == Kind.WORDS_RUN_TOGETHER ? "" : " " + repair.repaired());
      List<Repair> uses = byRepair.get(key);
      if (uses == null) {
        uses = new ArrayList<>();
        byRepair.put(key, uses);
      }
      uses.add(repair);
    }
    for (List<Repair> uses : byRepair.values()) {
      Repair first = uses.get(0);
      SourceLocation at = new SourceLocation(file, first.line());
      int lastLine = uses.get(uses.size() - 1).line();
      Message message = switch (first.kind()) {
        case TAG_NAME -> Message.TAG_NAME_REPAIRED;
        case TABLE_CELL_TAG -> Message.TABLE_CELL_TAG_REPAIRED;
        case TAG_SPACING -> Message.TAG_SPACING_REPAIRED;
        case ATTRIBUTE_NAME -> Message.ATTRIBUTE_NAME_REPAIRED;
        case ATTRIBUTE_VALUE -> Message.ATTRIBUTE_VALUE_REPAIRED;
        case WORDS_RUN_TOGETHER -> Message.UNKNOWN_TAG_BETWEEN_WORDS_REPAIRED;
      };
      // a tag's spacing is said with the characters mended in it
      Object[] arguments = first.kind() == Kind.TAG_SPACING
          ? new Object[] {first.written(), TagSpacing.described(first.written()), first.repaired(), uses.size(),
              lastLine}
          : new Object[] {first.written(), first.repaired(), uses.size(), lastLine};
      diagnostics.report(message, at, arguments);
    }
  }

  /** Whether one substitution, insertion or deletion turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    return !a.equals(b) && Vocabulary.withinOneEdit(a, b);
  }
}
