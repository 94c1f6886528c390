package dev.closecodes.read;

import dev.closecodes.model.Page;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells a page's locale. MDN keeps each locale's pages under a folder named after it
 * ({@code files/fr/web/api/...}), so the document's path says it best; failing that, the language
 * its root element declares ({@code <html lang="fr">}, as a saved page has); failing that, the
 * locale most of the page's own links point into: {@code /fr/docs/...}, or
 * {@code https://developer.mozilla.org/fr/docs/...}; and the language its words are in
 * ({@link WordsLanguage}) checks the last two, and tells it where nothing else does.
 */
final class Locales {

  /** The locales MDN has published pages in. */
  private static final Set<String> MDN_LOCALES =
      Set.of(
          "ar", "bg", "bn", "ca", "cs", "de", "el", "en-us", "es", "fa", "fi", "fr", "he", "hi-in",
          "hu", "id", "it", "ja", "ko", "ms", "nl", "pl", "pt-br", "pt-pt", "ro", "ru", "sv-se", "th",
          "tr", "uk", "vi", "zh-cn", "zh-tw");

  /** The site's address, before the locale in an absolute link. */
  private static final String MDN_HOST = "developer.mozilla.org";

  private Locales() {}

  /**
   * A page's locale, and what told it.
   *
   * @param locale the locale in BCP 47, {@link Page#UNKNOWN_LOCALE} where nothing told it
   * @param from what told it
   */
  record Told(String locale, Page.LocaleFrom from) {}

  static Told detect(String file, String text) {
    Optional<String> named = fromPath(file);
    Told declared = declared(text);
    if (named.isPresent()) {
      // A declaration of another translation is weighed against the words (checkedByWords).
      return declared == null || sameTranslation(named.get(), declared.locale())
          ? new Told(named.get(), new Page.LocaleFrom(Page.LocaleFrom.Kind.PATH, 1))
          : new Told(named.get(), new Page.LocaleFrom(Page.LocaleFrom.Kind.PATH, declared.from().line(),
              declared.locale(), ""));
    }
    String linked = fromLinks(text);
    if (declared != null && linked != null && !linked.equals("en-US") && !sameTranslation(linked, declared.locale())) {
      // A page links into a translation's pages only where it is of that translation; a site that
      // shows it in its own language (GitHub's view of a file) declares that one.
      return new Told(linked, new Page.LocaleFrom(Page.LocaleFrom.Kind.LINKS, declared.from().line(),
          declared.locale(), ""));
    }
    if (declared != null) {
      return declared;
    }
    return linked == null ? new Told(Page.UNKNOWN_LOCALE, new Page.LocaleFrom(Page.LocaleFrom.Kind.NOTHING, 1))
        : new Told(linked, new Page.LocaleFrom(Page.LocaleFrom.Kind.LINKS, 1));
  }

  /**
   * Whether the page's words are asked of the locale told so: where no path tells it, or where the
   * markup declares another language than the path's.
   */
  static boolean wordsAsked(Told told) {
    Page.LocaleFrom.Kind kind = told.from().kind();
    return kind == Page.LocaleFrom.Kind.DECLARATION || kind == Page.LocaleFrom.Kind.LINKS
        || kind == Page.LocaleFrom.Kind.NOTHING
        || kind == Page.LocaleFrom.Kind.PATH && !told.from().overruled().isEmpty();
  }

  /**
   * The locale told, checked against the language the page's words are in ({@link WordsLanguage}),
   * where they tell one: a declaration stands, with their language noted where it is another, or
   * where many of them are in another (a page half translated, or one saved from a site that
   * declares its own language); a guess from the links into another language's pages gives way to
   * them; where nothing told it, they do. A path stands against them, and against a declaration
   * of another language, which is noted only where they are in that language.
   */
  static Told checkedByWords(Told told, WordsLanguage.Words read) {
    String language = Locale.forLanguageTag(told.locale()).getLanguage();
    Page.LocaleFrom.Kind kind = told.from().kind();
    if (kind == Page.LocaleFrom.Kind.PATH) {
      // The path stands; the declaration of another language is said where the words are in it too.
      String declared = Locale.forLanguageTag(told.from().overruled()).getLanguage();
      boolean wordsDeclared = !read.language().isEmpty()
          && Locale.forLanguageTag(read.language()).getLanguage().equals(declared) && !declared.equals(language);
      return wordsDeclared ? new Told(told.locale(), new Page.LocaleFrom(kind, told.from().line(),
          told.from().overruled(), read.language())) : new Told(told.locale(), new Page.LocaleFrom(kind, 1));
    }
    if (kind == Page.LocaleFrom.Kind.DECLARATION && WordsLanguage.tells(language)) {
      // another language, or one whose words are as many as the declared one's: a page half translated
      String other = read.language().isEmpty() ? read.partlyIn(language)
          : Locale.forLanguageTag(read.language()).getLanguage().equals(language) ? "" : read.language();
      return other.isEmpty() ? told : new Told(told.locale(), new Page.LocaleFrom(kind, told.from().line(), "", other));
    }
    String words = read.language();
    if (words.isEmpty()) {
      return told;
    }
    boolean disagree = WordsLanguage.tells(language) && !language.equals(Locale.forLanguageTag(words).getLanguage());
    if (kind == Page.LocaleFrom.Kind.LINKS && disagree) {
      return new Told(mdnLocaleOf(words), new Page.LocaleFrom(Page.LocaleFrom.Kind.WORDS, 1, told.locale(), ""));
    } else if (kind == Page.LocaleFrom.Kind.NOTHING) {
      return new Told(mdnLocaleOf(words), new Page.LocaleFrom(Page.LocaleFrom.Kind.WORDS, 1));
    }
    return told;
  }

  /**
   * MDN's one locale of the language ({@code en-US} for {@code en}), or the locale itself where MDN
   * has it ({@code zh-TW}); the language itself where MDN has none of it, or more than one
   * ({@code pt}: pt-BR and pt-PT).
   */
  private static String mdnLocaleOf(String language) {
    if (isMdnLocale(language)) {
      return canonical(language); // zh-CN, as the characters told it
    }
    String only = null;
    for (String locale : MDN_LOCALES) {
      if (Locale.forLanguageTag(locale).getLanguage().equals(language)) {
        if (only != null) {
          return language;
        }
        only = locale;
      }
    }
    return only == null ? language : canonical(only);
  }

  /** Whether the locale is one MDN publishes pages in. */
  static boolean isMdnLocale(String locale) {
    return MDN_LOCALES.contains(locale.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether two locales are of the same translation: the same language, and the same region where
   * both have one ({@code fr-CA} and {@code fr} are; {@code pt-PT} and {@code pt-BR} are not).
   */
  static boolean sameTranslation(String one, String other) {
    Locale a = Locale.forLanguageTag(one);
    Locale b = Locale.forLanguageTag(other);
    return a.getLanguage().equals(b.getLanguage())
        && (a.getCountry().isEmpty() || b.getCountry().isEmpty() || a.getCountry().equals(b.getCountry()));
  }

  /**
   * The language the document's root element declares, {@code <html lang="fr">}, as every page a
   * browser saves from MDN has; null where it has no root element before its content, or its
   * {@code lang} is missing, empty, or no language tag.
   */
  private static Told declared(String text) {
    MarkupPrescan scan = new MarkupPrescan(text);
    scan.passProlog();
    if (!scan.atStartTag("html")) {
      return null;
    }
    scan.enterTag("html");
    while (scan.nextAttribute()) {
      if (scan.name().equals("lang")) {
        String tag = canonical(scan.value().strip());
        return tag.equals(Page.UNKNOWN_LOCALE) ? null
            : new Told(tag, new Page.LocaleFrom(Page.LocaleFrom.Kind.DECLARATION,
                DocumentText.lineAt(text, scan.valueAt())));
      }
    }
    return null;
  }

  /** The locale most of the page's links into MDN's pages name; null where none does. */
  private static String fromLinks(String text) {
    Map<String, Long> counts = new TreeMap<>();
    // Only where "/docs/" stands is a link worth looking at: the rest of the text is skipped.
    for (int docs = text.indexOf("/docs/"); docs >= 0; docs = text.indexOf("/docs/", docs + 1)) {
      int slash = text.lastIndexOf('/', docs - 1);
      if (slash < 0 || docs - slash > 6) {
        continue;
      }
      String locale = text.substring(slash + 1, docs).toLowerCase(Locale.ROOT);
      if (MDN_LOCALES.contains(locale) && startsALink(text, slash)) {
        Long count = counts.get(locale);
        counts.put(locale, count == null ? 1L : count + 1);
      }
    }
    // the locale most links name; of locales as common, the first in alphabetical order
    String most = null;
    long mostCount = 0;
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      if (count.getValue() > mostCount) {
        most = count.getKey();
        mostCount = count.getValue();
      }
    }
    return most == null ? null : canonical(most);
  }

  /**
   * The locale a folder of the document's path names, as MDN lays out its pages: a locale's folder
   * in MDN's sources ({@code files/fr/...}, {@code fr/web/...}), one in a folder of them
   * ({@code mdn/fr/...}), or the folder that holds the page ({@code pages/fr/close-codes.md}).
   * Any other folder above the page named as a locale is (a user's {@code /srv/it/}), or the
   * same page would be in another locale wherever it lay. Empty where none does.
   */
  static Optional<String> fromPath(String file) {
    String[] segments = file.replace('\\', '/').toLowerCase(Locale.ROOT).split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      boolean mdnLayout = i > 0 && (segments[i - 1].equals("files") || segments[i - 1].equals("mdn"))
          || segments[i + 1].equals("web");
      boolean holdsThePage = i == segments.length - 2;
      if (MDN_LOCALES.contains(segments[i]) && (mdnLayout || holdsThePage)) {
        return Optional.of(canonical(segments[i]));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the {@code /} at {@code slash} begins a link into the site: after {@code (} or a quote
   * (a relative link in Markdown or HTML), or after the site's own address (an absolute one).
   */
  private static boolean startsALink(String text, int slash) {
    char before = slash > 0 ? text.charAt(slash - 1) : ' ';
    return before == '(' || before == '"' || before == '\''
        || text.startsWith(MDN_HOST, slash - MDN_HOST.length()) && slash >= MDN_HOST.length();
  }

  /** {@code pt-br} as {@code pt-BR}: BCP 47's usual case. */
  static String canonical(String locale) {
    return Locale.forLanguageTag(locale).toLanguageTag();
  }
}
