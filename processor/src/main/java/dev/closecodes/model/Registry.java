package dev.closecodes.model;

import java.util.List;

/**
 * The close-code registry: what IANA registered, as the registry file records it.
 *
 * @param source the registry file's name as the user gave it
 * @param sha256 the SHA-256 of its bytes with CRLF line ends read as LF ({@code Document.sha256()})
 * @param entries the codes and ranges in file order
 */
public record Registry(String source, String sha256, List<RegistryEntry> entries) {

  public Registry {
    entries = List.copyOf(entries);
  }
}
