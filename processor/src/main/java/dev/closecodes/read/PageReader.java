package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Reads an MDN {@code CloseEvent} page into a {@link Page}: bytes to text, text to the close-code
 * table, the table to rows, and the rows checked. Every problem is reported; nothing but the
 * {@link Diagnostics.Abort} that ends the work on an unusable page is thrown, for any input.
 */
public final class PageReader {

  private PageReader() {}

  /**
   * The locale a folder of a page's path names, as MDN lays out its pages
   * ({@code files/fr/web/api/...}); empty where none does.
   */
  public static Optional<String> localeOfPath(String file) {
    return Locales.fromPath(file);
  }

  /** Whether the locale is one MDN publishes pages in ({@code fr}, {@code pt-BR}; not {@code pt}). */
  public static boolean isMdnLocale(String locale) {
    return Locales.isMdnLocale(locale);
  }

  /**
   * Whether two locales are of the same translation: the same language, and the same region where
   * both have one ({@code fr-CA} and {@code fr} are; {@code pt-PT} and {@code pt-BR} are not).
   */
  public static boolean sameTranslation(String one, String other) {
    return Locales.sameTranslation(one, other);
  }

  /**
   * Whether the page's locale, as read, was told from its links: a guess, since a translation
   * links the pages not yet translated into en-US. Not where its path names it, its markup
   * declares it, or none is known.
   */
  public static boolean localeToldByLinks(Page page) {
    return page.localeFrom().kind() == Page.LocaleFrom.Kind.LINKS;
  }

  /**
   * Reads the page. Rows with errors are left out, after reporting each.
   *
   * @throws Diagnostics.Abort after reporting why the page cannot be read at all: it is not text,
   *     it has no close-code table, or its markup nests too deeply
   */
  public static Page read(Document document, Diagnostics diagnostics) {
    String file = document.name();
    int errorsBefore = diagnostics.errorCount();
    String text = DocumentText.decode(document, diagnostics);
    EscapedMarkup escaped = EscapedMarkup.find(text);
    if (escaped != null && !showsTableAsWritten(text, file)) {
      text = escaped.unescape(text); // read as the table its tags make, said once it is found
    } else {
      escaped = null;
    }
    text = ReplacedReferences.replaced(text, file, diagnostics); // a reference to no character is U+FFFD
    Tables tables = Tables.of(text, file, diagnostics);
    HiddenLines hidden = tables.hidden();
    InvisibleReferences.report(file, text, hidden, diagnostics);
    PageContext context = tables.context();
    List<PageRow> rows = new ArrayList<>();
    List<RawTable> examples = tables.examples();
    if (!showsTableOfCodes(tables)) {
      // no table shown: the one a comment or a hidden element holds is named where it stands
      hidden = hidden.withHiddenContent(Markup.hiddenContentLines(tables.markupText()));
      examples = new ArrayList<>(examples);
      examples.addAll(UnshownTables.find(tables.markupText(), hidden, file));
    }
    List<RawTable> found = TableFinder.find(tables.elementTables(), tables.textTables(), tables.codeLists(),
        examples, hidden, unclosed(tables, text, file), text, context);
    // Words a filter damaged (w for l and r, as the tags show; n-nyot) are read through the damage.
    WordDamage damage = WordDamage.find(tables.tree().repairs(), found, text);
    for (RawTable table : found) {
      rows.addAll(RowReader.read(table, context, damage));
    }
    if (escaped != null && !found.isEmpty()) {
      diagnostics.report(Message.TABLE_ESCAPED_READ, new SourceLocation(file, found.get(0).line()),
          escaped.written());
    }
    PageEnd.check(text, found, tables.elementTables(), tables.tree().repairs(), file, diagnostics);
    if (!found.isEmpty()) {
      damage.report(new SourceLocation(file, found.get(0).line()), diagnostics);
    }
    TableChecks.check(rows, diagnostics);
    TableChecks.checkOrder(rows, diagnostics);
    TableChecks.checkWithinRfcRanges(rows, diagnostics);
    if (diagnostics.errorCount() == errorsBefore) {
      TableChecks.checkRfcCodesListed(rows, diagnostics); // a row left out for its error is no row lost
      TableChecks.checkNoCodeLeftOut(rows, diagnostics);
      TableChecks.checkMdnTableSpan(rows, text, diagnostics);
    }
    PageProse prose = ProseReader.read(tables.tree(), tables.elements(), text, hidden, tables.elementTables(),
        tables.textTables(), context);
    Locales.Told locale = Locales.detect(file, text);
    if (Locales.wordsAsked(locale)) {
      locale = Locales.checkedByWords(locale, WordsLanguage.of(rows, prose));
    }
    Page page = new Page(file, locale.locale(), locale.from(), document.sha256(), rows, prose);
    // Relative links mean what they mean on the page's own address; the generator knows only the site.
    // Few pages have one, so the address is worked out, and the page copied, only for those.
    return PageAddress.hasRelativeLinks(page)
        ? PageAddress.of(file, text.split("\n", -1), locale.locale()).resolve(page) : page;
  }

  /**
   * Whether the text, read as written, shows a table of codes RFC 6455 defines: a reading of its
   * own, for a page with escaped markup, whose diagnostics the reading that counts gives.
   */
  private static boolean showsTableAsWritten(String text, String file) {
    try {
      return showsTableOfCodes(Tables.of(text, file, new Diagnostics()));
    } catch (Diagnostics.Abort e) {
      return true; // what cannot be read as written is not read otherwise: the reading that counts says why
    }
  }

  /** Whether the page shows a table of codes RFC 6455 defines, as markup or as a pipe table. */
  private static boolean showsTableOfCodes(Tables tables) {
    return !noneHoldsProtocolCodes(tables.elementTables()) || !noneHoldsProtocolCodes(tables.textTables());
  }

