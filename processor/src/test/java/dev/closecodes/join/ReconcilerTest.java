package dev.closecodes.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Inline;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page and the registry joined: names, texts, the three sets, and where the two disagree. */
class ReconcilerTest {

  private final List<PageRow> rows = new ArrayList<>();
  private final List<RegistryEntry> entries = new ArrayList<>();
  private Diagnostics diagnostics;

  @BeforeEach
  void fresh() {
    diagnostics = new Diagnostics();
  }

  /** A page row on the next line; {@code reserved} as MDN marks it. */
  private void row(int from, int to, String name, String description, boolean reserved) {
    rows.add(new PageRow(new CodeRange(from, to), name, new RichText(List.of(new Inline.Text(description))),
        reserved, new SourceLocation("page.md", 10 + rows.size())));
  }

  private void registered(int from, int to, String name, CodeStatus status) {
    entries.add(new RegistryEntry(new CodeRange(from, to), name, status, "RFC 6455",
        new SourceLocation("registry.csv", 2 + entries.size())));
  }

  private Page page(String locale) {
    return new Page("page.md", locale, Page.LocaleFrom.GIVEN, "0".repeat(64), rows, PageProse.EMPTY);
  }

  private CodeTable join(ChecksFrom checksFrom, Map<Integer, String> names) {
    Optional<Registry> registry = entries.isEmpty() ? Optional.empty()
        : Optional.of(new Registry("registry.csv", "1".repeat(64), entries));
    return Reconciler.reconcile(page("en-US"), List.of(), registry, checksFrom, names, diagnostics);
  }

  private static CodeTable.Code code(CodeTable table, int code) {
    return table.codes().stream().filter(c -> c.code() == code).findFirst().orElseThrow();
  }

  private List<String> reported() {
    return diagnostics.all().stream().map(d -> d.where() + " " + d.message()).toList();
  }

  @Test
  void aConstantIsNamedAfterTheRegistryElseThePageElseItsNumber() {
    row(1000, 1000, "CLOSE_NORMAL", "Fine.", false);
    row(1001, 1001, "Going away", "Leaving.", false);
    row(1002, 1002, "", "Broken.", false);
    registered(1000, 1000, "Normal Closure", CodeStatus.WIRE);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals("NORMAL_CLOSURE", code(table, 1000).constant());
    assertEquals(CodeTable.NameSource.REGISTRY, code(table, 1000).nameSource());
    assertEquals("GOING_AWAY", code(table, 1001).constant());
    assertEquals(CodeTable.NameSource.PAGE, code(table, 1001).nameSource());
    assertEquals("CODE_1002", code(table, 1002).constant());
    assertEquals(CodeTable.NameSource.NUMBER, code(table, 1002).nameSource());
    assertEquals("CLOSE_NORMAL", code(table, 1000).pageName());
    assertEquals("Normal Closure", code(table, 1000).registeredName());
    // two constants named after the page's wording or numbers: one warning, at the first; and the
    // two codes the page lets be used that the registry lacks, which its checks leave out
    assertEquals(List.of("page.md:11 NAMES_FROM_PAGE", "page.md:11 PAGE_CODES_NOT_REGISTERED",
        "page.md:12 PAGE_CODES_NOT_REGISTERED"), reported());
  }

  @Test
  void aNameGivenInNamesWinsAndATakenNameIsMadeUniqueWithTheCode() {
    row(1000, 1000, "Same", "A.", false);
    row(4000, 4000, "Same", "B.", false);
    row(4001, 4001, "MASK", "C.", false);
    CodeTable table = join(ChecksFrom.PAGE, Map.of(1000, "BYE"));
    assertEquals("BYE", code(table, 1000).constant());
    assertEquals(CodeTable.NameSource.OVERRIDE, code(table, 1000).nameSource());
    assertEquals("SAME", code(table, 4000).constant());
    assertEquals("MASK_4001", code(table, 4001).constant()); // a member of the generated enums has MASK
    assertEquals("MASK", code(table, 4001).givenName());
  }

