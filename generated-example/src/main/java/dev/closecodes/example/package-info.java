/**
 * Close codes generated from the MDN page in spec-source, with the registry deciding the checks.
 *
 * <p>{@code CloseCode}, {@code CloseCodeRange}, {@code CloseCodes} and {@code CloseEvent} are generated
 * into this package at build time; {@link dev.closecodes.example.CloseCodeTable} prints them.
 */
@CloseCodeSpec(
    pages = "mdn/fr/web/api/closeevent/index.md",
    registry = "iana/websocket-close-codes.csv",
    checksFrom = CloseCodeSpec.Authority.REGISTRY)
package dev.closecodes.example;

import dev.closecodes.CloseCodeSpec;
