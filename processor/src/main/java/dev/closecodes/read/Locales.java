package dev.closecodes.read;

import dev.closecodes.model.Page;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a page's locale. MDN keeps each locale's pages under a folder named after it
 * ({@code files/fr/web/api/...}), so the document's path says it best; failing that, the locale most
 * of the page's own links point into ({@code /fr/docs/...}).
 */
final class Locales {

  /** The locales MDN has published pages in. */
  private static final Set<String> MDN_LOCALES =
      Set.of(
          "ar", "bg", "bn", "ca", "cs", "de", "el", "en-us", "es", "fa", "fi", "fr", "he", "hi-in",
          "hu", "id", "it", "ja", "ko", "ms", "nl", "pl", "pt-br", "pt-pt", "ro", "ru", "sv-se", "th",
          "tr", "uk", "vi", "zh-cn", "zh-tw");

  private static final Pattern DOCS_LINK = Pattern.compile("\\(/([A-Za-z]{2}(?:-[A-Za-z]{2})?)/docs/|href=\"/([A-Za-z]{2}(?:-[A-Za-z]{2})?)/docs/");

  private Locales() {}

  static String detect(String file, String text) {
    for (String segment : file.replace('\\', '/').split("/")) {
      String lower = segment.toLowerCase(Locale.ROOT);
      if (MDN_LOCALES.contains(lower)) {
        return canonical(lower);
      }
    }
    Map<String, Long> counts = new TreeMap<>();
    // Only where "/docs/" stands is a link worth matching: the search skips the rest of the text.
    for (int docs = text.indexOf("/docs/"); docs >= 0; docs = text.indexOf("/docs/", docs + 1)) {
      Matcher matcher = DOCS_LINK.matcher(text).region(Math.max(0, docs - 12), docs + 6);
      while (matcher.find()) {
        if (matcher.end() != docs + 6) {
          continue;
        }
        String locale = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT);
        if (MDN_LOCALES.contains(locale)) {
          counts.merge(locale, 1L, Long::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(entry -> canonical(entry.getKey()))
        .orElse(Page.UNKNOWN_LOCALE);
  }

  /** {@code pt-br} as {@code pt-BR}: BCP 47's usual case. */
  static String canonical(String locale) {
    return Locale.forLanguageTag(locale).toLanguageTag();
  }
}
