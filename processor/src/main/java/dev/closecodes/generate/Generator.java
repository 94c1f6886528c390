package dev.closecodes.generate;

import com.palantir.javapoet.JavaFile;
import dev.closecodes.CloseCodeSpec.Authority;
import dev.closecodes.check.Reconciler;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Registry;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.read.RegistryReader;
import dev.closecodes.read.SpecReader;
import java.util.ArrayList;
import java.util.List;
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
   */
  public record Request(
      String packageName,
      List<Document> pages,
      Optional<Document> registry,
      Authority authority,
      Map<Integer, String> nameOverrides,
      boolean jakartaCloseCode) {

    public Request {
      pages = List.copyOf(pages);
      if (pages.isEmpty()) {
        throw new IllegalArgumentException("at least one page");
      }
    }

    /** A request whose types implement no other library's interface. */
    public Request(
        String packageName, List<Document> pages, Optional<Document> registry, Authority authority,
        Map<Integer, String> nameOverrides) {
      this(packageName, pages, registry, authority, nameOverrides, false);
    }

    /** A request for one page. */
    public Request(
        String packageName, Document page, Optional<Document> registry, Authority authority, Map<Integer, String> nameOverrides) {
      this(packageName, List.of(page), registry, authority, nameOverrides, false);
    }

    /** The same request, with {@code CloseCode} implementing Jakarta WebSocket's {@code CloseCode} or not. */
    public Request withJakartaCloseCode(boolean implement) {
      return new Request(packageName, pages, registry, authority, nameOverrides, implement);
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
    List<SpecDocument> pages = request.pages().stream()
        .map(document -> SpecReader.read(document.name(), document.bytes()))
        .toList();
    Optional<Registry> registry = request.registry().map(document -> RegistryReader.read(document.name(), document.bytes()));
    List<Diagnostic> diagnostics = new ArrayList<>();
    pages.forEach(page -> diagnostics.addAll(page.diagnostics()));
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
