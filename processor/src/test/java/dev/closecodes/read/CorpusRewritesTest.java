package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.Reading.PageRead;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The page is read for what it says, not for how it is marked up: every page of the corpus with a
 * table, written another way that says the same (as a pipe table, in a wrapper, with row headers,
 * split in two, with a sub-heading among its rows, in other line ends, damaged the way the received
 * page was), reads as the same rows and the same opening and definitions, and is reported alike,
 * but for the one warning a rewrite that damages the page, or makes the reader guess, must bring.
 */
class CorpusRewritesTest {

  /**
   * A way of writing a page again; {@code adds} is what it may add to what is reported, by design.
   * One that writes Markdown applies only to Markdown pages: in a page of HTML, as the old rendered
   * pages are, Markdown is text.
   */
  private record Rewrite(String name, UnaryOperator<String> rewrite, Set<Message> adds, boolean writesMarkdown) {

    Rewrite(String name, UnaryOperator<String> rewrite, Set<Message> adds) {
      this(name, rewrite, adds, false);
    }
  }

  private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
  private static final Pattern TABLE = Pattern.compile("(?s)<table[^>]*>(.*?)</table>");
  private static final Pattern ROW = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>");
  private static final Pattern CELL = Pattern.compile("(?s)<(td|th)([^>]*)>(.*?)</\\1>");
  private static final Pattern CODE_CELL =
      Pattern.compile("<td>(\\s*<code>\\d+</code>(?:\\s*–\\s*<code>\\d+</code>)?\\s*)</td>");
  private static final Pattern THEAD = Pattern.compile("(?s)<thead>.*?</thead>");
  private static final Pattern HEADER_ROW = Pattern.compile("(?s)<tr>\\s*<th>.*?</tr>");
  private static final Pattern TAG = Pattern.compile("<(/?)(table|tbody|thead|tr|th|td|code|strong)([ >])");

  /** A pipe table's line with both outer pipes, its cells between them. */
  private static final Pattern OUTER_PIPES = Pattern.compile("(?m)^\\| (.*[^\\\\]) \\|$");