  private static boolean noneHoldsProtocolCodes(List<RawTable> tables) {
    for (RawTable table : tables) {
      if (table.holdsProtocolCodes()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The tables a page's text holds, before one is chosen as its close-code table, and what was
   * read on the way to them.
   *
   * @param markupText the text the markup was read from: code spans, and what a code block's markup
   *     leaves open, blanked
   */
  private record Tables(HiddenLines hidden, PageContext context, String markupText, Markup.Tree tree,
      List<Element> elements, List<RawTable> examples, List<RawTable> elementTables, List<RawTable> textTables,
      List<RawTable> codeLists) {

    static Tables of(String text, String file, Diagnostics diagnostics) {
      // Code blocks and comments, and the quotations' markers, found in one pass over the lines.
      HiddenLines hidden = HiddenLines.find(text);
      // Tables and code inside a quotation are read as GitHub shows them: one copy without its markers.
      String unquoted = hidden.quotations().withMarkersBlanked();
      PageContext context = new PageContext(file, diagnostics, LinkDefinitions.find(unquoted, hidden));
      // A quotation's markers are no part of the HTML it holds, as on GitHub. Nor is a tag named in a
      // code span (`<div>`) an element, nor does an example's comment left open in its code block run
      // on into the page.
      String markupText =
          hidden.withCodeMarkupClosed(hidden.withCodeSpansBlanked(hidden.quotations().withBlockMarkersBlanked()));
      String shownMarkup = Markup.withoutHiddenContent(markupText); // a script's or a style's content is no markup
      Markup.Tree tree = Markup.parseShown(shownMarkup, Markup.TagNames.REPAIRED);
      // What a browser does not show (hidden, display: none) is no part of the page: its elements are
      // taken out of the tree, and the Markdown inside them is hidden as a comment's is.
      HiddenElements.Shown shown = HiddenElements.takenOut(Markup.elements(tree, 1, context), context, tree);
      // An element between a table and its rows is moved out of the table by a browser, its rows kept.
      List<Element> elements = ElementTables.withRowWrappersTakenOut(shown.elements());
      hidden = hidden.withElementsHidden(shown.lines());
      List<RawTable> examples = new ArrayList<>();
      List<RawTable> elementTables = ElementTables.find(tree, elements, hidden, examples);
      Markup.reportRepairs(tree, file, diagnostics); // with the rows and cells the tables found under unknown tags
      DamagedTags.report(shownMarkup, hidden, file, diagnostics);
      DamagedReferences.report(shownMarkup, hidden, file, diagnostics);
      // A pipe table's cell and a list's item hold the page's tags too, their spacing mended as the markup's.
      String unquotedMended = TagSpacing.mendedAsIn(unquoted, markupText);
      List<RawTable> textTables = TextTables.find(unquotedMended, hidden, context, examples);
      List<RawTable> codeLists = CodeLists.inPageOrder(CodeLists.find(unquotedMended, hidden, context),
          CodeLists.inElements(elements, tree, context));
      return new Tables(hidden, context, markupText, tree, elements, examples, elementTables, textTables, codeLists);
    }
  }

  /**
   * The comment or code block the page opens and never closes, if it has one, with the rows of
   * close codes it hides: those the page's tables hold past the line it opens on when the page is
   * read without its opener (the line that opens the block, or a comment's {@code <!--} within a
   * line, which the markup runs on to the end as a browser does). One reading more, only for a page
   * with such a block, and not again for a block this one hid.
   */
  private static Optional<HiddenLines.Unclosed> unclosed(Tables tables, String text, String file) {
    HiddenLines.Unclosed block;
    String opened;
    int linesTakenOut;
    if (tables.hidden().unclosed().isPresent()) {
      block = tables.hidden().unclosed().get();
      int start = DocumentText.lineStart(text, block.line());
      int end = DocumentText.lineEnd(text, start);
      opened = text.substring(0, start) + text.substring(Math.min(end + 1, text.length()));
      linesTakenOut = 1;
    } else {
      int at = Markup.unclosedComment(tables.tree(), tables.markupText());
      if (at < 0 || tables.markupText().length() != text.length()) {
        return Optional.empty();
      }
      boolean comment = text.startsWith("<!--", at);
      block = comment ? new HiddenLines.Unclosed(DocumentText.lineAt(text, at), "comment", "a comment", "-->")
          : new HiddenLines.Unclosed(DocumentText.lineAt(text, at), "CDATA section", "a CDATA section", "]]>");
      int openerLength = comment ? "<!--".length() : "<![CDATA[".length();
      opened = text.substring(0, at) + " ".repeat(openerLength) + text.substring(at + openerLength);
      linesTakenOut = 0;
    }
    // By their lines: a row is counted once, though a cell of two codes in it reads as a table too.
    BitSet hiddenRows = new BitSet();
    try {
      Tables whole = Tables.of(opened, file, new Diagnostics()); // what it says was said of the page read
      List<RawTable> found = new ArrayList<>(whole.elementTables());
      found.addAll(whole.textTables());
      for (RawTable table : found) {
        for (int i = 0; i < table.rows().size(); i++) {
          int line = table.rows().get(i).line();
          line += line >= block.line() ? linesTakenOut : 0;
          if (line > block.line() && table.codeCell(i).isCode()) {
            hiddenRows.set(line);
          }
        }
      }
    } catch (Diagnostics.Abort e) {
      // read without its opener, the page is one a reading ends on: no rows are counted
    }
    return Optional.of(block.hiding(hiddenRows.cardinality(), Math.max(hiddenRows.length() - 1, 0)));
  }
}
