package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sending and receiving without glue: a constant straight into a frame, a reasoned refusal, a library's close as an event. */
class SendingTest {

  @Test
  void aConstantGoesStraightIntoAFrame() {
    assertArrayEquals(CloseFrames.encode(1012, "restarting"), CloseFrames.encode(CloseCode.SERVICE_RESTART, "restarting"));
    assertEquals(new CloseEvent(1012, "restarting", true),
        CloseFrames.receive(CloseFrames.encode(CloseCode.SERVICE_RESTART, "restarting")));
  }

  @Test
  void aCloseThatMayNotBeSentIsRefusedWithItsReason() {
    CloseFrames.requireSendable(1000, "bye");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CloseFrames.requireSendable(1005, ""))
        .getMessage().startsWith("the code 1005 may not be sent in a close frame: 1005 "));
    assertEquals("the reason is 124 UTF-8 bytes; a close frame holds at most 123",
        assertThrows(IllegalArgumentException.class, () -> CloseFrames.requireSendable(1000, "x".repeat(124)))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CloseFrames.requireSendable(1000, "\uD800"))
        .getMessage().contains("unpaired surrogate"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CloseFrames.requireSendable(1000, null))
        .getMessage().contains("null"));
    // encode refuses what requireSendable refuses, with the same words
    assertEquals(assertThrows(IllegalArgumentException.class, () -> CloseFrames.requireSendable(4999, "é".repeat(62)))
            .getMessage(),
        assertThrows(IllegalArgumentException.class, () -> CloseFrames.encode(4999, "é".repeat(62))).getMessage());
  }

  @Test
  void whatALibraryReportsBecomesAnEvent() {
    assertEquals(new CloseEvent(1000, "bye", true), CloseEvent.received(1000, "bye"));
    assertEquals(new CloseEvent(1005, "", true), CloseEvent.received(1005, null));
    CloseEvent dropped = CloseEvent.received(1006, "");
    assertFalse(dropped.wasClean());
    assertEquals(CloseFrames.noCloseFrame(), dropped);
    // a TLS handshake that failed opened no connection, so no closing handshake completed either
    CloseEvent tlsFailed = CloseEvent.received(1015, "handshake failed");
    assertEquals(1015, tlsFailed.code());
    assertFalse(tlsFailed.wasClean());
    assertEquals(CloseFrames.TLS_HANDSHAKE_FAILED, tlsFailed.code());
  }
}
