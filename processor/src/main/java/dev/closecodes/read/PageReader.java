package dev.closecodes.read;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import java.util.ArrayList;
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

  /**
   * Whether the page's locale, as read, was told from its links: a guess, since a translation
   * links the pages not yet translated into en-US. Not where its path names it, or none is known.
   */
  public static boolean localeToldByLinks(Page page) {
    return !page.locale().equals(Page.UNKNOWN_LOCALE) && localeOfPath(page.source()).isEmpty();
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
    // Code blocks and comments, and the quotations' markers, found in one pass over the lines.
    HiddenLines hidden = HiddenLines.find(text);
    // Tables and code inside a quotation are read as GitHub shows them: one copy without its markers.
    String unquoted = hidden.quotations().withMarkersBlanked();
    PageContext context = new PageContext(file, diagnostics, LinkDefinitions.find(unquoted, hidden));
    // A quotation's markers are no part of the HTML it holds, as on GitHub.
    // Nor is a tag named in a code span (`<div>`) an element.
    Markup.Tree tree = Markup.parse(hidden.withCodeSpansBlanked(hidden.quotations().withBlockMarkersBlanked()),
        Markup.TagNames.REPAIRED);
    // What a browser does not show (hidden, display: none) is no part of the page: its elements are
    // taken out of the tree, and the Markdown inside them is hidden as a comment's is.
    HiddenElements.Shown shown = HiddenElements.takenOut(Markup.elements(tree, 1, context), context, tree);
    List<Element> elements = shown.elements();
    hidden = hidden.withElementsHidden(shown.lines());
    Markup.reportRepairs(tree, file, diagnostics);
    List<RawTable> examples = new ArrayList<>();
    List<RawTable> elementTables = ElementTables.find(tree, elements, hidden, examples);
    List<RawTable> textTables = TextTables.find(unquoted, hidden, context, examples);
    List<PageRow> rows = new ArrayList<>();
    List<RawTable> codeLists = CodeLists.inPageOrder(CodeLists.find(unquoted, hidden, context),
        CodeLists.inElements(elements, tree, context));
    for (RawTable table : TableFinder.find(elementTables, textTables, codeLists, examples, hidden, text, context)) {
      rows.addAll(RowReader.read(table, context));
    }
    TableChecks.check(rows, diagnostics);
    TableChecks.checkOrder(rows, diagnostics);
    if (diagnostics.errorCount() == errorsBefore) {
      TableChecks.checkRfcCodesListed(rows, diagnostics); // a row left out for its error is no row lost
    }
    PageProse prose = ProseReader.read(tree, elements, text, hidden, elementTables, textTables, context);
    String locale = Locales.detect(file, text);
    Page page = new Page(file, locale, document.sha256(), rows, prose);
    // Relative links mean what they mean on the page's own address; the generator knows only the site.
    // Few pages have one, so the address is worked out, and the page copied, only for those.
    return PageAddress.hasRelativeLinks(page) ? PageAddress.of(file, text.split("\n", -1), locale).resolve(page) : page;
  }
}