  private static final List<Rewrite> REWRITES = List.of(
      new Rewrite("CRLF line ends", text -> text.replace("\n", "\r\n"), Set.of()),
      new Rewrite("a byte-order mark", text -> "\uFEFF" + text, Set.of()),
      new Rewrite("white space at each line's end", text -> text.replace("\n", " \t\n"), Set.of()),
      new Rewrite("the table in a wrapper",
          text -> text.replace("<table", "<div class=\"table-scroll\">\n<table").replace("</table>", "</table>\n</div>"),
          Set.of()),
      new Rewrite("a caption and column groups",
          text -> text.replaceFirst("(<table[^>]*>)", "$1\n<caption>Codes</caption>\n<colgroup><col><col></colgroup>"),
          Set.of()),
      new Rewrite("a comment after each row", text -> text.replace("</tr>\n", "</tr>\n<!-- next -->\n"), Set.of()),
      new Rewrite("codes as row headers",
          text -> CODE_CELL.matcher(text).replaceAll("<th scope=\"row\">$1</th>"), Set.of()),
      new Rewrite("attributes on every cell", text -> text.replace("<td>", "<td class=\"cell\" style=\"width: 20%\">"),
          Set.of()),
      new Rewrite("tag names in capitals",
          text -> TAG.matcher(text).replaceAll(tag -> "<" + tag.group(1) + tag.group(2).toUpperCase() + tag.group(3)),
          Set.of()),
      new Rewrite("a spaced dash in ranges", text -> text.replace("</code>–<code>", "</code> – <code>"), Set.of()),
      new Rewrite("a hyphen in ranges", text -> text.replace("</code>–<code>", "</code>-<code>"), Set.of()),
      new Rewrite("paragraphs in cells", CorpusRewritesTest::paragraphsInCells, Set.of()),
      // the lines of <thead> and </thead> taken out whole: a line of white space left behind would end
      // a Markdown page's HTML block, and the header row after it would be code
      new Rewrite("the header row out of its <thead>, straight in the table",
          text -> text.replaceFirst("(?s)\n[ \t]*<thead>[ \t]*\n(.*?)\n[ \t]*</thead>[ \t]*\n", "\n$1\n")
              .replaceFirst("(?s)<thead>(.*?)</thead>", "$1"), Set.of()),
      new Rewrite("the header's cells as <td>", text -> HEADER_ROW.matcher(text).replaceFirst(
          row -> Matcher.quoteReplacement(row.group().replace("<th>", "<td>").replace("</th>", "</td>"))), Set.of()),
      new Rewrite("the name and description columns swapped", CorpusRewritesTest::lastTwoColumnsSwapped, Set.of()),
      // MDN's own conversion to Markdown turned <strong>保留值。</strong>表示 into bold CommonMark leaves as it is
      new Rewrite("each table as a pipe table", CorpusRewritesTest::pipeTables,
          Set.of(Message.STRONG_EMPHASIS_REPAIRED), true),
      new Rewrite("each table as a pipe table without the outer pipes",
          text -> OUTER_PIPES.matcher(pipeTables(text)).replaceAll("$1"), Set.of(Message.STRONG_EMPHASIS_REPAIRED), true),
      new Rewrite("tag names damaged as the received page's",
          text -> TAG.matcher(text).replaceAll(tag -> "<" + tag.group(1)
              + tag.group(2).replace('r', 'w').replace('l', 'w') + tag.group(3)),
          Set.of(Message.TAG_NAME_REPAIRED)),
      new Rewrite("UTF-8 read as ISO-8859-1", text -> new String(text.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.ISO_8859_1), Set.of(Message.MOJIBAKE_REPAIRED)),
      new Rewrite("UTF-8 read as Mac Roman twice", text -> new String(new String(text.getBytes(StandardCharsets.UTF_8),
          MAC_ROMAN).getBytes(StandardCharsets.UTF_8), MAC_ROMAN),
          Set.of(Message.MOJIBAKE_REPAIRED, Message.MOJIBAKE_REPAIRED_AGAIN)),
      new Rewrite("the table split in two halves with text between them", text -> atMiddleRow(text,
          (header, row) -> row + "\n  </tbody>\n</table>\n\n<p>And the others:</p>\n\n<table>\n" + header
              + "\n  <tbody>"), Set.of(Message.TABLE_PART_READ)),
      new Rewrite("a sub-heading among the codes", text -> atMiddleRow(text,
          (header, row) -> row + "\n<tr><td><strong>And the others</strong></td></tr>"),
          Set.of(Message.SUBHEADING_ROW_SKIPPED)),
      // not after a line of white space, which ends a Markdown page's HTML block, the cells after it code
      new Rewrite("each cell on a line of its own",
          text -> text.replace("<td", "\n        <td").replaceAll("\n[ \t]*\n        <td", "\n        <td"), Set.of()),
      new Rewrite("letters past ASCII in the cells as character references",
          text -> replaceCells(text, CorpusRewritesTest::referencesForLetters), Set.of()),
      new Rewrite("the table in a quotation", CorpusRewritesTest::tableQuoted, Set.of(), true),
      new Rewrite("each table as a pipe table, in a quotation", text -> tableQuoted(pipeTables(text)),
          Set.of(Message.STRONG_EMPHASIS_REPAIRED), true),
      new Rewrite("a copy of the table as indented code at the page's end", CorpusRewritesTest::copiedAsIndentedCode,
          Set.of(), true),
      new Rewrite("the table in a definition, four spaces in", text -> tableInADefinition(text, "    "), Set.of(), true),
      new Rewrite("the table in a quotation in a definition, four spaces in",
          text -> tableInADefinition(text, "    > "), Set.of(), true),
      new Rewrite("a pipe table opening on a list item's line", CorpusRewritesTest::pipeTableInAListItem, Set.of(), true),
      new Rewrite("a row in a <div> that stands in the table", text -> atMiddleRow(text,
          (header, row) -> "<div class=\"more\">" + row + "</div>"), Set.of()),
      new Rewrite("an example's comment left open in a code block before the page's text",
          text -> afterFrontMatter(text, "```html\n<!-- an example of a comment opened\n```\n\n"), Set.of(), true),
      new Rewrite("a row written in a <textarea> in a cell", text -> atMiddleRow(text,
          (header, row) -> row.replaceFirst("</td>", "<textarea><tr><td>1020</td><td>x</td></tr></textarea></td>")),
          Set.of()),
      // The rows after the first few, the more, are the page's table; their columns are the header's above.
      new Rewrite("the description before the name, the table split after a few rows, the rest without a header",
          text -> atRow(lastTwoColumnsSwapped(text), 2, (header, row) -> row + "\n  </tbody>\n</table>\n\n"
              + "<p>And the others,</p>\n\n<p>which came later.</p>\n\n<table>\n  <tbody>"),
          Set.of(Message.TABLE_PART_READ, Message.COLUMNS_OF_ANOTHER_TABLE_INFERRED)));

