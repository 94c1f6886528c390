package dev.closecodes.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A generated type's fixed code, written as the Java it becomes (the {@code .java.template} files
 * beside this class), with holes such as {@code ${package}} for what the documents decide. Only
 * what varies is built in code; the rest reads as it will be generated.
 */
final class Template {

  private final String name;
  private final String text;

  private Template(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** The template for a generated type, such as {@code CloseFrames}. */
  static Template of(String typeName) {
    String resource = typeName + ".java.template";
    URL address = Template.class.getResource(resource);
    if (address == null) {
      throw new IllegalStateException("the processor jar has no template " + resource);
    }
    try {
      // Not through the JVM's cache of open jars, which compiles running side by side in one JVM
      // share: the class loader javac closes after each compile would close the jar under another.
      URLConnection connection = address.openConnection();
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        return new Template(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template " + resource, e);
    }
  }

  /**
   * The template with every hole filled. Each hole must have a value and each value a hole, so a
   * template and the code that fills it cannot drift apart unnoticed.
   */
  String fill(Map<String, String> values) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    Set<String> used = new HashSet<>();
    int copied = 0;
    for (int start = text.indexOf("${"); start >= 0; start = text.indexOf("${", copied)) {
      int end = text.indexOf('}', start);
      String hole = text.substring(start + 2, end);
      String value = values.get(hole);
      if (value == null) {
        throw new IllegalArgumentException(name + " has a hole ${" + hole + "} with no value");
      }
      out.append(text, copied, start).append(value);
      used.add(hole);
      copied = end + 1;
    }
    if (!used.equals(values.keySet())) {
      Set<String> unused = new HashSet<>(values.keySet());
      unused.removeAll(used);
      throw new IllegalArgumentException(name + " has no hole for " + unused);
    }
    return out.append(text, copied, text.length()).toString();
  }
}
