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
    CodeTable.Range range = new CodeTable.Range(new CodeRange(3000, 3999), "IANA", "IANA",
        CodeTable.NameSource.REGISTRY, new RichText(List.of(new Inline.Text("Registered."))), false,
        new SourceLocation("page.md", 40), List.of());
    Page page = new Page("page.md", "en", "0".repeat(64), List.of(), PageProse.EMPTY);
    return new CodeTable(page, List.of(), Optional.empty(), List.of(codes), List.of(range), List.of(), List.of(),
        List.of(), ChecksFrom.PAGE);
  }

  private static List<String> compare(CodeTable before, CodeTable now, boolean allowRemovals) {
    Diagnostics diagnostics = new Diagnostics();
    List<LockFile.Entry> locked = LockFile.parse("closecodes.lock", LockFile.format(before, List.of()), diagnostics);
    LockFile.compare("closecodes.lock", locked, now, allowRemovals, PAGE_START, diagnostics);
    return diagnostics.all().stream().map(d -> d.where() + " " + d.message()).toList();
  }

  @Test
  void itsTextReadsBackAsTheEntriesItWasWrittenFrom() {
    CodeTable table = table(code(1000, "NORMAL_CLOSURE", "Fine."), code(1001, "GOING_AWAY", "Leaving."));
    List<LockFile.Warning> warnings = List.of(new LockFile.Warning("a".repeat(64), "page.md:8: repaired mojibake"));
    String text = LockFile.format(table, warnings);
    assertTrue(text.startsWith("# closecodes lock file"), text);
    assertTrue(text.contains("code\t1000\tNORMAL_CLOSURE\t"), text);
    assertTrue(text.contains("range\t3000-3999\tIANA\t"), text);
    Diagnostics diagnostics = new Diagnostics();
    List<LockFile.Entry> read = LockFile.parse("closecodes.lock", text, diagnostics);
    assertFalse(diagnostics.hasErrors());
    assertEquals(LockFile.entries(table).stream().map(LockFile.Entry::key).toList(),
        read.stream().map(LockFile.Entry::key).toList());
    assertEquals(4, read.get(0).line());
    assertTrue(text.endsWith("warning\t" + "a".repeat(64) + "\tpage.md:8: repaired mojibake\n"), text);
    assertEquals(java.util.Set.of("page.md:8: repaired mojibake"), LockFile.warnings(text));
  }

  @Test
  void aMalformedLineIsAnErrorAtItsLine() {
    Diagnostics diagnostics = new Diagnostics();
    List<LockFile.Entry> read = LockFile.parse("closecodes.lock", "# header\ncode\t1000\tX\n", diagnostics);
    assertEquals(List.of(), read);
    assertEquals("closecodes.lock:2", diagnostics.all().get(0).where().toString());
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
    assertEquals(List.of("closecodes.lock:4 LOCK_CONSTANT_RENAMED", "closecodes.lock:5 LOCK_CONSTANT_REMOVED"),
        compare(before, now, false));
    assertEquals(List.of("closecodes.lock:4 LOCK_CONSTANT_RENAME_ALLOWED", "closecodes.lock:5 LOCK_CONSTANT_REMOVAL_ALLOWED"),
        compare(before, now, true));
  }
}