  /**
   * A registered name whose constant another code or range already has (a registry line copied
   * and not wholly changed), or a member of the generated enums, gives a constant named after
   * another code: a warning at the registry line, naming the holder and the constant given.
   */
  @Test
  void aRegisteredNameWhoseConstantIsTakenIsAWarningAtTheRegistryLine() {
    row(1001, 1001, "Going Away", "Leaving.", false);
    row(1002, 1002, "Protocol error", "Broken.", false);
    row(4001, 4001, "", "Masked.", false);
    registered(1001, 1001, "Going Away", CodeStatus.WIRE);
    registered(1002, 1002, "Going away", CodeStatus.WIRE);
    registered(4001, 4001, "Mask", CodeStatus.PRIVATE);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals("GOING_AWAY_1002", code(table, 1002).constant());
    assertEquals(List.of("registry.csv:3 REGISTRY_NAME_TAKEN", "registry.csv:4 REGISTRY_NAME_TAKEN"), reported());
    assertEquals("the registry's name for 1002, 'Going away', makes the constant GOING_AWAY, which code 1001 has"
        + " already, so 1002's constant is GOING_AWAY_1002", diagnostics.all().get(0).text());
    assertEquals("the registry's name for 4001, 'Mask', makes the constant MASK, which a member of the generated"
        + " enums has already, so 4001's constant is MASK_4001", diagnostics.all().get(1).text());
  }

  @Test
  void aNameInNamesThatAnotherCodeGetsIsAnErrorWhereThatCodeGetsIt() {
    row(1000, 1000, "Normal", "A.", false);
    row(1001, 1001, "Away", "B.", false);
    join(ChecksFrom.PAGE, Map.of(1000, "AWAY"));
    assertTrue(reported().contains("page.md:11 NAME_TAKEN"), reported().toString());
  }

  @Test
  void aNameInNamesForACodeNoDocumentHasIsAWarningOnTheNamesAttribute() {
    row(1000, 1000, "Normal", "A.", false);
    join(ChecksFrom.PAGE, Map.of(4999, "LAST"));
    Diagnostic unused = diagnostics.all().stream().filter(d -> d.message().name().equals("NAME_UNUSED"))
        .findFirst().orElseThrow();
    assertEquals(new RequestPart("names"), unused.where());
    assertFalse(diagnostics.hasErrors());
  }

  /**
   * A name for a code the page lists only within a range (an application's own 4001) is no name
   * of a code "on no page": the warning names the range that holds it, and says that names()
   * renames constants and adds none.
   */
  @Test
  void aNameForACodeListedOnlyInARangeSaysWhichRangeHoldsIt() {
    row(1000, 1000, "Normal", "A.", false);
    row(4000, 4999, "", "Private use.", false);
    registered(3000, 3999, "Registered with IANA", CodeStatus.IANA);
    join(ChecksFrom.REGISTRY, Map.of(4001, "MY_APP_FAILED", 3500, "PARTNER_CODE", 999, "BELOW"));
    List<String> texts = diagnostics.all().stream().map(Diagnostic::text).toList();
    assertTrue(texts.contains("names(): code 4001 has no constant of its own to name MY_APP_FAILED: the page lists"
        + " it only within the range 4000–4999 (page.md:11); names() renames the constants the documents give,"
        + " and adds none"), texts.toString());
    assertTrue(texts.contains("names(): code 3500 has no constant of its own to name PARTNER_CODE: the registry lists"
        + " it only within the range 3000–3999 (registry.csv:2); names() renames the constants the documents give,"
        + " and adds none"), texts.toString());
    assertTrue(texts.contains("names(): code 999 is on no page and not in the registry, so no constant is named BELOW"),
        texts.toString());
    assertFalse(diagnostics.hasErrors());
  }

  @Test
  void aCodeTakesTheTextOfTheInnermostRowAndRangeHoldingIt() {
    row(3000, 3999, "", "For libraries.", false);
    row(3000, 3099, "", "Inner.", false);
    registered(3008, 3008, "Timeout", CodeStatus.IANA);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    CodeTable.Code timeout = code(table, 3008);
    assertEquals("Inner.", timeout.description().plainText());
    assertEquals(Optional.of("CODES_3000_3099"), timeout.range());
    assertEquals(2, table.ranges().size());
  }

