/**
 * The close-code types generated again, where Jakarta WebSocket and javax.websocket are on the
 * class path (the tests'): here {@code CloseCode} implements {@code jakarta.websocket.CloseReason.CloseCode}
 * and {@code javax.websocket.CloseReason.CloseCode}.
 */
@CloseCodeSpec(pages = "mdn/fr/web/api/closeevent/index.md", registry = "iana/websocket-close-codes.csv",
    lockFile = "src/test/closecodes.lock")
package dev.closecodes.example.jakarta;

import dev.closecodes.CloseCodeSpec;
