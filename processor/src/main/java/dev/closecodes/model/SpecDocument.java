package dev.closecodes.model;

import dev.closecodes.diagnostics.Diagnostic;
import java.util.List;

/**
 * What was read from one spec document.
 *
 * @param source the document's name as the user gave it
 * @param locale the page's locale, such as {@code fr} or {@code en-US}; {@code und} when unknown
 * @param sha256 the SHA-256 of the document's bytes, in lower-case hex
 * @param rows the close-code table's rows in page order
 * @param prose the page's text about the interface and its properties
 * @param diagnostics what was reported while reading, in line order
 */
public record SpecDocument(
    String source,
    String locale,
    String sha256,
    List<SpecRow> rows,
    PageProse prose,
    List<Diagnostic> diagnostics) {

  public SpecDocument {
    rows = List.copyOf(rows);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The same document, its locale given rather than told from the page. */
  public SpecDocument withLocale(String givenLocale) {
    return new SpecDocument(source, givenLocale, sha256, rows, prose, diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
