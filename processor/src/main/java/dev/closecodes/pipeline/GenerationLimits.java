package dev.closecodes.pipeline;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Java's class-file limits let the generated types hold, checked before anything is
 * generated, so that a page past them is an error at its own line rather than in generated code.
 * A method's code may be at most 64 KiB: each enum constant costs its class initializer about 50
 * bytes, and where there are several pages, the initializer of the class that holds the other
 * pages' descriptions some 20 bytes and 7 more a page. A string constant may be at most 65,535
 * bytes of modified UTF-8, three a character at worst. The limits leave room to spare, and tests
 * compile code at each, the most codes on the most pages among them.
 */
final class GenerationLimits {

  /** The most single codes {@code CloseCode} may have constants for. */
  static final int MAX_CODES = 500;

  /** The most ranges {@code CloseCodeRange} may have constants for. */
  static final int MAX_RANGES = 500;

  /**
   * The most entries a registry may have: every entry may split the set of codes that may travel
   * in a close frame into more ranges, which {@code CloseCodes} holds in an array its class
   * initializer fills, within the same 64 KiB.
   */
  static final int MAX_REGISTRY_ENTRIES = 1000;

  /** The most pages one generation may read. */
  static final int MAX_PAGES = 12;

  /** The most characters a row's name or description may hold. */
  static final int MAX_TEXT_CHARS = 8192;

  private GenerationLimits() {}

  /** Reports more pages than one generation may read, on the request's pages. */
  static void checkPageCount(int pages, Diagnostics diagnostics) {
    if (pages > MAX_PAGES) {
      diagnostics.report(Message.TOO_MANY_PAGES, new RequestPart("pages"), pages, MAX_PAGES);
    }
  }

  /** Reports each limit the documents go past, at the line that goes past it. */
  static void check(List<Page> pages, Optional<Registry> registry, Diagnostics diagnostics) {
    for (int i = 0; i < pages.size(); i++) {
      // The primary page's codes join the registry's in CloseCode; another page's are only text.
      Set<Integer> codes = new HashSet<>();
      if (i == 0 && registry.isPresent()) {
        for (RegistryEntry entry : registry.get().entries()) {
          if (entry.range().isSingle()) {
            codes.add(entry.range().from());
          }
        }
      }
      checkRows(pages.get(i), codes, diagnostics);
    }
    if (registry.isPresent()) {
      Registry r = registry.get();
      int singles = 0;
      for (int i = 0; i < r.entries().size(); i++) {
        RegistryEntry entry = r.entries().get(i);
        if (i == MAX_REGISTRY_ENTRIES) {
          diagnostics.report(Message.TOO_MANY_CONSTANTS, entry.location(), "registry entry", i + 1,
              MAX_REGISTRY_ENTRIES);
          break;
        }
        if (entry.range().isSingle() && ++singles == MAX_CODES + 1) {
          diagnostics.report(Message.TOO_MANY_CONSTANTS, entry.location(), "single code", singles, MAX_CODES);
        }
        if (entry.name().length() > MAX_TEXT_CHARS) {
          diagnostics.report(Message.TEXT_TOO_LONG, entry.location(), "name", entry.name().length(), MAX_TEXT_CHARS);
        }
      }
    }
  }

  /** The page's rows, against the constant limits given the codes already counted, and their texts. */
  private static void checkRows(Page page, Set<Integer> codes, Diagnostics diagnostics) {
    int ranges = 0;
    for (PageRow row : page.rows()) {
      boolean single = row.range().isSingle();
      boolean tooMany = single ? codes.add(row.range().from()) && codes.size() > MAX_CODES : ++ranges > MAX_RANGES;
      if (tooMany) {
        diagnostics.report(Message.TOO_MANY_CONSTANTS, row.location(),
            single ? "single code" : "range", single ? codes.size() : ranges, single ? MAX_CODES : MAX_RANGES);
        return;
      }
      checkLength("name", row.name(), row, diagnostics);
      checkLength("description", row.description().textWithLines(), row, diagnostics);
    }
  }

  private static void checkLength(String what, String text, PageRow row, Diagnostics diagnostics) {
    if (text.length() > MAX_TEXT_CHARS) {
      diagnostics.report(Message.TEXT_TOO_LONG, row.location(), what, text.length(), MAX_TEXT_CHARS);
    }
  }
}
