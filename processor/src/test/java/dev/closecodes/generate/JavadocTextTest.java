package dev.closecodes.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page's text as Javadoc: markup kept, everything that means something to Javadoc escaped. */
class JavadocTextTest {

  private static RichText text(Inline... inlines) {
    return new RichText(List.of(inlines));
  }

  @Test
  void codeEmphasisAndLinksBecomeJavadocHtml() {
    RichText description = text(
        new Inline.Text("Use "),
        new Inline.Code("close()"),
        new Inline.Text(", "),
        new Inline.Emphasis(List.of(new Inline.Text("not"))),
        new Inline.Text(" "),
        new Inline.Strong(List.of(new Inline.Text("terminate()"))),
        new Inline.Text("; see "),
        new Inline.Link("/en-US/docs/Web/API/WebSocket", List.of(new Inline.Text("WebSocket"))),
        new Inline.Text("."));
    assertEquals("Use {@code close()}, <em>not</em> <strong>terminate()</strong>; see"
        + " <a href=\"https://developer.mozilla.org/en-US/docs/Web/API/WebSocket\">WebSocket</a>.",
        JavadocText.render(description));
  }

  @Test
  void aListBecomesAJavadocListAndANumberedOneKeepsItsStart() {
    RichText description = text(
        new Inline.Text("For one of: "),
        new Inline.ListItem("\u2022", List.of(new Inline.Text("done"))),
        new Inline.ListItem("\u2022", List.of(new Inline.Text("gone"), new Inline.ListItem("3.", List.of(new Inline.Text("a"))),
            new Inline.ListItem("4.", List.of(new Inline.Text("b"))))),
        new Inline.Text("Then "),
        new Inline.ListItem("1.", List.of(new Inline.Code("close()"))));
    assertEquals("For one of: <ul><li>done</li><li>gone<ol start=\"3\"><li>a</li><li>b</li></ol></li></ul>"
        + "Then <ol><li>{@code close()}</li></ol>", JavadocText.render(description));
  }

  @Test
  void aLineBreakIsABreakInEveryElement() {
    RichText description = text(new Inline.Text("Reserved"), Inline.LineBreak.LINE_BREAK,
        new Inline.Emphasis(List.of(new Inline.Text("Used"), Inline.LineBreak.LINE_BREAK, new Inline.Text("by X"))));
    assertEquals("Reserved<br><em>Used<br>by X</em>", JavadocText.render(description));
  }

  @Test
  void aListInsideEmphasisOrALinkStaysOnItsLineWithItsMarks() {
    // HTML holds no list inside an inline element, and doclint says so
    RichText description = text(new Inline.Strong(List.of(new Inline.Text("Either"),
        new Inline.ListItem("\u2022", List.of(new Inline.Text("a"))), new Inline.ListItem("\u2022", List.of(new Inline.Text("b"))))));
    assertEquals("<strong>Either \u2022 a \u2022 b</strong>", JavadocText.render(description));
  }

  @Test
  void anImageIsItsAlternativeTextEscaped() {
    assertEquals("see <a href=\"https://developer.mozilla.org/x\">&lt;RFC&gt; 6455</a>", JavadocText.render(text(
        new Inline.Text("see "), new Inline.Link("/x", List.of(new Inline.Image("<RFC>"), new Inline.Text(" 6455"))))));
  }

  @Test
  void whatJavadocWouldReadAsItsOwnIsEscaped() {
    assertEquals("a &lt;b&gt; &amp; &#64;param &#123;&#64;code x&#125; &#92;u000a *&#47; c",
        JavadocText.escape("a <b> & @param {@code x} \\u000a */ c"));
  }

  @Test
  void controlsAndLineSeparatorsBecomeSpaces() {
    assertEquals("a b c d", JavadocText.escape("a\nb\u2028c\u0007d"));
  }

  @Test
  void textThatCouldEndACodeTagBecomesAnEscapedCodeElement() {
    assertEquals("{@code CLOSE_NORMAL}", JavadocText.code("CLOSE_NORMAL"));
    assertEquals("<code>a&#125;b</code>", JavadocText.code("a}b"));
    assertEquals("<code>x *&#47;</code>", JavadocText.code("x */"));
    assertEquals("<code> </code>", JavadocText.code(" "));
  }

  @Test
  void aCommentEndMadeOfTwoPiecesIsStillBroken() {
    String rendered = JavadocText.render(text(new Inline.Text("a *"), new Inline.Text("/b")));
    assertFalse(rendered.contains("*/"), rendered);
  }

  @Test
  void emphasisInsideEmphasisAndLinksInsideLinksAreFlattened() {
    RichText nested = text(
        new Inline.Emphasis(List.of(new Inline.Text("a "), new Inline.Emphasis(List.of(new Inline.Text("b"))))),
        new Inline.Link("/x", List.of(new Inline.Link("/y", List.of(new Inline.Text("c"))))));
    assertEquals("<em>a b</em><a href=\"https://developer.mozilla.org/x\">c</a>", JavadocText.render(nested));
  }

  @Test
  void aScriptLinkKeepsOnlyItsText() {
    assertEquals("click",
        JavadocText.render(text(new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("click"))))));
  }

  /**
   * A link whose text was lost shows nothing in a browser, and in the documentation, which holds
   * no empty {@code <a>} for doclint to report; a link of an image without text keeps its address.
   */
  @Test
  void aLinkWithoutTextShowsNothing() {
    assertEquals("see .", JavadocText.render(text(new Inline.Text("see "), new Inline.Link("https://example.org/a",
        List.of()), new Inline.Text("."))));
    assertEquals("see .", JavadocText.render(text(new Inline.Text("see "), new Inline.Link("https://example.org/a",
        List.of(new Inline.Text(" "))), new Inline.Text("."))));
    assertEquals("<a href=\"https://example.org/a\">https://example.org/a</a>",
        JavadocText.render(text(new Inline.Link("https://example.org/a", List.of(new Inline.Image(""))))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/en-US/docs/a b", "/ja/docs/\u65E5\u672C", "https://example.com/?q=<b>", "%zz", "#a#b"})
  void linkTargetsBecomeValidUris(String href) throws Exception {
    Optional<String> absolute = JavadocText.absoluteHref(href);
    assertTrue(absolute.isPresent(), href);
    assertEquals(absolute.get().replace("&amp;", "&"), new URI(absolute.get().replace("&amp;", "&")).toString());
    assertFalse(absolute.get().contains(" ") || absolute.get().contains("<") || absolute.get().contains("\""));
  }

  @Test
  void linesAreWrappedAtSpacesButNeverInsideATag() {
    String text = "word ".repeat(30) + "{@code a b c d} <a href=\"x y\">link</a>";
    String wrapped = JavadocText.wrap(text);
    for (String line : wrapped.split("\n")) {
      assertTrue(line.length() <= 100, line);
    }
    assertTrue(wrapped.contains("{@code a b c d}"), wrapped);
    assertTrue(wrapped.contains("<a href=\"x y\">"), wrapped);
    assertEquals(text, wrapped.replace('\n', ' '));
  }

  @Test
  void aCommentPrefixesEachLineAndSetsParagraphsApart() {
    assertEquals("  * One.\n  *\n  * <p>Two.", JavadocText.comment("One.\n\n<p>Two.", " "));
  }

  @Test
  void aLineCommentCannotBeEndedOrEscaped() {
    assertEquals("a b \\\\u000a c", JavadocText.lineComment("a\nb \\u000a c"));
  }
}
