package dev.closecodes.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Inline;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock file's text, read back, and compared with a regeneration. */
class LockFileTest {

  private static final SourceLocation PAGE_START = new SourceLocation("page.md", 1);

  private static CodeTable.Code code(int code, String constant, String description) {
    return new CodeTable.Code(code, constant, constant, CodeTable.NameSource.REGISTRY, "", constant,
        new RichText(List.of(new Inline.Text(description))), Optional.of(new SourceLocation("page.md", code - 990)),
        false, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  private static CodeTable table(CodeTable.Code... codes) {
    return table(List.of(new CodeRange(1000, 1003), new CodeRange(3000, 4999)), codes);
  }

  private static CodeTable table(List<CodeRange> mayTravel, CodeTable.Code... codes) {
    CodeTable.Range range = new CodeTable.Range(new CodeRange(3000, 3999), "IANA", "IANA",
        CodeTable.NameSource.REGISTRY, new RichText(List.of(new Inline.Text("Registered."))), false,
        new SourceLocation("page.md", 40), List.of());
    Page page = new Page("page.md", "en", Page.LocaleFrom.GIVEN, "0".repeat(64), List.of(), PageProse.EMPTY);
    return new CodeTable(page, List.of(), Optional.empty(), List.of(codes), List.of(range), mayTravel,
        List.of(CodeRange.of(1000), new CodeRange(3000, 4999)), List.of(), ChecksFrom.PAGE);
  }

  private static List<String> compare(CodeTable before, CodeTable now, boolean allowRemovals) {
    Diagnostics diagnostics = new Diagnostics();
    LockFile.Locked locked =
        LockFile.parse("closecodes.lock", LockFile.format("org.example.ws", before, List.of(), List.of()), diagnostics);
    LockFile.compare("closecodes.lock", locked, now, List.of(), allowRemovals, PAGE_START, diagnostics);
    return diagnostics.all().stream().map(d -> d.where() + " " + d.message()).toList();
  }

  @Test
  void itsTextReadsBackAsTheEntriesItWasWrittenFrom() {
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."), code(1001, "GOING_AWAY", "Leaving."));
    List<LockFile.Warning> warnings = List.of(new LockFile.Warning("a".repeat(64), "page.md:8: repaired mojibake"));
    List<String> interfaces = List.of("jakarta.websocket.CloseReason.CloseCode", "javax.websocket.CloseReason.CloseCode");
    String text = LockFile.format("org.example.ws", table, interfaces, warnings);
    assertTrue(text.startsWith("# closecodes lock file"), text);
    assertTrue(text.contains("code\t1000\tNORMAL_CLOSURE\t"), text);
    assertTrue(text.contains("range\t3000-3999\tIANA\t"), text);
    assertTrue(text.contains("check\tmayTravelInCloseFrame\t1000-1003,3000-4999\n"
        + "check\tmayPassToBrowserClose\t1000,3000-4999\ncheck\tisReportedLocallyOnly\tnone\n"), text);
    Diagnostics diagnostics = new Diagnostics();
    LockFile.Locked read = LockFile.parse("closecodes.lock", text, diagnostics);
    assertFalse(diagnostics.hasErrors());
    assertEquals(LockFile.entries(table).stream().map(LockFile.Entry::key).toList(),
        read.entries().stream().map(LockFile.Entry::key).toList());
    assertEquals(LockFile.checks(table), read.checks().stream().map(check -> check.withLine(0)).toList());
    assertEquals(6, read.entries().get(0).line());
    assertEquals(Optional.of(new LockFile.WrittenFor("org.example.ws", 5)), read.writtenFor());
    assertEquals(interfaces, read.implemented().orElseThrow().interfaces());
    assertEquals(Optional.of(List.of()), LockFile.parse("closecodes.lock", LockFile.format("org.example.ws", table,
        List.of(), warnings), diagnostics).implemented().map(LockFile.Implemented::interfaces));
    assertTrue(text.endsWith("warning\t" + "a".repeat(64) + "\tpage.md:8: repaired mojibake\n"), text);
    assertEquals(java.util.Set.of("page.md:8: repaired mojibake"), LockFile.warnings(text));
  }

  @Test
  void aMalformedImplementsLineIsAnErrorAtItsLine() {
    Diagnostics diagnostics = new Diagnostics();
    LockFile.Locked read = LockFile.parse("closecodes.lock", "# header\nimplements\tjakarta.websocket.Close Code\n"
        + "implements\tnone\nimplements\tnone\nimplements\n", diagnostics);
    assertEquals(Optional.of(3), read.implemented().map(LockFile.Implemented::line));
    assertEquals(List.of("closecodes.lock:2: the lock file cannot be read: 'jakarta.websocket.Close Code' is not an"
            + " interface's qualified name",
        "closecodes.lock:4: the lock file cannot be read: a lock file has one implements line",
        "closecodes.lock:5: the lock file cannot be read: expected implements and the interfaces separated by a tab;"
            + " found 1 field(s)"),
        diagnostics.all().stream().map(d -> d.where() + ": " + d.text()).toList());
  }

  @Test
  void aMalformedLineIsAnErrorAtItsLine() {
    Diagnostics diagnostics = new Diagnostics();
    LockFile.Locked read = LockFile.parse("closecodes.lock", "# header\ncode\t1000\tX\n"
        + "check\tmayTravelInCloseFrame\t1000-\ncheck\tisValid\t1000\ncheck\tmayPassToBrowserClose\n", diagnostics);
    assertEquals(List.of(), read.entries());
    assertEquals(List.of(), read.checks());
    assertEquals(List.of("closecodes.lock:2", "closecodes.lock:3", "closecodes.lock:4", "closecodes.lock:5"),
        diagnostics.all().stream().map(d -> d.where().toString()).toList());
    assertEquals("the lock file cannot be read: '1000-' is not a list of codes and ranges such as 1000-1003,3000-4999,"
        + " or none", diagnostics.all().get(1).text());
    assertEquals("the lock file cannot be read: 'isValid' is not one of the checks mayTravelInCloseFrame,"
        + " mayPassToBrowserClose and isReportedLocallyOnly", diagnostics.all().get(2).text());
  }

  /** The unnamed package's line ends in its tab, which reading a line strips: it reads back all the same. */
  @Test
  void theUnnamedPackageReadsBack() {
    Diagnostics diagnostics = new Diagnostics();
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."));
    LockFile.Locked read =
        LockFile.parse("closecodes.lock", LockFile.format("", table, List.of(), List.of()), diagnostics);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(Optional.of(new LockFile.WrittenFor("", 5)), read.writtenFor());
    assertEquals(LockFile.entries(table).size(), read.entries().size());
  }

  /**
   * A file that is no lock file at all (a lock-file name that names another file) is one error for
   * each kind of damage, at its first line, with how many lines have it: not one for every line.
   */
  @Test
  void linesDamagedAlikeAreOneErrorAtTheFirstOfThem() {
    Diagnostics diagnostics = new Diagnostics();
    LockFile.parse("closecodes.lock", "# header\nSome text\nmore text\n\ncode\t1000\tX\nthe end\n", diagnostics);
    assertEquals(List.of("closecodes.lock:2", "closecodes.lock:5"),
        diagnostics.all().stream().map(d -> d.where().toString()).toList());
    assertEquals("the lock file cannot be read: expected kind, codes, constant and hash separated by tabs;"
        + " found 1 field(s); 3 line(s) like it, from this line to line 6", diagnostics.all().get(0).text());
    assertEquals("the lock file cannot be read: expected kind, codes, constant and hash separated by tabs;"
        + " found 3 field(s)", diagnostics.all().get(1).text());
  }

  /**
   * Two branches that each regenerated the lock file leave a merge conflict in it. Its marker lines
   * were each "expected kind, codes, constant and hash", which says nothing of what happened: it
   * is one error at the first marker that says what it is and how to end it. A merge that keeps
   * both sides' lines (git's union merge) lists a code twice, which had been read with the later
   * line winning, in silence: an error at the second, with how many there are.
   */
  @Test
  void aMergeConflictOrACodeListedTwiceIsAnErrorThatSaysSo() {
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."), code(1001, "GOING_AWAY", "Leaving."));
    String text = LockFile.format("org.example.ws", table, List.of(), List.of());
    String line1001 = text.lines().filter(line -> line.startsWith("code\t1001\t")).findFirst().orElseThrow();
    String other = line1001.substring(0, line1001.length() - 64) + "b".repeat(64);
    Diagnostics conflict = new Diagnostics();
    LockFile.parse("closecodes.lock", text.replace(line1001,
        "<<<<<<< HEAD\n" + line1001 + "\n=======\n" + other + "\n>>>>>>> feature"), conflict);
    int marker = text.lines().toList().indexOf(line1001) + 1;
    assertEquals(List.of("closecodes.lock:" + marker + " LOCK_FILE_MERGE_CONFLICT"),
        conflict.all().stream().map(d -> d.where() + " " + d.message()).toList());
    assertEquals("the lock file holds a merge conflict, from this line to line " + (marker + 4) + ": keep either"
        + " side's lines and build again; closecodes compares what it generates with them and writes the file"
        + " anew", conflict.all().get(0).text());

    Diagnostics union = new Diagnostics();
    LockFile.parse("closecodes.lock", text.replace(line1001, line1001 + "\n" + other), union);
    assertEquals(List.of("closecodes.lock:" + (marker + 1) + " LOCK_FILE_BAD"),
        union.all().stream().map(d -> d.where() + " " + d.message()).toList());
    assertEquals("the lock file cannot be read: code 1001 is listed again, as a merge that keeps both sides'"
        + " lines leaves it; keep one line for it", union.all().get(0).text());
  }

  /** A check line as long as a line may be is read a part at a time, with no stack to overflow. */
  @Test
  void aLongCheckLineIsReadWithoutOverflowingTheStack() {
    Diagnostics diagnostics = new Diagnostics();
    String codes = "1000,".repeat(19_999) + "1000";
    LockFile.Locked read = LockFile.parse("closecodes.lock", "check\tmayTravelInCloseFrame\t" + codes + "\n"
        + "check\tmayPassToBrowserClose\t" + codes + ",x\n", diagnostics);
    assertEquals(List.of(new LockFile.Check("mayTravelInCloseFrame", codes, 1)), read.checks());
    assertEquals(List.of("closecodes.lock:2"), diagnostics.all().stream().map(d -> d.where().toString()).toList());
  }

  /**
   * A regeneration whose checks accept other codes than those the lock file records changes what
   * the consumer's code does with no constant added or removed: a note at the check's lock file
   * line, with the codes before and after.
   */
  @Test
  void aCheckThatAcceptsOtherCodesNowIsANoteAtItsLockFileLine() {
    CodeTable before = table(List.of(new CodeRange(1000, 1003), new CodeRange(3000, 4999)),
        code(1000, "NORMAL_CLOSURE", "Fine."));
    CodeTable now = table(List.of(new CodeRange(1000, 1003), new CodeRange(1012, 1014), new CodeRange(3000, 4999)),
        code(1000, "NORMAL_CLOSURE", "Fine."));
    assertEquals(List.of("closecodes.lock:8 LOCK_CHECK_CHANGED"), compare(before, now, false));
    Diagnostics diagnostics = new Diagnostics();
    LockFile.compare("closecodes.lock",
        LockFile.parse("closecodes.lock", LockFile.format("org.example.ws", before, List.of(), List.of()), diagnostics),
        now, List.of(), false, PAGE_START, diagnostics);
    assertEquals("CloseCodes.mayTravelInCloseFrame accepts 1000–1003, 1012–1014, 3000–4999 now; it accepted"
        + " 1000–1003, 3000–4999 when this lock file was written", diagnostics.all().get(0).text());
  }

  /** A lock file written before it recorded the checks has nothing to compare them with, and says nothing of them. */
  @Test
  void aLockFileWithoutChecksSaysNothingOfThem() {
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."));
    String older = LockFile.format("org.example.ws", table, List.of(), List.of()).replaceAll("(?m)^check\t.*\n", "");
    Diagnostics diagnostics = new Diagnostics();
    LockFile.Locked read = LockFile.parse("closecodes.lock", older, diagnostics);
    LockFile.compare("closecodes.lock", read, table(List.of(CodeRange.of(1000)), code(1000, "NORMAL_CLOSURE", "Fine.")),
        List.of(), false, PAGE_START, diagnostics);
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void nothingChangedIsNothingToSay() {
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."));
    assertEquals(List.of(), compare(table, table, false));
  }

  @Test
  void anAddedCodeAndANewDescriptionAreNotesAtThePageRow() {
    CodeTable before = table(code(1000, "NORMAL_CLOSURE", "Fine."));
    CodeTable now = table(code(1000, "NORMAL_CLOSURE", "Done."), code(1012, "SERVICE_RESTART", "Restarting."));
    assertEquals(List.of("page.md:10 LOCK_DESCRIPTION_CHANGED", "page.md:22 LOCK_CODE_ADDED"),
        compare(before, now, false));
  }

  @Test
  void aRemovedOrRenamedConstantIsAnErrorAtTheLockFileLineUnlessAllowed() {
    CodeTable before = table(code(1000, "NORMAL_CLOSURE", "Fine."), code(1001, "GOING_AWAY", "Leaving."));
    CodeTable now = table(code(1000, "NORMAL", "Fine."));
    assertEquals(List.of("closecodes.lock:6 LOCK_CONSTANT_RENAMED", "closecodes.lock:7 LOCK_CONSTANT_REMOVED"),
        compare(before, now, false));
    assertEquals(List.of("closecodes.lock:6 LOCK_CONSTANT_RENAME_ALLOWED", "closecodes.lock:7 LOCK_CONSTANT_REMOVAL_ALLOWED"),
        compare(before, now, true));
  }
}
