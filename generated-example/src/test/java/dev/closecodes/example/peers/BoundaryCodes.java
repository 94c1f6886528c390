package dev.closecodes.example.peers;

import java.util.List;

/** The codes the peers are tried with: each edge of each set, and some beyond. */
public final class BoundaryCodes {

  public static final List<Integer> ALL = List.of(
      0, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015,
      1016, 1100, 2000, 2999, 3000, 3003, 3999, 4000, 4999, 5000, 65535);

  private BoundaryCodes() {}
}
