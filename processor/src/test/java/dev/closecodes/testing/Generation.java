package dev.closecodes.testing;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One run of the pipeline, as a test sees it.
 *
 * @param files the generated files; empty when there was an error
 * @param table the joined table; empty when there was an error
 * @param diagnostics everything reported, in the collector's order
 */
public record Generation(List<GeneratedFile> files, Optional<CodeTable> table, List<Diagnostic> diagnostics) {

  public static Generation run(Pipeline.Request request) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Pipeline.Result result = Pipeline.run(request, diagnostics);
      return new Generation(result.files(), Optional.of(result.table()), diagnostics.all());
    } catch (Diagnostics.Abort reported) {
      return new Generation(List.of(), Optional.empty(), diagnostics.all());
    }
  }

  /** One page, no registry, the page deciding the checks, into {@code org.example.ws}. */
  public static Generation ofPage(String name, String page) {
    return ofPage(name, page.getBytes(StandardCharsets.UTF_8));
  }

  /** One page of these bytes, as {@link #ofPage(String, String)}. */
  public static Generation ofPage(String name, byte[] page) {
    return run(new Pipeline.Request("org.example.ws", List.of(new Document(name, page)), Optional.empty(),
        ChecksFrom.PAGE));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The source of the generated type of this simple name. */
  public String source(String typeName) {
    return files.stream().filter(file -> file.typeName().equals(typeName)).findFirst().orElseThrow().source();
  }
}