  @TestFactory
  Stream<DynamicTest> everyPageWrittenAnotherWayReadsTheSame() {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    return Corpus.pages().stream().filter(Corpus.Page::hasTable).flatMap(page -> REWRITES.stream()
        .map(rewrite -> dynamicTest(page + ", " + rewrite.name(), () -> readsTheSame(page, rewrite))));
  }

  private static void readsTheSame(Corpus.Page page, Rewrite rewrite) throws Exception {
    assumeTrue(!rewrite.writesMarkdown() || page.relativePath().endsWith(".md"), "a page of HTML");
    String text = page.text();
    String rewritten = rewrite.rewrite().apply(text);
    assumeTrue(!rewritten.equals(text), "the page has nothing this rewrite changes");
    String name = "files/" + page.relativePath();
    PageRead original = Reading.page(name, text.getBytes(StandardCharsets.UTF_8));
    PageRead again = Reading.page(name, rewritten.getBytes(StandardCharsets.UTF_8));
    List<String> before = meaning(original);
    List<String> after = meaning(again);
    if (!before.equals(after)) {
      List<String> lost = new ArrayList<>(before);
      lost.removeAll(after);
      List<String> gained = new ArrayList<>(after);
      gained.removeAll(before);
      assertEquals(lost, gained, "what the page says changed");
    }
    TreeMap<Message, Integer> expected = counted(original.diagnostics());
    TreeMap<Message, Integer> reported = counted(again.diagnostics());
    reported.keySet().removeIf(message -> rewrite.adds().contains(message) && !expected.containsKey(message));
    assertEquals(expected, reported);
  }

  /** What the page says, without where it says it: the rows and the prose, as plain text. */
  static List<String> meaning(PageRead read) {
    List<String> meaning = new ArrayList<>();
    for (PageRow row : read.rows()) {
      meaning.add(row.range() + " | " + row.name() + " | " + row.reserved() + " | " + row.description().plainText());
    }
    if (read.page().isPresent()) {
      PageProse prose = read.prose();
      meaning.add("summary: " + prose.summary().plainText());
      meaning.add("code: " + prose.code().plainText());
      meaning.add("reason: " + prose.reason().plainText());
      meaning.add("wasClean: " + prose.wasClean().plainText());
    }
    return meaning;
  }

  private static TreeMap<Message, Integer> counted(List<Diagnostic> diagnostics) {
    TreeMap<Message, Integer> counted = new TreeMap<>();
    for (Diagnostic diagnostic : diagnostics) {
      counted.merge(diagnostic.message(), 1, Integer::sum);
    }
    return counted;
  }

  /**
   * The first table with a {@code <thead>} and a {@code <tbody>}, its body's middle row replaced:
   * given the table's header and the row, the text to stand in the row's place.
   */
  private static String atMiddleRow(String text, BinaryOperator<String> replacement) {
    return atRow(text, 0, replacement);
  }

