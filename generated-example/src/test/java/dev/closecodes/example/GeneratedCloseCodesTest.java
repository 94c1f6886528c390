package dev.closecodes.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated types, used as a consumer uses them. */
class GeneratedCloseCodesTest {

  /** The codes 0–70000 and the extremes of int, which every lookup and check must answer. */
  private static IntStream everyInteresting() {
    return IntStream.concat(IntStream.rangeClosed(-5, 70_000), IntStream.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  private static Set<Integer> codesWhere(IntPredicate predicate) {
    return IntStream.rangeClosed(0, 0xFFFF).filter(predicate).boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Integer> codes(int[]... ranges) {
    Set<Integer> codes = new TreeSet<>();
    for (int[] range : ranges) {
      IntStream.rangeClosed(range[0], range[range.length - 1]).forEach(codes::add);
    }
    return codes;
  }

  @Test
  void ofAnswersEveryIntAndFindsExactlyTheNamedCodes() {
    Set<Integer> named = Arrays.stream(CloseCode.values()).map(CloseCode::code).collect(Collectors.toSet());
    everyInteresting().forEach(code -> {
      Optional<CloseCode> found = CloseCode.of(code);
      assertEquals(named.contains(code), found.isPresent(), "code " + code);
      found.ifPresent(closeCode -> assertEquals(code, closeCode.code()));
    });
    // The page's singles and the registry's singles: 1000–1015 and the three IANA registrations.
    assertEquals(codes(new int[] {1000, 1015}, new int[] {3000}, new int[] {3003}, new int[] {3008}), new TreeSet<>(named));
  }

  @Test
  void ofReturnsTheSameAnswerEachTime() {
    assertSame(CloseCode.of(1000), CloseCode.of(1000));
    assertSame(CloseCode.of(2000), CloseCode.of(-1));
  }

  @Test
  void constantNamesComeFromTheRegistry() {
    assertEquals(CloseCode.NORMAL_CLOSURE, CloseCode.of(1000).orElseThrow());
    assertEquals(CloseCode.SERVICE_RESTART, CloseCode.of(1012).orElseThrow());
    assertEquals(CloseCode.BAD_GATEWAY, CloseCode.of(1014).orElseThrow());
    assertEquals(CloseCode.TLS_HANDSHAKE, CloseCode.of(1015).orElseThrow());
    assertEquals("cwose_nowmaw", CloseCode.NORMAL_CLOSURE.pageName());
    assertEquals("Normal Closure", CloseCode.NORMAL_CLOSURE.registeredName());
  }

  @Test
  void theWireSetIsTheRegisteredOne() {
    assertEquals(
        codes(new int[] {1000, 1003}, new int[] {1007, 1014}, new int[] {3000, 4999}),
        codesWhere(CloseCodes::mayTravelInCloseFrame));
    everyInteresting().filter(code -> code < 0 || code > 0xFFFF)
        .forEach(code -> assertFalse(CloseCodes.mayTravelInCloseFrame(code)));
  }

  @Test
  void theBrowserSetIs1000And3000To4999() {
    assertEquals(codes(new int[] {1000}, new int[] {3000, 4999}), codesWhere(CloseCodes::mayPassToBrowserClose));
  }

  @Test
  void theLocalOnlySetIs1005And1006And1015() {
    assertEquals(codes(new int[] {1005, 1006}, new int[] {1015}), codesWhere(CloseCodes::isReportedLocallyOnly));
  }

  @Test
  void theSetsDoNotMeet() {
    for (int code = 0; code <= 0xFFFF; code++) {
      assertFalse(CloseCodes.isReportedLocallyOnly(code) && CloseCodes.mayTravelInCloseFrame(code), "code " + code);
      assertTrue(!CloseCodes.mayPassToBrowserClose(code) || CloseCodes.mayTravelInCloseFrame(code), "code " + code);
    }
  }

  @Test
  void rangesAreThePagesRangeRowsAndLookupFindsTheInnermost() {
    List<String> ranges = new ArrayList<>();
    for (CloseCodeRange range : CloseCodeRange.values()) {
      ranges.add(range.from() + "-" + range.to());
    }
    assertEquals(List.of("0-999", "1012-1014", "1016-1999", "2000-2999", "3000-3999", "4000-4999"), ranges);
    everyInteresting().forEach(code -> {
      Optional<CloseCodeRange> found = CloseCodeRange.of(code);
      Optional<CloseCodeRange> expected = Arrays.stream(CloseCodeRange.values()).filter(r -> r.contains(code)).findFirst();
      assertEquals(expected, found, "code " + code);
    });
    assertEquals(Optional.of(CloseCodeRange.CODES_1012_1014), CloseCode.TRY_AGAIN_LATER.range());
    assertEquals(Optional.empty(), CloseCode.NORMAL_CLOSURE.range());
  }

  @Test
  void descriptionsAreTheSpecTextReadFromTheBundledPage() throws IOException {
    String page;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("mdn/fr/web/api/closeevent/index.md")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // The page as received is mojibake: Mac Roman read of UTF-8. Undo it to compare with the text.
    String repaired = new String(page.getBytes(java.nio.charset.Charset.forName("x-MacRoman")), StandardCharsets.UTF_8);
    String pageText = repaired.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    for (CloseCode code : CloseCode.values()) {
      assertFalse(code.description().isEmpty(), code.name());
      assertTrue(pageText.contains(code.description()), code.name() + ": " + code.description());
    }
    for (CloseCodeRange range : CloseCodeRange.values()) {
      assertTrue(pageText.contains(range.description()), range.name() + ": " + range.description());
    }
    assertEquals("fewmetuwe n-nyowmawe ; wa connexion s-s'est tewminée n-nyowmawement.", CloseCode.NORMAL_CLOSURE.description());
  }

  @Test
  void reservedIsWhatThePageMarks() {
    assertTrue(CloseCode.RESERVED.reserved());
    assertTrue(CloseCode.SERVICE_RESTART.reserved(), "the page received marks 1012–1014 reserved");
    assertFalse(CloseCode.NORMAL_CLOSURE.reserved());
  }

  @Test
  void describeGivesOneLineForAnyInt() {
    assertTrue(CloseCodes.describe(1000).startsWith("1000 Normal Closure: fewmetuwe"));
    assertTrue(CloseCodes.describe(3500).startsWith("3000–3999: disponibwe"));
    assertEquals(CloseCodes.UNDEFINED, CloseCodes.describe(5000));
    assertEquals(CloseCodes.UNDEFINED, CloseCodes.describe(-1));
    everyInteresting().forEach(code -> assertFalse(CloseCodes.describe(code).contains("\n")));
  }

  @Test
  void reasonsOfAtMost123Utf8BytesAreAcceptable() {
    assertTrue(CloseCodes.isAcceptableReason(""));
    assertTrue(CloseCodes.isAcceptableReason("a".repeat(123)));
    assertFalse(CloseCodes.isAcceptableReason("a".repeat(124)));
    assertTrue(CloseCodes.isAcceptableReason("é".repeat(61) + "a"));
    assertFalse(CloseCodes.isAcceptableReason("é".repeat(62)));
    assertTrue(CloseCodes.isAcceptableReason("😳".repeat(30) + "abc"));
    assertFalse(CloseCodes.isAcceptableReason("😳".repeat(31)));
    assertFalse(CloseCodes.isAcceptableReason("lone \uD83D surrogate"));
    assertFalse(CloseCodes.isAcceptableReason("\uDE33 low first"));
    assertFalse(CloseCodes.isAcceptableReason(null));
    for (String reason : List.of("", "abc", "é€😳", "x".repeat(200))) {
      assertEquals(reason.getBytes(StandardCharsets.UTF_8).length, CloseCodes.utf8Length(reason));
    }
  }

  @Test
  void closeEventHasTheDomDefaults() {
    CloseEvent event = new CloseEvent();
    assertEquals(0, event.code());
    assertEquals("", event.reason());
    assertFalse(event.wasClean());
    assertEquals(Optional.empty(), event.closeCode());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1000, 1005, 1006, 4999, 5000, 65535})
  void closeEventHoldsAnyUnsignedShort(int code) {
    CloseEvent event = new CloseEvent(code, "bye", true);
    assertEquals(code, event.code());
    assertEquals(CloseCode.of(code), event.closeCode());
    assertEquals(new CloseEvent(code, "bye", true), event);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void closeEventRejectsCodesOutsideAnUnsignedShort(int code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CloseEvent(code, "", false));
    assertTrue(e.getMessage().contains("0 to 65535"), e.getMessage());
    assertTrue(e.getMessage().contains(Integer.toString(code)), e.getMessage());
  }

  @Test
  void closeEventRejectsANullReason() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new CloseEvent(1000, null, true));
    assertTrue(e.getMessage().contains("reason"));
  }

  @Test
  void theTablePrintsEveryCodeAndRange() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CloseCodeTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1 + CloseCode.values().length + CloseCodeRange.values().length, lines.size());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("1000") && line.contains("NORMAL_CLOSURE") && line.contains("browser")));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("1005") && line.contains("local")));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("1014") && line.contains(" wire ")));
  }

  /** A table that could not be written (standard output on a full disk) is an error, not exit 0. */
  @Test
  void aTableThatCannotBeWrittenIsAnError() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full here");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CloseCodeTable.class.getName())
        .redirectOutput(full.toFile())
        .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, process.waitFor(), err);
    assertEquals("CloseCodeTable: cannot write the table to standard output", err.strip());
  }
}
