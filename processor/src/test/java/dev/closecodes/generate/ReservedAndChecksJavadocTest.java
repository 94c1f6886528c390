package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.model.ChecksFrom;
import dev.closecodes.pipeline.Pipeline;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A constant's Javadoc says what the checks do with its code where the page's mark says otherwise:
 * on a page older than the registry, {@code SERVICE_RESTART}'s Javadoc said only "The page marks it
 * reserved", and a reader would not send a code {@code mayTravelInCloseFrame} accepts.
 */
class ReservedAndChecksJavadocTest {

  private static final String PAGE = """
      | Code | Name | Description |
      | --- | --- | --- |
      | `1000` | Normal Closure | Done. |
      | `1005` | No Status | Given no code. |
      | `1012` | Service Restart | **Reserved.** For later. |
      | `1016` | Something | Not yet. |
      """;

  private static final String REGISTRY = """
      from,to,name,status,reference
      1000,1000,Normal Closure,wire,RFC 6455
      1005,1005,No Status Rcvd,local,RFC 6455
      1012,1012,Service Restart,wire,mail
      """;

  private static String closeCode(ChecksFrom checksFrom) {
    Generation generation = Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document("page.md", PAGE.getBytes(StandardCharsets.UTF_8))),
        Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8))), checksFrom,
        List.of(), List.of("en"), Set.of()));
    assertFalse(generation.hasErrors(), generation.diagnostics().toString());
    return generation.source("CloseCode").replaceAll("\\n\\s*\\* ", " ");
  }

  @Test
  void aCodeThePageReservesAndTheChecksAcceptSaysSo() {
    assertTrue(closeCode(ChecksFrom.REGISTRY).contains("The page marks it reserved, but the registry registers it,"
        + " and the checks follow the registry: {@link CloseCodes#mayTravelInCloseFrame(int)} accepts it."));
    String pageDecides = closeCode(ChecksFrom.PAGE);
    assertTrue(pageDecides.contains("The page marks it reserved."), pageDecides);
    assertFalse(pageDecides.contains("accepts it"), pageDecides);
  }

  @Test
  void aCodeThePageLeavesUsableAndTheChecksRejectSaysWhy() {
    String javadoc = closeCode(ChecksFrom.REGISTRY);
    assertTrue(javadoc.contains("The page does not mark it reserved, but {@link CloseCodes#mayTravelInCloseFrame(int)}"
        + " does not accept it: RFC 6455 keeps it out of close frames."), javadoc);
    assertTrue(javadoc.contains("The page does not mark it reserved, but {@link CloseCodes#mayTravelInCloseFrame(int)}"
        + " does not accept it: the registry does not register it for them."), javadoc);
  }
}