  /**
   * As {@link #atMiddleRow}, but row {@code index} of the body, counted from 1, is replaced; for 0,
   * the last row of the body's first half, as there.
   */
  private static String atRow(String text, int index, BinaryOperator<String> replacement) {
    Matcher table = TABLE.matcher(text);
    while (table.find()) {
      Matcher header = THEAD.matcher(table.group(1));
      int body = table.group(1).indexOf("<tbody>");
      if (!header.find() || body < 0) {
        continue;
      }
      List<int[]> rows = new ArrayList<>();
      Matcher row = ROW.matcher(table.group(1));
      row.region(body, table.group(1).length());
      while (row.find()) {
        rows.add(new int[] {table.start(1) + row.start(), table.start(1) + row.end()});
      }
      if (rows.size() < 2) {
        continue;
      }
      int[] middle = rows.get(index > 0 ? Math.min(index, rows.size()) - 1 : rows.size() / 2 - 1);
      return text.substring(0, middle[0]) + replacement.apply(header.group(), text.substring(middle[0], middle[1]))
          + text.substring(middle[1]);
    }
    return text;
  }

  /** A run of lines of a pipe table, a definition fused onto its first included. */
  private static final Pattern PIPE_LINES =
      Pattern.compile("(?m)^(?:[ \\t]*- \\|.*\\n)?[ \\t]*\\|.*(?:\\n[ \\t]*\\|.*)*");

  /**
   * Each line of the page's first table, HTML or a pipe table, opened with a quotation's marker,
   * where the table is a block of its own: after a blank line. (Inside a block of HTML that began
   * before it, a {@code >} that opens a line is the HTML's own text.) Not where the table is
   * indented, in a list item: a marker before the indentation would end the list and make the
   * table indented code in the quotation, as GitHub shows it.
   */
  private static String tableQuoted(String text) {
    Matcher table = TABLE.matcher(text);
    Matcher pipes = PIPE_LINES.matcher(text);
    Matcher found = table.find() ? table : pipes.find() ? pipes : null;
    if (found == null || !text.startsWith("\n\n", found.start() - 2)) {
      return text;
    }
    int from = text.lastIndexOf('\n', found.start()) + 1;
    int to = text.indexOf('\n', found.end());
    to = to < 0 ? text.length() : to;
    if (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      return text;
    }
    return text.substring(0, from) + text.substring(from, to).replaceAll("(?m)^", "> ") + text.substring(to);
  }

  /** The text with {@code block} written after its front matter, or at its start where it has none. */
  private static String afterFrontMatter(String text, String block) {
    int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
    int at = end < 0 ? 0 : end + "\n---\n".length();
    return text.substring(0, at) + "\n" + block + text.substring(at);
  }

  /**
   * The page's first table, HTML or a pipe table, copied to the page's end after a paragraph, each
   * line indented four spaces more: indented code, an example, as GitHub shows it.
   */
  private static String copiedAsIndentedCode(String text) {
    Matcher table = TABLE.matcher(text);
    Matcher pipes = PIPE_LINES.matcher(text);
    Matcher found = table.find() ? table : pipes.find() ? pipes : null;
    if (found == null) {
      return text;
    }
    int from = text.lastIndexOf('\n', found.start()) + 1;
    int to = text.indexOf('\n', found.end());
    to = to < 0 ? text.length() : to;
    return text.stripTrailing() + "\n\nAn example:\n\n" + text.substring(from, to).replaceAll("(?m)^", "    ") + "\n";
  }

  /**
   * The page's first table, HTML or a pipe table, where it stands as a block of its own at the
   * margin, put in a definition as MDN writes one ({@code - term}, {@code   - : text}), each line
   * opened with {@code prefix}: four spaces, the definition's content, not indented code; or a
   * quotation's marker four spaces in, a quotation in the definition.
   */
  private static String tableInADefinition(String text, String prefix) {
    Matcher table = TABLE.matcher(text);
    Matcher pipes = PIPE_LINES.matcher(text);
    Matcher found = table.find() ? table : pipes.find() ? pipes : null;
    if (found == null || !text.startsWith("\n\n", found.start() - 2) || text.charAt(found.start()) == ' ') {
      return text;
    }
    int to = text.indexOf('\n', found.end());
    to = to < 0 ? text.length() : to;
    return text.substring(0, found.start()) + "- `values`\n  - : The values:\n\n"
        + text.substring(found.start(), to).replaceAll("(?m)^", prefix) + text.substring(to);
  }