  @Test
  void theRegistryDecidesTheChecksAndEachDisagreementIsAWarningAtThePageRow() {
    row(1000, 1000, "Normal", "Fine.", false);
    row(1005, 1005, "No status", "Sent by nobody.", false); // not marked reserved: usable, says the page
    row(1012, 1012, "Restart", "Reserved.", true); // marked reserved, but registered for close frames
    registered(1000, 1000, "Normal Closure", CodeStatus.WIRE);
    registered(1005, 1005, "No Status Rcvd", CodeStatus.LOCAL);
    registered(1012, 1012, "Service Restart", CodeStatus.WIRE);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals(List.of(CodeRange.of(1000), CodeRange.of(1012)), table.mayTravelInCloseFrame());
    // RFC 6455's 1005, 1006 and 1015, whatever the registry lists
    assertEquals(List.of(new CodeRange(1005, 1006), CodeRange.of(1015)), table.reportedLocallyOnly());
    assertEquals(List.of(CodeRange.of(1000), new CodeRange(3000, 4999)), table.mayPassToBrowserClose());
    assertEquals(ChecksFrom.REGISTRY, table.checksFrom());
    assertEquals(List.of("page.md:11 PAGE_ALLOWS_RESERVED_CODE", "page.md:12 PAGE_RESERVES_REGISTERED_CODE"),
        reported());
  }

  /**
   * Codes the page lets be used that no entry of the registry holds (a line lost from the registry,
   * or a bound mistyped, 1017–2999 for 1016–2999) are left out of the checks the registry decides:
   * 1001 could not travel in a close frame. A warning at the page row names them, once for each
   * stretch without an entry; they had been left out with nothing said. Codes the page marks
   * reserved are no disagreement, nor are codes RFC 6455 never lets travel (1005, from 5000), which
   * no registry entry would change, nor is a page without a registry.
   */
  @Test
  void codesThePageLetsBeUsedThatNoRegistryEntryHoldsAreAWarningAtThePageRow() {
    row(1000, 1000, "Normal", "Fine.", false);
    row(1001, 1001, "Going away", "Leaving.", false);
    row(1004, 1004, "Reserved", "Reserved.", true);
    row(1005, 1005, "No status", "Not sent.", false);
    row(1016, 2999, "", "For later.", false);
    row(5000, 65535, "", "Not valid.", false);
    registered(1000, 1000, "Normal Closure", CodeStatus.WIRE);
    registered(1017, 2999, "Future revisions", CodeStatus.RESERVED);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals(List.of(CodeRange.of(1000)), table.mayTravelInCloseFrame());
    assertEquals(List.of("page.md:11 NAMES_FROM_PAGE", "page.md:11 PAGE_CODES_NOT_REGISTERED",
        "page.md:14 PAGE_CODES_NOT_REGISTERED", "page.md:14 PAGE_ALLOWS_RESERVED_CODE"), reported());
    assertEquals("the page describes 1001 as usable here, but no entry of the registry (registry.csv) holds it;"
        + " the registry decides the checks (checksFrom = REGISTRY)", diagnostics.all().get(1).text());
    assertTrue(diagnostics.all().get(2).text().startsWith("the page describes 1016 as usable here"),
        diagnostics.all().get(2).text());

    fresh();
    entries.clear();
    join(ChecksFrom.PAGE, Map.of());
    assertTrue(reported().stream().noneMatch(line -> line.endsWith("PAGE_CODES_NOT_REGISTERED")), reported()::toString);
  }

  /**
   * A page that gives a code the name the registry gives another (MDN's Portuguese and Chinese
   * pages named 1007 "Unsupported Data", 1003's name) puts the other code's name in the Javadoc:
   * a warning at the page row. A name in the page's own words, or one that only says reserved, as
   * the registry names 1004, is none.
   */
  @Test
  void aPageNameThatTheRegistryGivesAnotherCodeIsAWarningAtThePageRow() {
    row(1003, 1003, "CLOSE_UNSUPPORTED", "Wrong type.", false);
    row(1004, 1004, "", "Reserved.", true);
    row(1007, 1007, "Unsupported data", "Bad payload.", false);
    row(1008, 1008, "Violação de política", "Against policy.", false);
    row(1015, 1015, "Reserved", "Reserved for TLS.", true);
    registered(1003, 1003, "Unsupported Data", CodeStatus.WIRE);
    registered(1004, 1004, "Reserved", CodeStatus.RESERVED);
    registered(1007, 1007, "Invalid frame payload data", CodeStatus.WIRE);
    registered(1008, 1008, "Policy Violation", CodeStatus.WIRE);
    registered(1015, 1015, "TLS handshake", CodeStatus.LOCAL);
    join(ChecksFrom.REGISTRY, Map.of());
    assertEquals(List.of("page.md:12 PAGE_NAMES_ANOTHER_CODE"), reported());
    assertEquals("the page names 1007 'Unsupported data' here, the name the registry (registry.csv:2) gives 1003,"
        + " where it names 1007 'Invalid frame payload data' (registry.csv:4): the row may have been copied from"
        + " that of 1003; the page's name is carried into the Javadoc as written",
        diagnostics.all().get(0).text());
  }

