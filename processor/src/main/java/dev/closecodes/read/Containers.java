package dev.closecodes.read;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.closecodes.text.UnicodeCharacters;
import java.io.IOException;
import java.io.StringReader;

/**
 * Formats that hold a page without being one, whose text read as a page's gives rows with broken
 * words and says nothing. A page saved to one file with what it shows (MHTML, as browsers save a
 * "single file"), or carried by a mail: a MIME message, whose HTML is encoded (quoted-printable or
 * base64), quoted-printable's soft line breaks ({@code =} at a line's end) and escapes
 * ({@code =3D}, {@code =E2=80=93}) cutting codes and words. And a JSON document, as MDN serves each
 * page ({@code index.json}), whose HTML stands in a string, its line breaks and quotes escaped.
 */
final class Containers {

  /** How many lines of a message's header are looked at: real ones have a dozen. */
  private static final int MOST_HEADER_LINES = 200;

  private Containers() {}

  /**
   * The line, counted from 1, where the JSON document the text is opens; 0 where the text is no
   * JSON. Only text that opens and ends as a JSON value does ({@code {...}}, {@code [...]},
   * {@code "..."}) is parsed, strictly: a page that opens with a macro's braces, a link's label or
   * a quotation mark is no JSON, whose strings hold no line break and whose names are quoted.
   */
  static int jsonLine(String text) {
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    int last = text.length() - 1;
    while (last > first && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (first >= last || "{[\"".indexOf(text.charAt(first)) < 0 || text.charAt(last) != "}]\"".charAt(
        "{[\"".indexOf(text.charAt(first)))) {
      return 0;
    }
    if (lineBreakInAString(text, first, last)) {
      return 0; // which JSON never has, and gson's strict reading lets pass
    }
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      reader.skipValue();
      return reader.peek() == JsonToken.END_DOCUMENT ? DocumentText.lineAt(text, first) : 0;
    } catch (IOException | RuntimeException e) { // MalformedJsonException, or a value nested past gson's limit
      return 0;
    }
  }

  /** Whether a line break stands inside a quoted string, between {@code from} and {@code to}. */
  private static boolean lineBreakInAString(String text, int from, int to) {
    boolean inString = false;
    for (int i = from; i <= to; i++) {
      char c = text.charAt(i);
      if (inString && c == '\\') {
        i++; // the escaped character, a quotation mark among them
      } else if (c == '"') {
        inString = !inString;
      } else if (inString && c == '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The line, counted from 1, of the {@code Content-Type} field of the MIME header the text opens
   * with, and the type it names; null where the text opens with no such header. A header is lines
   * of {@code Name: value} fields (a value may go on, on lines that open with a space or a tab) up
   * to the first blank line, and a MIME one has both {@code MIME-Version} and {@code Content-Type};
   * a page whose first paragraph happens to look like a field or two has no {@code MIME-Version}.
   */
  static Header header(String text) {
    int lineStart = 0;
    boolean mimeVersion = false;
    Header contentType = null;
    for (int line = 1; line <= MOST_HEADER_LINES && lineStart < text.length(); line++) {
      int lineEnd = DocumentText.lineEnd(text, lineStart);
      if (lineEnd == lineStart) {
        return mimeVersion ? contentType : null; // the blank line that ends the header
      }
      char first = text.charAt(lineStart);
      if (line > 1 && (first == ' ' || first == '\t')) {
        lineStart = lineEnd + 1;
        continue; // a field's value going on
      }
      int colon = fieldNameEnd(text, lineStart, lineEnd);
      if (colon < 0) {
        return null;
      }
      String name = text.substring(lineStart, colon);
      mimeVersion |= name.equalsIgnoreCase("MIME-Version");
      if (name.equalsIgnoreCase("Content-Type") && contentType == null) {
        String value = text.substring(colon + 1, lineEnd).strip();
        int parameters = value.indexOf(';');
        contentType = new Header(line, (parameters < 0 ? value : value.substring(0, parameters)).strip());
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  /** Where a header field's name ends, at its colon; -1 where the line opens with no field's name. */
  private static int fieldNameEnd(String text, int lineStart, int lineEnd) {
    int at = lineStart;
    while (at < lineEnd && (UnicodeCharacters.isAsciiLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-')) {
      at++;
    }
    return at > lineStart && at < lineEnd && text.charAt(at) == ':' ? at : -1;
  }

  /** Where the header names the content's type, and the type. */
  record Header(int line, String contentType) {}
}