  /**
   * The page's first pipe table, where it stands as a block of its own at the margin, made a list
   * item's content from the item's own line on ({@code - | Code | Name |}), its other lines at the
   * item's content.
   */
  private static String pipeTableInAListItem(String text) {
    Matcher pipes = PIPE_LINES.matcher(text);
    if (!pipes.find() || !text.startsWith("\n\n", pipes.start() - 2) || text.charAt(pipes.start()) != '|') {
      return text;
    }
    String table = text.substring(pipes.start(), pipes.end());
    return text.substring(0, pipes.start()) + "- " + table.replace("\n", "\n  ") + text.substring(pipes.end());
  }

  /** Each letter past ASCII in the cells' text written as a numeric character reference. */
  private static List<String> referencesForLetters(List<String> cells) {
    List<String> written = new ArrayList<>();
    for (String cell : cells) {
      StringBuilder out = new StringBuilder();
      cell.codePoints().forEach(c -> out.append(c > 127 && Character.isLetter(c) ? "&#" + c + ";" : Character.toString(c)));
      written.add(out.toString());
    }
    return written;
  }

  /** Each cell of words wrapped in a {@code <p>}. */
  private static String paragraphsInCells(String text) {
    return replaceCells(text, cells -> {
      List<String> wrapped = new ArrayList<>();
      for (String cell : cells) {
        Matcher parts = CELL.matcher(cell);
        wrapped.add(parts.matches() && parts.group(3).matches("(?s).*\\p{L}{2}.*") && !parts.group(3).contains("<p")
            ? "<" + parts.group(1) + parts.group(2) + "><p>" + parts.group(3) + "</p></" + parts.group(1) + ">"
            : cell);
      }
      return wrapped;
    });
  }

  /** The last two cells of each row of three swapped, the header's with them. */
  private static String lastTwoColumnsSwapped(String text) {
    return replaceCells(text, cells -> cells.size() == 3 ? List.of(cells.get(0), cells.get(2), cells.get(1)) : cells);
  }

  /** Each table's rows, their cells rewritten; a row's other content goes. */
  private static String replaceCells(String text, UnaryOperator<List<String>> rewrite) {
    Matcher row = ROW.matcher(text);
    StringBuilder out = new StringBuilder();
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group());
      }
      row.appendReplacement(out, Matcher.quoteReplacement(cells.isEmpty() ? row.group()
          : "<tr>" + String.join("", rewrite.apply(cells)) + "</tr>"));
    }
    return row.appendTail(out).toString();
  }

  /**
   * Each HTML table that is a block of its own, after a blank line, as a pipe table whose header is
   * the table's first row. A table inside other HTML stays: Markdown there would be text.
   */
  private static String pipeTables(String text) {
    Matcher table = TABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (table.find()) {
      if (!text.startsWith("\n\n", table.start() - 2)) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      Matcher row = ROW.matcher(table.group(1));
      while (row.find()) {
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(row.group(1));
        while (cell.find()) {
          cells.add(markdownOf(cell.group(3)));
        }
        if (!cells.isEmpty()) {
          lines.add("| " + String.join(" | ", cells) + " |");
          if (lines.size() == 1) {
            lines.add("|" + " --- |".repeat(cells.size()));
          }
        }
      }
      table.appendReplacement(out, Matcher.quoteReplacement(String.join("\n", lines)));
    }
    return table.appendTail(out).toString();
  }

  /** A cell's HTML as Markdown on one line. */
  private static String markdownOf(String html) {
    return html.replaceAll("(?s)<code>(.*?)</code>", "`$1`")
        .replaceAll("(?s)<strong>(.*?)</strong>", "**$1**")
        .replaceAll("(?s)<em>(.*?)</em>", "_$1_")
        .replaceAll("(?s)<a href=\"([^\"]*)\"[^>]*>(.*?)</a>", "[$2]($1)")
        .replaceAll("</?p>", " ")
        .replaceAll("\\s+", " ")
        .strip()
        .replace("|", "\\|");
  }
}
