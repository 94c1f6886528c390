package dev.closecodes.model;

import dev.closecodes.diagnostics.SourceLocation;

/**
 * One code or range of the close-code registry.
 *
 * @param range the code or codes
 * @param name the registered name, such as {@code Normal Closure}
 * @param status what the code may be used for
 * @param reference where the fact comes from
 * @param location the registry line it was read from
 */
public record RegistryEntry(
    CodeRange range, String name, CodeStatus status, String reference, SourceLocation location)
    implements Listed {}
