package dev.closecodes.testing;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.read.Document;
import dev.closecodes.read.PageReader;
import dev.closecodes.read.RegistryReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** What reading one document gave: the page or registry, if it could be read, and what was reported. */
public final class Reading {

  private Reading() {}

  /**
   * A page read, with what was reported about it.
   *
   * @param page the page; empty when it could not be read at all
   * @param diagnostics everything reported, in the collector's order
   */
  public record PageRead(Optional<Page> page, List<Diagnostic> diagnostics) {

    public List<PageRow> rows() {
      return page.map(Page::rows).orElse(List.of());
    }

    public String locale() {
      return page.orElseThrow().locale();
    }

    public PageProse prose() {
      return page.orElseThrow().prose();
    }

    public String sha256() {
      return page.orElseThrow().sha256();
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  /**
   * A registry read, with what was reported about it.
   *
   * @param registry the registry; empty when it could not be read at all
   * @param diagnostics everything reported, in the collector's order
   */
  public record RegistryRead(Optional<Registry> registry, List<Diagnostic> diagnostics) {

    public List<RegistryEntry> entries() {
      return registry.map(Registry::entries).orElse(List.of());
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public static PageRead page(String name, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      return new PageRead(Optional.of(PageReader.read(new Document(name, bytes), diagnostics)), diagnostics.all());
    } catch (Diagnostics.Abort reported) {
      return new PageRead(Optional.empty(), diagnostics.all());
    }
  }

  /** The page in a file, named by its path, read as the command line reads it. */
  public static PageRead page(java.nio.file.Path file) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Page page = PageReader.read(dev.closecodes.read.DocumentFiles.read(file, diagnostics), diagnostics);
      return new PageRead(Optional.of(page), diagnostics.all());
    } catch (Diagnostics.Abort reported) {
      return new PageRead(Optional.empty(), diagnostics.all());
    }
  }

  public static PageRead page(String name, String text) {
    return page(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public static RegistryRead registry(String name, byte[] bytes) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      return new RegistryRead(
          Optional.of(RegistryReader.read(new Document(name, bytes), diagnostics)), diagnostics.all());
    } catch (Diagnostics.Abort reported) {
      return new RegistryRead(Optional.empty(), diagnostics.all());
    }
  }

  /** Each diagnostic as {@code LINE severity MESSAGE-CONSTANT}. */
  public static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.line() + " " + d.severity().label() + " " + d.message()).toList();
  }

  /** The errors as {@link #lines}. */
  public static List<String> errors(List<Diagnostic> diagnostics) {
    return lines(diagnostics.stream().filter(Diagnostic::isError).toList());
  }
}
