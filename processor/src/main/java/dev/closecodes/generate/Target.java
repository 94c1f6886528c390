package dev.closecodes.generate;

/**
 * Where the types go, and what the consumer's compile offers them.
 *
 * @param packageName the package the types go into
 * @param jakartaCloseCode whether Jakarta WebSocket's {@code CloseReason.CloseCode} is on the
 *     class path, for {@code CloseCode} to implement
 * @param generatedAnnotation whether {@code @javax.annotation.processing.Generated} can be read
 *     where the types go: not in a named module that does not read {@code java.compiler}
 */
record Target(String packageName, boolean jakartaCloseCode, boolean generatedAnnotation) {}
