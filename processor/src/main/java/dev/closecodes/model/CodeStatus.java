package dev.closecodes.model;

import java.util.Locale;

/** What the registry says a code or range is for. */
public enum CodeStatus {
  /** May travel in a close frame between endpoints. */
  WIRE(true),
  /** Reported locally only (no status, abnormal closure, TLS failure); never sent. */
  LOCAL(false),
  /** Reserved; may not be sent. */
  RESERVED(false),
  /** Registered with IANA (3000–3999); may travel in a close frame. */
  IANA(true),
  /** Private use by applications (4000–4999); may travel in a close frame. */
  PRIVATE(true);

  private final boolean mayTravelInCloseFrame;

  CodeStatus(boolean mayTravelInCloseFrame) {
    this.mayTravelInCloseFrame = mayTravelInCloseFrame;
  }

  /** Whether a code of this status may travel in a close frame. */
  public boolean mayTravelInCloseFrame() {
    return mayTravelInCloseFrame;
  }

  /** The word the registry file uses. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
