package dev.closecodes.testing;

/** Small pages made up for tests. */
public final class Pages {

  private static final String HEAD =
      "# CloseEvent\n\n<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n";

  private Pages() {}

  /** An HTML table of {@code rows}, each {@code code|name|description}; row {@code i} is on line {@code 5 + i}. */
  public static String table(String... rows) {
    StringBuilder page = new StringBuilder(HEAD);
    for (String row : rows) {
      String[] cells = row.split("\\|", -1);
      page.append("<tr><td>").append(cells[0]).append("</td><td>").append(cells[1]).append("</td><td>")
          .append(cells[2]).append("</td></tr>\n");
    }
    return page.append("</table>\n").toString();
  }
}
