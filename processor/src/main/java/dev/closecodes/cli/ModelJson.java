package dev.closecodes.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import dev.closecodes.text.UnicodeCharacters;
import java.util.Locale;

/** The model as JSON, for {@code closecodes model}. */
final class ModelJson {

  private ModelJson() {}

  /** The page's rows, and what was reported about it. */
  static String toJson(Page document, Diagnostics diagnostics) {
    JsonObject root = new JsonObject();
    root.addProperty("source", document.source());
    root.addProperty("locale", document.locale());
    // what told it: the path, the markup's declaration, or a guess from the links or the words
    root.addProperty("localeFrom", document.localeFrom().kind().name().toLowerCase(Locale.ROOT));
    root.addProperty("sha256", document.sha256());
    JsonArray rows = new JsonArray();
    for (PageRow row : document.rows()) {
      JsonObject json = new JsonObject();
      json.addProperty("from", row.range().from());
      json.addProperty("to", row.range().to());
      json.addProperty("name", row.name());
      json.addProperty("description", row.description().textWithLines());
      json.addProperty("reserved", row.reserved());
      json.addProperty("line", row.location().line());
      rows.add(json);
    }
    root.add("rows", rows);
    JsonArray reported = new JsonArray();
    for (Diagnostic diagnostic : diagnostics.about(document.source())) {
      JsonObject json = new JsonObject();
      json.addProperty("severity", diagnostic.severity().label());
      json.addProperty("line", diagnostic.line());
      json.addProperty("message", diagnostic.text());
      reported.add(json);
    }
    root.add("diagnostics", reported);
    return invisibleEscaped(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
  }

  /**
   * The JSON with each invisible character a page may hold (a bidi control, a zero-width or format
   * character, a control character) written as a JSON escape, {@code \}{@code u202e}: it reads
   * back as the same text, and cannot reorder or retitle the terminal that shows the output.
   * Outside strings JSON is ASCII, so each such character is inside one.
   */
  private static String invisibleEscaped(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); ) {
      int c = json.codePointAt(i);
      int next = i + Character.charCount(c);
      if (UnicodeCharacters.isInvisible(c) || (Character.isISOControl(c) && c != '\n')) {
        out.append(Printable.unicodeEscape(c));
      } else {
        out.append(json, i, next);
      }
      i = next;
    }
    return out.toString();
  }
}
