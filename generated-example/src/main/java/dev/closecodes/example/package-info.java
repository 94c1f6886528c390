/**
 * Close codes generated from the MDN page in spec-source, with the registry deciding the checks.
 *
 * <p>{@code CloseCode}, {@code CloseCodeRange}, {@code CloseCodes}, {@code CloseEvent} and
 * {@code CloseFrames} are generated into this package at build time;
 * {@link dev.closecodes.example.CloseCodeTable} prints them. {@code closecodes.lock}, beside the
 * pom, records what was generated last: a spec update that would remove or rename a constant
 * fails the build.
 */
@CloseCodeSpec(
    pages = "mdn/fr/web/api/closeevent/index.md",
    registry = "iana/websocket-close-codes.csv",
    checksFrom = CloseCodeSpec.ChecksFrom.REGISTRY,
    lockFile = "closecodes.lock")
package dev.closecodes.example;

import dev.closecodes.CloseCodeSpec;
