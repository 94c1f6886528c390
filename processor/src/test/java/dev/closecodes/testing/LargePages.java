package dev.closecodes.testing;

import java.util.ArrayList;
import java.util.List;

/** Made-up pages of any size, for the tests that measure how reading time grows with the page. */
public final class LargePages {

  /** Codes are laid out in blocks of this many, each split in halves down to single codes. */
  private static final int BLOCK = 16;

  /** The block holding 1000, so that even a small page holds a code RFC 6455 defines. */
  private static final int FIRST_BLOCK = 1000 / BLOCK;

  private LargePages() {}

  /**
   * An HTML table of {@code rows} rows nested as deep as the code space allows: each block of 16
   * codes is a range, holding two ranges of 8, four of 4, eight of 2 and its 16 single codes.
   * At most 126,976 rows.
   */
  public static String nestedRows(int rows) {
    List<int[]> ranges = new ArrayList<>();
    int blocks = 65536 / BLOCK;
    for (int i = 0; i < blocks && ranges.size() < rows; i++) {
      int start = ((FIRST_BLOCK + i) % blocks) * BLOCK;
      for (int width = BLOCK; width >= 1 && ranges.size() < rows; width /= 2) {
        for (int from = start; from < start + BLOCK && ranges.size() < rows; from += width) {
          ranges.add(new int[] {from, from + width - 1});
        }
      }
    }
    if (ranges.size() < rows) {
      throw new IllegalArgumentException("at most " + ranges.size() + " nested rows");
    }
    StringBuilder page = new StringBuilder("# CloseEvent\n\n<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n");
    for (int[] range : ranges) {
      String code = range[0] == range[1] ? Integer.toString(range[0]) : range[0] + "–" + range[1];
      page.append("<tr><td>").append(code).append("</td><td>Name ").append(range[0]).append('_').append(range[1])
          .append("</td><td>The codes <code>").append(code).append("</code>.</td></tr>\n");
    }
    return page.append("</table>\n").toString();
  }

  /** A Markdown pipe table of the single codes 1000, 1001, … wrapping round at 65535. */
  public static String singleCodes(int rows) {
    StringBuilder page = new StringBuilder("# CloseEvent\n\n| Code | Name | Description |\n| --- | --- | --- |\n");
    for (int i = 0; i < rows; i++) {
      int code = (1000 + i) % 65536;
      page.append("| ").append(code).append(" | Code ").append(code).append(" | The code *").append(code)
          .append("*. |\n");
    }
    return page.toString();
  }

  /**
   * An HTML table of the single codes 1000, 1001, … wrapping round at 65535, each pair of rows
   * sharing one description cell that spans both ({@code rowspan="2"}).
   */
  public static String spannedRows(int rows) {
    StringBuilder page = new StringBuilder("<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n");
    for (int i = 0; i < rows; i++) {
      int code = (1000 + i) % 65536;
      page.append("<tr><td>").append(code).append("</td><td>Code ").append(code).append("</td>");
      if (i % 2 == 0) {
        page.append("<td rowspan=\"2\">The codes ").append(code).append(" and the next.</td>");
      }
      page.append("</tr>\n");
    }
    return page.append("</table>\n").toString();
  }

  /**
   * {@link #singleCodes} with an HTML comment after the table: each line's search for where a
   * comment opens must not run to the end of the page again.
   */
  public static String singleCodesBeforeAComment(int rows) {
    return singleCodes(rows) + "\n<!-- the end of the table -->\n";
  }

  /** {@link #singleCodes}, as GitHub allows a pipe table to be written: without the outer pipes. */
  public static String singleCodesWithoutOuterPipes(int rows) {
    StringBuilder page = new StringBuilder("# CloseEvent\n\nCode | Name | Description\n--- | --- | ---\n");
    for (int i = 0; i < rows; i++) {
      int code = (1000 + i) % 65536;
      page.append(code).append(" | Code ").append(code).append(" | The code *").append(code).append("*.\n");
    }
    return page.toString();
  }

  /**
   * The codes from 1000 in a Markdown table, each description linking by reference to a definition
   * of its own, all the definitions after the table.
   */
  public static String singleCodesLinkingByReference(int rows) {
    StringBuilder page = new StringBuilder("| Code | Name | Description |\n| --- | --- | --- |\n");
    StringBuilder definitions = new StringBuilder("\n");
    for (int i = 0; i < rows; i++) {
      int code = (1000 + i) % 65536;
      page.append("| ").append(code).append(" | Code ").append(code).append(" | See [code ").append(code)
          .append("][c").append(code).append("]. |\n");
      definitions.append("[c").append(code).append("]: https://example.org/").append(code).append('\n');
    }
    return page.append(definitions).toString();
  }

  /**
   * The codes 1000–1015 in a Markdown table, the rest of the rows in further tables of 32 rows
   * each, set apart with text: each a part of the first, weighed against all the codes before it.
   * The codes are all different up to 50,000 rows.
   */
  public static String tableInParts(int rows) {
    StringBuilder page = new StringBuilder("| Code | Name | Description |\n| --- | --- | --- |\n");
    int high = 5000;
    for (int i = 0; i < rows; i++) {
      int code;
      if (i < 16) {
        code = 1000 + i;
      } else if ((i - 16) % 32 == 0) {
        page.append("\nMore codes.\n\n| Code | Name | Description |\n| --- | --- | --- |\n");
        code = 1016 + (i - 16) / 32; // a code of close frames, for each part to hold one
      } else {
        code = high++;
      }
      page.append("| ").append(code).append(" | Code ").append(code).append(" | The code. |\n");
    }
    return page.toString();
  }

  /** An HTML table whose rows and cells are never closed, as HTML allows: {@code <tr><td>1000<td>…}. */
  public static String unclosedRows(int rows) {
    StringBuilder page = new StringBuilder("<table>\n");
    for (int i = 0; i < rows; i++) {
      int code = 1000 + i;
      page.append("<tr><td>").append(code).append("<td>Name ").append(code).append("<td>Code ").append(code).append('\n');
    }
    return page.append("</table>\n").toString();
  }
}
