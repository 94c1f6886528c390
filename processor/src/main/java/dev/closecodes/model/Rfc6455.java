package dev.closecodes.model;

/**
 * What RFC 6455 section 7.4 fixes about close codes, whatever a page or a registry says: the
 * blocks of the code space and what each is for.
 */
public final class Rfc6455 {

  /** The first code of the space the protocol and its extensions use; codes below it are never used. */
  public static final int FIRST_PROTOCOL_CODE = 1000;

  /** The first code for libraries, frameworks and applications, registered with IANA. */
  public static final int FIRST_REGISTERED_CODE = 3000;

  /** The first code for private use. */
  public static final int FIRST_PRIVATE_CODE = 4000;

  /** The last code the RFC gives a meaning; codes above it are undefined. */
  public static final int LAST_DEFINED_CODE = 4999;

  private Rfc6455() {}

  /**
   * Whether the code is only ever reported locally and must not be set in a close frame: 1005 (no
   * status received), 1006 (abnormal closure), 1015 (TLS handshake failure).
   */
  public static boolean isReportedLocallyOnly(int code) {
    return code == 1005 || code == 1006 || code == 1015;
  }

  /**
   * Whether RFC 6455 keeps the code out of close frames, whatever a page or a registry says: below
   * 1000 (unused), 1005, 1006 and 1015 (reported locally only), and from 5000 (undefined).
   */
  public static boolean neverInCloseFrames(int code) {
    return code < FIRST_PROTOCOL_CODE || code > LAST_DEFINED_CODE || isReportedLocallyOnly(code);
  }

  /**
   * The status a registry entry has by the RFC's blocks, for a registry (IANA's) that records
   * names but no statuses.
   *
   * @param notAssigned whether the entry says the codes are reserved or unassigned
   */
  public static CodeStatus statusOf(CodeRange range, boolean notAssigned) {
    if (range.isSingle() && isReportedLocallyOnly(range.from())) {
      return CodeStatus.LOCAL;
    }
    if (range.from() >= FIRST_PRIVATE_CODE && range.to() <= LAST_DEFINED_CODE) {
      return CodeStatus.PRIVATE;
    }
    if (range.from() >= FIRST_REGISTERED_CODE && range.to() < FIRST_PRIVATE_CODE) {
      return CodeStatus.IANA;
    }
    if (range.from() >= FIRST_PROTOCOL_CODE && range.to() < FIRST_REGISTERED_CODE && !notAssigned) {
      return CodeStatus.WIRE;
    }
    return CodeStatus.RESERVED;
  }
}
