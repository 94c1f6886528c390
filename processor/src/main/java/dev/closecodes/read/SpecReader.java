package dev.closecodes.read;

import dev.closecodes.check.TableChecks;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.model.SpecRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Reads an MDN {@code CloseEvent} page into a {@link SpecDocument}: bytes to text, text to the
 * close-code table, the table to rows, and the rows checked. Every problem becomes a diagnostic;
 * nothing is thrown for any input.
 */
public final class SpecReader {

  private SpecReader() {}

  public static SpecDocument read(String file, byte[] bytes) {
    String sha256 = Hashes.sha256(bytes);
    List<Diagnostic> diagnostics = new ArrayList<>();
    SpecText text = SpecText.decode(file, bytes);
    diagnostics.addAll(text.diagnostics());
    if (text.hasErrors()) {
      return new SpecDocument(file, Locales.UNKNOWN, sha256, List.of(), PageProse.EMPTY, diagnostics);
    }
    List<SpecRow> rows = new ArrayList<>();
    PageProse prose = PageProse.EMPTY;
    try {
      List<Element> elements = Markup.elements(Markup.parse(text.text()), 1);
      Markup.repairTagNames(elements, file, diagnostics);
      Optional<RawTable> table = TableFinder.find(elements, text.text(), file, diagnostics);
      if (table.isPresent()) {
        rows.addAll(RowReader.read(table.get(), file, diagnostics));
        TableChecks.check(rows, SpecRow::range, SpecRow::location, diagnostics);
      }
      prose = ProseReader.read(elements, text.text());
    } catch (Markup.TooDeep e) {
      rows.clear();
      diagnostics.add(Diagnostic.of(
          Message.NESTED_TOO_DEEPLY, new SourceLocation(file, e.line()), InputLimits.MAX_NESTING));
    }
    diagnostics.sort(Comparator.comparingInt(d -> d.location().line()));
    return new SpecDocument(
        file,
        Locales.detect(file, text.text()),
        sha256,
        rows,
        prose,
        diagnostics);
  }
}
