package dev.closecodes.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.SpecDocument;
import dev.closecodes.model.SpecRow;

/** The model as JSON, for {@code closecodes model}. */
final class ModelJson {

  private ModelJson() {}

  static String toJson(SpecDocument document) {
    JsonObject root = new JsonObject();
    root.addProperty("source", document.source());
    root.addProperty("locale", document.locale());
    root.addProperty("sha256", document.sha256());
    JsonArray rows = new JsonArray();
    for (SpecRow row : document.rows()) {
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
    JsonArray diagnostics = new JsonArray();
    for (Diagnostic diagnostic : document.diagnostics()) {
      JsonObject json = new JsonObject();
      json.addProperty("severity", diagnostic.severity().label());
      json.addProperty("line", diagnostic.location().line());
      json.addProperty("message", diagnostic.text());
      diagnostics.add(json);
    }
    root.add("diagnostics", diagnostics);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
  }
}