  /**
   * The page and the registry disagree over ranges as over single codes: a page that marks
   * 3000–3999 reserved, or lets 1016–1999 be used, would change the checks it decides. One warning
   * for each row and entry that disagree, at the page row, naming the codes they share.
   */
  @Test
  void aRangeThePageAndTheRegistryDisagreeAboutIsAWarningAtThePageRow() {
    row(1000, 1000, "Normal", "Fine.", false);
    row(1016, 1999, "", "Open to use.", false);
    row(2000, 2999, "", "Reserved.", true);
    row(3000, 3999, "", "Reserved.", true);
    row(3008, 3008, "Timeout", "Timed out.", false);
    registered(1000, 1000, "Normal Closure", CodeStatus.WIRE);
    registered(1016, 2999, "Reserved for future", CodeStatus.RESERVED);
    registered(3000, 3999, "IANA registration", CodeStatus.IANA);
    registered(3008, 3008, "Timeout", CodeStatus.IANA);
    CodeTable table = join(ChecksFrom.PAGE, Map.of());
    assertEquals(List.of("page.md:11 PAGE_ALLOWS_RESERVED_CODE", "page.md:13 PAGE_RESERVES_REGISTERED_CODE"),
        reported());
    assertEquals("the page describes 1016–1999 as usable here, but the registry (registry.csv:3) has it reserved as"
        + " 'Reserved for future'; the page decides the checks (checksFrom = PAGE)", diagnostics.all().get(0).text());
    assertEquals("the page marks 3000–3999 reserved here, but the registry (registry.csv:4) registers it as"
        + " 'IANA registration' (for use in close frames); the page decides the checks (checksFrom = PAGE)",
        diagnostics.all().get(1).text());
    assertEquals(List.of(CodeRange.of(1000), new CodeRange(1016, 1999), CodeRange.of(3008)),
        table.mayTravelInCloseFrame());
  }

  /**
   * Another page that marks codes reserved where the primary page lets them be used (MDN's French
   * page kept 1012–1014 reserved for years after they were registered), or the other way round,
   * gives {@code description(Locale)} words that contradict the checks: a warning at its row, for
   * each row of the primary page it disagrees with.
   */
  @Test
  void anotherPageThatReservesWhatThePrimaryPageLetsBeUsedIsAWarningAtItsRow() {
    row(1011, 1011, "Internal Error", "Failed.", false);
    row(1012, 1012, "Service Restart", "Restarting.", false);
    row(1013, 1013, "Try Again Later", "Overloaded.", false);
    row(1016, 2999, "", "Reserved.", true);
    List<PageRow> french = List.of(
        new PageRow(CodeRange.of(1011), "", text("Échec."), false, new SourceLocation("fr.md", 40)),
        new PageRow(new CodeRange(1012, 1013), "", text("Réservé."), true, new SourceLocation("fr.md", 41)),
        new PageRow(new CodeRange(1016, 1999), "", text("Réservé."), true, new SourceLocation("fr.md", 42)),
        new PageRow(new CodeRange(2000, 2999), "", text("Libre."), false, new SourceLocation("fr.md", 43)));
    Reconciler.reconcile(page("en-US"),
        List.of(new Page("fr.md", "fr", Page.LocaleFrom.GIVEN, "2".repeat(64), french, PageProse.EMPTY)),
        Optional.empty(), ChecksFrom.PAGE, Map.of(), diagnostics);
    assertEquals(List.of("page.md:10 NAMES_FROM_PAGE", "fr.md:41 TRANSLATION_STATUS_DIFFERS",
        "fr.md:41 TRANSLATION_STATUS_DIFFERS", "fr.md:43 TRANSLATION_STATUS_DIFFERS"), reported());
    assertEquals("this page marks 1012 reserved here, where the primary page marks it usable (page.md:11);"
        + " description(Locale) gives this page's words for it", diagnostics.all().get(1).text());
    assertEquals("this page marks 2000–2999 usable here, where the primary page marks it reserved (page.md:13);"
        + " description(Locale) gives this page's words for it", diagnostics.all().get(3).text());
  }

