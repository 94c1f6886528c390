package dev.closecodes.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one channel every stage reports into. */
class DiagnosticsTest {

  @Test
  void everyMessageReadsAsStringFormatWouldWriteIt() {
    for (Message message : Message.values()) {
      List<Object> arguments = new java.util.ArrayList<>();
      java.util.regex.Matcher conversion = java.util.regex.Pattern.compile("%[0-9]*([a-zA-Z])").matcher(message.pattern());
      while (conversion.find()) {
        int n = arguments.size();
        arguments.add(conversion.group(1).equals("s") ? (n % 2 == 0 ? "text " + n : (Object) null)
            : (Object) (n % 2 == 0 ? -1000 - n : 65_535L + n));
      }
      Object[] filled = arguments.toArray();
      assertEquals(String.format(java.util.Locale.ROOT, message.pattern(), filled), message.format(filled),
          message.name());
    }
    // too few arguments: String.format's failure, as before
    assertThrows(java.util.MissingFormatArgumentException.class, () -> Message.INTERNAL_ERROR.format());
  }

  @Test
  void itKnowsWhetherAnErrorWasReported() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.report(Message.MOJIBAKE_REPAIRED, new SourceLocation("page.md", 3), "Mac Roman", 1, 3);
    assertFalse(diagnostics.hasErrors());
    diagnostics.stopIfErrors(); // no error: goes on
    diagnostics.report(Message.NOT_A_CODE, new SourceLocation("page.md", 5), "x");
    assertTrue(diagnostics.hasErrors());
    assertEquals(1, diagnostics.errorCount());
    assertThrows(Diagnostics.Abort.class, diagnostics::stopIfErrors);
  }

  @Test
  void failReportsTheErrorAndReturnsWhatEndsTheWork() {
    Diagnostics diagnostics = new Diagnostics();
    Diagnostics.Abort abort = diagnostics.fail(Message.EMPTY_FILE, new SourceLocation("page.md", 1));
    assertEquals(List.of("page.md:1: error: the file is empty"),
        diagnostics.all().stream().map(Diagnostic::toString).toList());
    assertEquals(0, abort.getStackTrace().length); // it carries nothing; the error is in the collector
  }

  @Test
  void onlyAnErrorEndsTheWork() {
    Diagnostics diagnostics = new Diagnostics();
    assertThrows(IllegalArgumentException.class,
        () -> diagnostics.fail(Message.LOCALE_UNKNOWN, new SourceLocation("page.md", 1)));
  }

  @Test
  void whatIsAboutTheRequestComesFirstThenEachDocumentByLine() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.report(Message.NOT_A_CODE, new SourceLocation("page.md", 9), "x");
    diagnostics.report(Message.NOT_A_CODE, new SourceLocation("registry.csv", 2), "y");
    diagnostics.report(Message.NOT_A_CODE, new SourceLocation("page.md", 4), "z");
    diagnostics.report(Message.NAME_UNUSED, new RequestPart("names"), 4999, "LAST");
    assertEquals(List.of(
        "warning: names(): code 4999 is on no page and not in the registry, so no constant is named LAST",
        "page.md:4: error: 'z' is not a close code: expected a number such as 1000, or a range such as 3000\u20133999",
        "page.md:9: error: 'x' is not a close code: expected a number such as 1000, or a range such as 3000\u20133999",
        "registry.csv:2: error: 'y' is not a close code: expected a number such as 1000, or a range such as 3000\u20133999"),
        diagnostics.all().stream().map(Diagnostic::toString).toList());
    assertEquals(2, diagnostics.about("page.md").size());
  }

  @Test
  void aDiagnosticAboutTheRequestHasNoLine() {
    Diagnostic diagnostic = Diagnostic.of(Message.NO_PAGES, new RequestPart("pages"));
    assertEquals(0, diagnostic.line());
    assertEquals("pages()", diagnostic.where().toString());
  }

  @Test
  void controlAndInvisibleCharactersFromADocumentAreShownEscaped() {
    Diagnostic diagnostic = Diagnostic.of(Message.NOT_A_CODE, new SourceLocation("pa\u001bge.md", 3),
        "\u001b]0;owned\u0007\u001b[2J\u202Eevil");
    String printed = diagnostic.toString();
    assertEquals("pa\\x1bge.md:3: error: '\\x1b]0;owned\\x07\\x1b[2J\\u202eevil' is not a close code: expected a"
        + " number such as 1000, or a range such as 3000\u20133999", printed);
    assertTrue(printed.chars().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT));
  }

  /** A tag character (U+E0049) is an invisible format character too, though written as two UTF-16 units. */
  @Test
  void invisibleCharactersBeyondTheBasicPlaneAreShownEscaped() {
    Diagnostic diagnostic = Diagnostic.of(Message.NOT_A_CODE, new SourceLocation("page.md", 3), "10\uDB40\uDC4900");
    String printed = diagnostic.toString();
    assertTrue(printed.startsWith("page.md:3: error: '10\\udb40\\udc4900' is not a close code"), printed);
    assertTrue(printed.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT), printed);
  }
}
