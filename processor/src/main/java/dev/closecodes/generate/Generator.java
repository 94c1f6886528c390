package dev.closecodes.generate;

import com.palantir.javapoet.JavaFile;
import dev.closecodes.CloseCodeSpec.Authority;
import dev.closecodes.check.Reconciler;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.SourceLocation;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Registry;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.read.RegistryReader;
import dev.closecodes.read.Locales;
import dev.closecodes.read.SpecReader;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one core both front ends call: documents in, Java files and diagnostics out. Reads the page
 * and the registry, joins them, and generates, unless reading found an error.
 */
public final class Generator {

  /**
   * A document's name and bytes.
   *
   * @param name the name the user gave it
   * @param bytes its content
   */
  public record Document(String name, byte[] bytes) {}

  /**
   * What to generate.
   *
   * @param packageName the package the types go into
   * @param pages the MDN pages; the first is the primary one, whose locale the Javadoc is in
   * @param registry the registry, if any
   * @param authority which source decides the checks where they disagree
   * @param nameOverrides constant names by code
   * @param jakartaCloseCode whether {@code CloseCode} implements
   *     {@code jakarta.websocket.CloseReason.CloseCode}, so it can go straight into a
   *     {@code CloseReason}; only where that interface is on the consumer's class path
   * @param locales the pages' locales as language tags, in the order of {@code pages}; where a
   *     page has none, its locale is told from its path, else from its links
   */
  public record Request(
      String packageName,
      List<Document> pages,
      Optional<Document> registry,
      Authority authority,
      Map<Integer, String> nameOverrides,
      boolean jakartaCloseCode,
      List<String> locales) {

    public Request {
      locales = List.copyOf(locales);
      pages = List.copyOf(pages);
      if (pages.isEmpty()) {
        throw new IllegalArgumentException("at least one page");
      }
    }

    /** A request whose types implement no other library's interface. */
    public Request(
        String packageName, List<Document> pages, Optional<Document> registry, Authority authority,
        Map<Integer, String> nameOverrides) {
      this(packageName, pages, registry, authority, nameOverrides, false, List.of());
    }

    /** A request for one page. */
    public Request(
        String packageName, Document page, Optional<Document> registry, Authority authority, Map<Integer, String> nameOverrides) {
      this(packageName, List.of(page), registry, authority, nameOverrides, false, List.of());
    }
  }

  /**
   * What came of it.
   *
   * @param files the generated files; empty when there was an error
   * @param table the joined table, when reading succeeded
   * @param diagnostics everything reported, the page's first
   */
  public record Result(List<JavaFile> files, Optional<CodeTable> table, List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private Generator() {}

  public static Result generate(Request request) {
    List<SpecDocument> pages = new ArrayList<>();
    List<Diagnostic> localeDiagnostics = new ArrayList<>();
    for (int i = 0; i < request.pages().size(); i++) {
      Document document = request.pages().get(i);
      SpecDocument page = SpecReader.read(document.name(), document.bytes());
      if (i < request.locales().size()) {
        try {
          page = page.withLocale(new Locale.Builder().setLanguageTag(request.locales().get(i)).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
          localeDiagnostics.add(Diagnostic.of(Message.BAD_LOCALE, new SourceLocation(page.source(), 1),
              "'" + request.locales().get(i) + "' is not a language tag such as fr or en-US"));
        }
      } else if (page.locale().equals(Locales.UNKNOWN) && !page.hasErrors()) {
        localeDiagnostics.add(Diagnostic.of(Message.LOCALE_UNKNOWN, new SourceLocation(page.source(), 1)));
      }
      pages.add(page);
    }
    Optional<Registry> registry = request.registry().map(document -> RegistryReader.read(document.name(), document.bytes()));
    List<Diagnostic> diagnostics = new ArrayList<>();
    pages.forEach(page -> diagnostics.addAll(page.diagnostics()));
    diagnostics.addAll(localeDiagnostics);
    registry.ifPresent(r -> diagnostics.addAll(r.diagnostics()));
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      GenerationLimits.check(pages, registry, diagnostics);
    }
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return new Result(List.of(), Optional.empty(), diagnostics);
    }
    CodeTable table = Reconciler.reconcile(pages.get(0), pages.subList(1, pages.size()), registry,
        request.authority(), request.nameOverrides(), diagnostics);
    return new Result(GeneratedTypes.files(request.packageName(), table, request.jakartaCloseCode()),
        Optional.of(table), diagnostics);
  }
}