  private static RichText text(String words) {
    return new RichText(List.of(new Inline.Text(words)));
  }

  @Test
  void thePageDecidesWhenAskedButNeverSendsWhatIsOnlyReportedLocally() {
    row(1000, 1000, "Normal", "Fine.", false);
    row(1005, 1005, "No status", "Sent by nobody.", false);
    row(1012, 1012, "Restart", "Reserved.", true);
    registered(1005, 1005, "No Status Rcvd", CodeStatus.LOCAL);
    registered(1012, 1012, "Service Restart", CodeStatus.WIRE);
    CodeTable table = join(ChecksFrom.PAGE, Map.of());
    assertEquals(List.of(CodeRange.of(1000)), table.mayTravelInCloseFrame());
    assertEquals(ChecksFrom.PAGE, table.checksFrom());
  }

  @Test
  void withNoRegistryThePageDecides() {
    row(0, 999, "", "Reserved.", true);
    row(1000, 1000, "Normal", "Fine.", false);
    row(4000, 4999, "", "Private.", false);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals(ChecksFrom.PAGE, table.checksFrom());
    assertEquals(List.of(CodeRange.of(1000), new CodeRange(4000, 4999)), table.mayTravelInCloseFrame());
  }

  @Test
  void theOtherPagesGiveEachCodeTheirTextInOrder() {
    row(1000, 1000, "Normal", "Fine.", false);
    Page french = new Page("fr.md", "fr", Page.LocaleFrom.GIVEN, "2".repeat(64),
        List.of(new PageRow(CodeRange.of(1000), "Normal", new RichText(List.of(new Inline.Text("Bien."))), false,
            new SourceLocation("fr.md", 5))),
        PageProse.EMPTY);
    Page empty = new Page("de.md", "de", Page.LocaleFrom.GIVEN, "3".repeat(64), List.of(), PageProse.EMPTY);
    CodeTable table = Reconciler.reconcile(page("en-US"), List.of(french, empty), Optional.empty(), ChecksFrom.PAGE,
        Map.of(), diagnostics);
    assertEquals(List.of("Bien.", ""), code(table, 1000).translated());
  }

  @Test
  void aRegisteredNameThatIsASentenceNamesNoConstantAndSaysSo() {
    row(1014, 1014, "Bad Gateway", "The server was a gateway and got a bad answer.", false);
    registered(1014, 1014, "The server was acting as a gateway or proxy and received an invalid response.",
        CodeStatus.WIRE);
    CodeTable table = join(ChecksFrom.REGISTRY, Map.of());
    assertEquals("BAD_GATEWAY", code(table, 1014).constant());
    assertTrue(code(table, 1014).registeredName().startsWith("The server was acting"));
    assertEquals(List.of("registry.csv:2 REGISTRY_NAME_IS_A_SENTENCE", "page.md:10 NAMES_FROM_PAGE"), reported());
  }

  @Test
  void theWarningOnNamesFromThePageCountsThemInWordsThatAgree() {
    row(1000, 1000, "Normal", "Fine.", false);
    join(ChecksFrom.PAGE, Map.of());
    assertEquals("1 constant name comes from the page's wording or its numbers, not from the registry or names():"
        + " NORMAL; it changes when the page is reworded or translated", diagnostics.all().get(0).text());

    fresh();
    row(1001, 1001, "", "Leaving.", false);
    join(ChecksFrom.PAGE, Map.of());
    assertEquals("2 constant names come from the page's wording or its numbers, not from the registry or names():"
        + " NORMAL, CODE_1001; they change when the page is reworded or translated", diagnostics.all().get(0).text());
  }

  @Test
  void aNameInTheShapeOfAnotherCodesNameIsAWarning() {
    row(1000, 1000, "Normal", "Fine.", false);
    row(4001, 4001, "Code 1005", "One.", false);
    row(4004, 4004, "FOO_BAR_4000", "Two.", false);
    row(4005, 4005, "Quota 4005", "Three.", false);
    join(ChecksFrom.PAGE, Map.of());
    List<String> warned = diagnostics.all().stream()
        .filter(d -> d.message().name().equals("NAME_LOOKS_LIKE_ANOTHER_CODE"))
        .map(d -> d.where().toString()).toList();
    assertEquals(List.of("page.md:11", "page.md:12"), warned);
  }
}
