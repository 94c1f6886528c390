package dev.closecodes.example;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints the generated close-code table: code, name, kind and the spec's description. */
public final class CloseCodeTable {

  /** Not instantiated. */
  private CloseCodeTable() {}

  /**
   * Prints the table on standard output; exits with 1 when it could not all be written.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // Straight to the descriptor: System.out would keep a failed write to itself.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    print(out);
    if (out.checkError()) {
      System.err.println("CloseCodeTable: cannot write the table to standard output");
      System.exit(1);
    }
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    out.printf("%-11s %-28s %-14s %s%n", "code", "name", "kind", "description");
    for (CloseCode code : CloseCode.values()) {
      out.printf("%-11d %-28s %-14s %s%n", code.code(), code.name(), kind(code.code()), code.description());
    }
    for (CloseCodeRange range : CloseCodeRange.values()) {
      out.printf("%-11s %-28s %-14s %s%n", range.from() + "-" + range.to(), range.name(), kind(range.from()),
          range.description());
    }
  }

  /**
   * Names the set a code belongs to.
   *
   * @param code a close code
   * @return {@code browser} when a script may send it, {@code wire} when endpoints may, {@code local}
   *     when it is only reported locally, else {@code never sent}
   */
  static String kind(int code) {
    if (CloseCodes.mayPassToBrowserClose(code)) {
      return "browser";
    } else if (CloseCodes.mayTravelInCloseFrame(code)) {
      return "wire";
    } else if (CloseCodes.isReportedLocallyOnly(code)) {
      return "local";
    }
    return "never sent";
  }
}
