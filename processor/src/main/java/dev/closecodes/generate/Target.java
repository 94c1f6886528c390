package dev.closecodes.generate;

import dev.closecodes.model.WebSocketApi;
import java.util.Set;

/**
 * Where the types go, and what the consumer's compile offers them.
 *
 * @param packageName the package the types go into
 * @param closeCodeApis the WebSocket APIs on the class path whose close-code interface
 *     {@code CloseCode} implements
 * @param generatedAnnotation whether {@code @javax.annotation.processing.Generated} can be read
 *     where the types go: not in a named module that does not read {@code java.compiler}
 * @param coverageMark whether the types carry {@code @CloseCodeSpec.Generated}, their mark in the
 *     class files for coverage tools: where the compile has {@code closecodes-annotation} with it
 */
record Target(String packageName, Set<WebSocketApi> closeCodeApis, boolean generatedAnnotation, boolean coverageMark) {}
