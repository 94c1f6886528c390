package dev.closecodes.model;

import dev.closecodes.diagnostics.Diagnostic;
import java.util.List;

/**
 * The close-code registry as the team wrote it down.
 *
 * @param source the registry file's name as the user gave it
 * @param sha256 the SHA-256 of its bytes
 * @param entries the codes and ranges in file order
 * @param diagnostics what was reported while reading
 */
public record Registry(
    String source, String sha256, List<RegistryEntry> entries, List<Diagnostic> diagnostics) {

  public Registry {
    entries = List.copyOf(entries);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
