package dev.closecodes.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;

/** The model as JSON, for {@code closecodes model}. */
final class ModelJson {

  private ModelJson() {}

  /** The page's rows, and what was reported about it. */
  static String toJson(Page document, Diagnostics diagnostics) {
    JsonObject root = new JsonObject();
    root.addProperty("source", document.source());
    root.addProperty("locale", document.locale());
    root.addProperty("sha256", document.sha256());
    JsonArray rows = new JsonArray();
    for (PageRow row : document.rows()) {
      JsonObject json = new JsonObject();
      json.addProperty("from", row.range().from());
      json.addProperty("to", row.range().to());
      json.addProperty("name", row.name());
      json.addProperty("description", row.description().plainText());
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
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
  }
}
