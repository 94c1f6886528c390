package dev.closecodes.generate;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.model.SpecRow;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Java's class-file limits let the generated types hold, checked before anything is
 * generated, so that a page past them is an error at its own line rather than in generated code.
 * A method's code may be at most 64 KiB, and each enum constant costs its class initializer about
 * 50 bytes and 7 more a page; a string constant may be at most 65,535 bytes of modified UTF-8,
 * three a character at worst. The limits leave room to spare, and tests compile code at each.
 */
public final class GenerationLimits {

  /** The most single codes {@code CloseCode} may have constants for. */
  public static final int MAX_CODES = 500;

  /** The most ranges {@code CloseCodeRange} may have constants for. */
  public static final int MAX_RANGES = 500;

  /** The most pages one generation may read. */
  public static final int MAX_PAGES = 12;

  /** The most characters a row's name or description may hold. */
  public static final int MAX_TEXT_CHARS = 8192;

  private GenerationLimits() {}

  /** Adds an error for each limit the documents go past, at the line that goes past it. */
  static void check(List<SpecDocument> pages, Optional<Registry> registry, List<Diagnostic> diagnostics) {
    for (SpecDocument extra : pages.subList(Math.min(pages.size(), MAX_PAGES), pages.size())) {
      diagnostics.add(Diagnostic.of(Message.TOO_MANY_CONSTANTS, new SourceLocation(extra.source(), 1),
          "page", pages.indexOf(extra) + 1, MAX_PAGES));
    }
    Set<Integer> codes = new HashSet<>();
    registry.ifPresent(r -> r.entries().stream().filter(entry -> entry.range().isSingle())
        .forEach(entry -> codes.add(entry.range().from())));
    for (SpecDocument page : pages) {
      Set<Integer> pageCodes = page == pages.get(0) ? codes : new HashSet<>();
      int ranges = 0;
      for (SpecRow row : page.rows()) {
        boolean tooMany = row.range().isSingle()
            ? pageCodes.add(row.range().from()) && pageCodes.size() > MAX_CODES
            : ++ranges > MAX_RANGES;
        if (tooMany) {
          diagnostics.add(Diagnostic.of(Message.TOO_MANY_CONSTANTS, row.location(),
              row.range().isSingle() ? "single code" : "range", row.range().isSingle() ? pageCodes.size() : ranges,
              row.range().isSingle() ? MAX_CODES : MAX_RANGES));
          break;
        }
        checkLength("name", row.name(), row, diagnostics);
        checkLength("description", row.description().plainText(), row, diagnostics);
      }
    }
    registry.ifPresent(r -> {
      for (RegistryEntry entry : r.entries()) {
        if (entry.name().length() > MAX_TEXT_CHARS) {
          diagnostics.add(Diagnostic.of(Message.TEXT_TOO_LONG, entry.location(), "name", entry.name().length(),
              MAX_TEXT_CHARS));
        }
      }
    });
  }

  private static void checkLength(String what, String text, SpecRow row, List<Diagnostic> diagnostics) {
    if (text.length() > MAX_TEXT_CHARS) {
      diagnostics.add(Diagnostic.of(Message.TEXT_TOO_LONG, row.location(), what, text.length(), MAX_TEXT_CHARS));
    }
  }
}
