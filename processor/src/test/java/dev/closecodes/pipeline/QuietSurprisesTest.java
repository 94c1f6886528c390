package dev.closecodes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeTable;
import dev.closecodes.read.Document;
import dev.closecodes.testing.Generation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What used to happen without a word: a page whose locale cannot be told, a names() entry that
 * takes another code's name or names a code no document has, and constant names that follow the
 * page's wording. Each is now said, at a line.
 */
class QuietSurprisesTest {

  private static final String PAGE = """
      # CloseEvent

      | Code | Name | Description |
      | --- | --- | --- |
      | `1000` | Normal Closure | Done. |
      | `1001` | Going Away | Leaving. |
      | `4000` | Quota Exceeded | Over quota. |
      """;

  private static final String REGISTRY = """
      from,to,name,status,reference
      1000,1000,Normal Closure,wire,RFC 6455
      1001,1001,Going Away,wire,RFC 6455
      4000,4999,Private use,private,RFC 6455
      """;

  private static Generation generate(Map<Integer, String> names, boolean registry, List<String> locales) {
    List<Pipeline.Name> given = new TreeMap<>(names).entrySet().stream()
        .map(entry -> new Pipeline.Name(entry.getKey(), entry.getValue()))
        .toList();
    return Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document("copied/page.md", PAGE.getBytes(StandardCharsets.UTF_8))),
        registry ? Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8)))
            : Optional.empty(),
        ChecksFrom.REGISTRY, given, locales, Set.of()));
  }

  /** Each diagnostic as {@code FILE:LINE severity MESSAGE}, or {@code ATTRIBUTE() severity MESSAGE}. */
  private static List<String> diagnostics(Generation result) {
    return result.diagnostics().stream()
        .map(d -> d.where() + " " + d.severity().label() + " " + d.message()).toList();
  }

  @Test
  void aPageWhoseLocaleCannotBeToldIsAWarningAndAGivenLocaleWins() {
    assertTrue(diagnostics(generate(Map.of(4000, "QUOTA_EXCEEDED"), true, List.of()))
        .contains("copied/page.md:1 warning LOCALE_UNKNOWN"));
    Generation given = generate(Map.of(4000, "QUOTA_EXCEEDED"), true, List.of("en-GB"));
    assertEquals(List.of(), diagnostics(given));
    assertEquals("en-GB", given.table().orElseThrow().page().locale());
  }

  @Test
  void twoPagesOfOneLocaleAreAnErrorAtTheSecondSinceItsTextCouldNeverBeAskedFor() {
    Document first = new Document("mdn/fr/page.md", PAGE.getBytes(StandardCharsets.UTF_8));
    Document second = new Document("old/fr/page.md", PAGE.replace("Done.", "Fini.").getBytes(StandardCharsets.UTF_8));
    Document english = new Document("en.md", PAGE.getBytes(StandardCharsets.UTF_8));
    Generation given = Generation.run(new Pipeline.Request("org.example.ws", List.of(english, first, second),
        Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8))), ChecksFrom.REGISTRY,
        List.of(), List.of("en", "fr", "FR"), Set.of()));
    assertEquals(List.of("old/fr/page.md:1 error SAME_LOCALE_TWICE"), diagnostics(given));
    assertEquals("this page's locale, fr, is that of mdn/fr/page.md too; description(Locale) would never give"
        + " this page's text: give each page a locale of its own, with locales() or --locale",
        given.diagnostics().get(0).text());

    Generation told = Generation.run(new Pipeline.Request("org.example.ws", List.of(english, first, second),
        Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8))), ChecksFrom.REGISTRY));
    assertTrue(diagnostics(told).contains("old/fr/page.md:1 error SAME_LOCALE_TWICE"), diagnostics(told).toString());
  }

  /**
   * A page whose path names no locale is taken to be in the locale most of its links into MDN point
   * to. That is a guess, and an unsafe one: a translation links the pages not yet translated into
   * English (a French page of 2021 has one link, into /en-US/docs/). So it is a warning, and a
   * locale given, or named by the path, says nothing.
   */
  @Test
  void aLocaleToldFromThePagesLinksIsAWarning() {
    String linked = PAGE.replace("# CloseEvent", "# CloseEvent\n\nVoir [WebSocket](/en-US/docs/Web/API/WebSocket).");
    Generation told = generateFrom("copied/page.md", linked, List.of());
    assertEquals(List.of("copied/page.md:1 warning LOCALE_FROM_LINKS"), diagnostics(told));
    assertEquals("the page's locale is taken to be en-US, where most of its links into MDN's pages go, as its"
        + " path names none; that is a guess (a translation links the pages not yet translated into en-US): give"
        + " the locale with locales() or --locale", told.diagnostics().get(0).text());
    assertEquals("en-US", told.table().orElseThrow().page().locale());
    assertEquals(List.of(), diagnostics(generateFrom("copied/page.md", linked, List.of("fr"))));
    assertEquals(List.of(), diagnostics(generateFrom("mdn/fr/page.md", linked, List.of())));
  }

  /**
   * A locale given for a page whose links go into another translation's pages than en-US's
   * ({@code /fr/docs/...}), where its path names none, made the generated code offer French text to
   * those who ask for English with nothing said: a warning at the page, which keeps the given
   * locale. Links into en-US's pages say nothing of a given locale: a translation links the pages
   * not yet translated there.
   */
  @Test
  void aGivenLocaleThatThePagesLinksContradictIsAWarning() {
    String french = PAGE.replace("# CloseEvent", "# CloseEvent\n\nVoir [WebSocket](/fr/docs/Web/API/WebSocket).");
    Generation english = generateFrom("copied/page.md", french, List.of("en-US"));
    assertEquals(List.of("copied/page.md:1 warning LOCALE_NOT_THE_LINKS"), diagnostics(english));
    assertEquals("this page is given the locale en-US, where most of its links into MDN's pages go to those of fr,"
        + " as a page of fr links them; the given locale is kept, so description(Locale) offers this page's text"
        + " to those who ask for en-US", english.diagnostics().get(0).text());
    assertEquals("en-US", english.table().orElseThrow().page().locale());
    for (String agreeing : List.of("fr", "fr-CA")) {
      assertEquals(List.of(), diagnostics(generateFrom("copied/page.md", french, List.of(agreeing))), agreeing);
    }
    String linkedToEnglish = PAGE.replace("# CloseEvent", "# CloseEvent\n\nVoir [WebSocket](/en-US/docs/Web/API/WebSocket).");
    assertEquals(List.of(), diagnostics(generateFrom("copied/page.md", linkedToEnglish, List.of("fr"))));
  }

  /** A French page as a browser saves it: its language declared on its root element, its one link into en-US. */
  private static final String SAVED_FRENCH_PAGE = """
      <!DOCTYPE html>
      <!-- saved from url=(0058)https://developer.mozilla.org/fr/docs/Web/API/CloseEvent -->
      <HTML data-theme="light dark" Lang = "fr"><head><meta charset="utf-8"><title>CloseEvent</title></head>
      <body><p>Voir <a href="/en-US/docs/Web/API/WebSocket">WebSocket</a>.</p>
      <table><tr><th>Code</th><th>Nom</th><th>Description</th></tr>
      <tr><td>1000</td><td>Normal Closure</td><td>Fini.</td></tr>
      <tr><td>1001</td><td>Going Away</td><td>Parti.</td></tr>
      <tr><td>4000</td><td>Quota Exceeded</td><td>Trop.</td></tr></table></body></html>
      """;

  /**
   * A saved page declares its language on its root element ({@code <html lang="fr">}), as every
   * page MDN serves does: it was taken to be in the locale its links go to, a guess that a French
   * page linking a page not yet translated made en-US, with a warning that asked for what the page
   * says. Its path, where it names a locale, still says it first; a language named only in a
   * page's text (an example of markup) declares nothing.
   */
  @Test
  void aSavedPageIsInTheLanguageItsRootElementDeclares() {
    Generation saved = generateFrom("copied/page.html", SAVED_FRENCH_PAGE, List.of());
    assertEquals(List.of(), diagnostics(saved));
    assertEquals("fr", saved.table().orElseThrow().page().locale());
    assertEquals("pt-BR", generateFrom("copied/page.html", SAVED_FRENCH_PAGE.replace("\"fr\"", "pt-br"), List.of())
        .table().orElseThrow().page().locale());
    assertEquals("de", generateFrom("mdn/de/page.html", SAVED_FRENCH_PAGE, List.of()).table().orElseThrow().page()
        .locale());
    for (String nothingDeclared : List.of("Lang = \"\"", "Lang = \"x!\"", "Lang=\"und\"", "lang")) {
      Generation undeclared = generateFrom("copied/page.html", SAVED_FRENCH_PAGE.replace("Lang = \"fr\"",
          nothingDeclared), List.of());
      assertEquals(List.of("copied/page.html:1 warning LOCALE_FROM_LINKS"), diagnostics(undeclared), nothingDeclared);
    }
    assertEquals(List.of("copied/page.md:1 warning LOCALE_UNKNOWN"), diagnostics(generateFrom("copied/page.md",
        "# CloseEvent\n\n```html\n<html lang=\"it\">\n```\n" + PAGE.substring(PAGE.indexOf('|')), List.of())));
  }

  /**
   * A page saved from a site that shows it in the site's own language declares that one: GitHub's
   * view of a French page of MDN's sources says {@code <html lang="en">}. Where most of the page's
   * links go into another translation's pages than the declared language's and en-US's, it is of
   * that translation, as its links say, with a warning at the declaration that says why.
   */
  @Test
  void aDeclaredLanguageThatThePagesLinksIntoATranslationContradictIsOverruledWithAWarning() {
    String fromGitHub = SAVED_FRENCH_PAGE.replace("Lang = \"fr\"", "lang=\"en\"").replace("/en-US/docs/", "/fr/docs/");
    Generation read = generateFrom("copied/page.html", fromGitHub, List.of());
    assertEquals(List.of("copied/page.html:3 warning LOCALE_LINKS_NOT_THE_DECLARED"), diagnostics(read));
    assertEquals("the page's markup declares its language en, but most of its links into MDN's pages go to those of"
        + " fr, as a page of fr links them, where a site that shows a page in its own language declares that one"
        + " (GitHub's view of a file declares en): the page is taken to be of fr; give the locale with locales() or"
        + " --locale", read.diagnostics().get(0).text());
    assertEquals("fr", read.table().orElseThrow().page().locale());
    assertEquals(List.of(), diagnostics(generateFrom("copied/page.html", fromGitHub, List.of("fr"))));
  }

  /** A French page whose words are enough to tell their language; its one link goes into en-US's pages. */
  private static final String FRENCH_PAGE = """
      # CloseEvent

      Voir [WebSocket](/en-US/docs/Web/API/WebSocket).

      | Code | Nom | Description |
      | --- | --- | --- |
      | `1000` | Normal Closure | La connexion a été fermée normalement, le travail est fini. |
      | `1001` | Going Away | Le serveur ou le navigateur quitte la page et ferme la connexion. |
      | `4000` | Quota Exceeded | Le quota des messages est dépassé pour cette connexion. |
      """;

  /**
   * A page's words tell the language they are in, where its path does not: a French page that
   * links only a page not yet translated was taken to be en-US, its links' locale, and one without
   * links was offered as {@code und}; each is French now, with a warning that it is a guess (the
   * words tell no region). A declaration stands against them, with a warning that they disagree:
   * a translation can keep the English page's text, and a site (GitHub) declares its own language.
   */
  @Test
  void aPagesWordsTellItsLanguageWhereNothingBetterDoes() {
    Generation linked = generateFrom("copied/page.md", FRENCH_PAGE, List.of());
    assertEquals(List.of("copied/page.md:1 warning LOCALE_FROM_WORDS_NOT_THE_LINKS"), diagnostics(linked));
    assertEquals("the page's locale is taken to be fr, the language its words are in, though most of its links into"
        + " MDN's pages go to those of en-US, as a translation links the pages not yet translated, and its path and"
        + " markup name none: that is a guess, and a region (pt-BR's or pt-PT's) shows in no word; give the locale"
        + " with locales() or --locale", linked.diagnostics().get(0).text());
    assertEquals("fr", linked.table().orElseThrow().page().locale());

    String unlinked = FRENCH_PAGE.replace("Voir [WebSocket](/en-US/docs/Web/API/WebSocket).", "Voir WebSocket.");
    Generation words = generateFrom("copied/page.md", unlinked, List.of());
    assertEquals(List.of("copied/page.md:1 warning LOCALE_FROM_WORDS"), diagnostics(words));
    assertEquals("fr", words.table().orElseThrow().page().locale());
    assertEquals(List.of(), diagnostics(generateFrom("copied/page.md", unlinked, List.of("fr"))));
    assertEquals(List.of(), diagnostics(generateFrom("mdn/fr/page.md", unlinked, List.of())));

    String fromGitHub = savedDeclaring("en", FRENCH_PAGE.replace("[WebSocket](/en-US/docs/Web/API/WebSocket)",
        "<a href=\"/en-US/docs/Web/API/WebSocket\">WebSocket</a>"));
    Generation declared = generateFrom("copied/page.html", fromGitHub, List.of());
    assertEquals(List.of("copied/page.html:2 warning LOCALE_DECLARED_NOT_THE_WORDS"), diagnostics(declared));
    assertEquals("the page's markup declares its language en, but many of its words are in fr, as a translation's"
        + " that keeps the English page's text, or a page saved from a site that declares its own language, has"
        + " them; the page is taken to be of en, as declared: if it is of fr, give the locale with locales() or"
        + " --locale",
        declared.diagnostics().get(0).text());
    assertEquals("en", declared.table().orElseThrow().page().locale());
  }

  /**
   * A locale given for a page whose path names none and whose markup declares none, but whose
   * words are in another language, made the generated code offer French text to those who ask for
   * English with nothing said, even where the words had overruled the page's links: a warning at
   * the page, which keeps the given locale, as where the path, the markup or the links name another.
   */
  @Test
  void aGivenLocaleThatThePagesWordsContradictIsAWarning() {
    String unlinked = FRENCH_PAGE.replace("Voir [WebSocket](/en-US/docs/Web/API/WebSocket).", "Voir WebSocket.");
    for (String page : List.of(unlinked, FRENCH_PAGE)) {
      Generation english = generateFrom("copied/page.md", page, List.of("en-US"));
      assertEquals(List.of("copied/page.md:1 warning LOCALE_NOT_THE_WORDS"), diagnostics(english));
      assertEquals("this page is given the locale en-US, where its words are in fr; the given locale is kept, so"
          + " description(Locale) offers this page's text to those who ask for en-US",
          english.diagnostics().get(0).text());
      assertEquals("en-US", english.table().orElseThrow().page().locale());
      for (String agreeing : List.of("fr", "fr-CA", "FR")) {
        assertEquals(List.of(), diagnostics(generateFrom("copied/page.md", page, List.of(agreeing))), agreeing);
      }
    }
  }

  /** The page as a document whose root element declares the language, its heading made HTML's. */
  private static String savedDeclaring(String language, String page) {
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<body>\n"
        + page.replace("# CloseEvent", "<h1>CloseEvent</h1>") + "</body></html>\n";
  }

  /**
   * A page whose path names one locale, whose markup declares another language and whose words are
   * in that other, is a page of that other saved in another's folder: it is read as its path says,
   * with a warning at the declaration. A declaration its words do not bear out says nothing, as
   * GitHub's view of a French page in French's folder declares {@code en}; nor does one of the path's
   * own translation, or one whose words tell no language, or one where the path's locale is given.
   */
  @Test
  void aPathThatTheDeclarationAndTheWordsContradictIsAWarning() {
    String saved = savedDeclaring("fr", FRENCH_PAGE.replace("[WebSocket](/en-US/docs/Web/API/WebSocket)", "WebSocket"));
    Generation misfiled = generateFrom("mdn/de/page.html", saved, List.of());
    assertEquals(List.of("mdn/de/page.html:2 warning LOCALE_PATH_NOT_THE_DECLARED"), diagnostics(misfiled));
    assertEquals("this page's path names the locale de, but its markup declares its language fr and its words are in"
        + " fr too, as a page of fr saved in another locale's folder has them; the page is taken to be of de, as its"
        + " path says: if it is of fr, move it to a folder of fr, or give the locale with locales() or --locale",
        misfiled.diagnostics().get(0).text());
    assertEquals("de", misfiled.table().orElseThrow().page().locale());

    assertEquals(List.of(),
        diagnostics(generateFrom("mdn/fr/page.html", saved.replace("\"fr\"", "\"en\""), List.of())));
    assertEquals(List.of(), diagnostics(generateFrom("mdn/fr/page.html", saved.replace("\"fr\"", "\"fr-CA\""),
        List.of())));
    String fewWords = saved.replace("La connexion a été fermée normalement, le travail est fini.", "Fin.")
        .replace("Le serveur ou le navigateur quitte la page et ferme la connexion.", "Départ.")
        .replace("Le quota des messages est dépassé pour cette connexion.", "Quota.");
    assertFalse(fewWords.contains("connexion"), fewWords);
    assertEquals(List.of(), diagnostics(generateFrom("mdn/de/page.html", fewWords, List.of())));
    assertEquals(List.of(), diagnostics(generateFrom("mdn/de/page.html", saved, List.of("de"))));
  }

  /**
   * A locale given for a page that declares another language makes the generated code offer its
   * text to those who ask for that other: a warning at the declaration, as where the path or the
   * links name another; the given locale is kept.
   */
  @Test
  void aGivenLocaleThatThePagesDeclaredLanguageContradictsIsAWarning() {
    Generation english = generateFrom("copied/page.html", SAVED_FRENCH_PAGE, List.of("en-US"));
    assertEquals(List.of("copied/page.html:3 warning LOCALE_NOT_THE_DECLARED"), diagnostics(english));
    assertEquals("this page is given the locale en-US, where its markup declares its language fr; the given locale"
        + " is kept, so description(Locale) offers this page's text to those who ask for en-US",
        english.diagnostics().get(0).text());
    assertEquals("en-US", english.table().orElseThrow().page().locale());
    assertEquals(List.of(), diagnostics(generateFrom("copied/page.html", SAVED_FRENCH_PAGE, List.of("fr-CA"))));
  }

  private static Generation generateFrom(String file, String text, List<String> locales) {
    return Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document(file, text.getBytes(StandardCharsets.UTF_8))),
        Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8))), ChecksFrom.REGISTRY,
        List.of(new Pipeline.Name(4000, "QUOTA_EXCEEDED")), locales, Set.of()));
  }

  /**
   * A locale given for a page whose path names another, as MDN lays out its pages
   * ({@code files/fr/web/api/...}), makes the generated code offer French text to those who ask
   * for English: a warning at the page, which keeps the given locale. The path's language with a
   * region added (fr-CA for fr) agrees with it; another region (pt-PT for pt-br) is another
   * translation.
   */
  @Test
  void aGivenLocaleThatThePagesPathContradictsIsAWarning() {
    String file = "mdn/fr/web/api/closeevent/index.md";
    Generation english = generateAt(file, "en-US");
    assertEquals(List.of(file + ":1 warning LOCALE_NOT_THE_PATHS"), diagnostics(english));
    assertEquals("this page is given the locale en-US, where its path names fr, as MDN lays out its pages; the"
        + " given locale is kept, so description(Locale) offers this page's text to those who ask for en-US",
        english.diagnostics().get(0).text());
    assertEquals("en-US", english.table().orElseThrow().page().locale());
    for (String agreeing : List.of("fr", "FR", "fr-CA")) {
      assertEquals(List.of(), diagnostics(generateAt(file, agreeing)), agreeing);
    }
    assertEquals(List.of("mdn/pt-br/page.md:1 warning LOCALE_NOT_THE_PATHS"),
        diagnostics(generateAt("mdn/pt-br/page.md", "pt-PT")));
    // no locale in the path, nothing to contradict
    assertEquals(List.of(), diagnostics(generateAt("pages/french/index.md", "en-US")));
  }

  private static Generation generateAt(String file, String locale) {
    return Generation.run(new Pipeline.Request("org.example.ws",
        List.of(new Document(file, PAGE.getBytes(StandardCharsets.UTF_8))),
        Optional.of(new Document("registry.csv", REGISTRY.getBytes(StandardCharsets.UTF_8))), ChecksFrom.REGISTRY,
        List.of(new Pipeline.Name(4000, "QUOTA_EXCEEDED")), List.of(locale), Set.of()));
  }

  @Test
  void aLocaleThatIsNoLanguageTagIsAnError() {
    assertEquals(List.of("locales() error BAD_LOCALE"),
        diagnostics(generate(Map.of(4000, "QUOTA_EXCEEDED"), true, List.of("not a tag!"))));
    // an empty one too, as --locale "" is a usage error
    Generation empty = generate(Map.of(4000, "QUOTA_EXCEEDED"), true, List.of(""));
    assertEquals(List.of("locales() error BAD_LOCALE"), diagnostics(empty));
    assertEquals("locales(): '' is not a language tag such as fr or en-US", empty.diagnostics().get(0).text());
  }

  @Test
  void aNameThatAnotherCodeAlreadyHasIsAnErrorAtWhereThatCodeGetsIt() {
    Generation result = generate(Map.of(1000, "GOING_AWAY", 4000, "QUOTA_EXCEEDED"), true, List.of("en"));
    assertEquals(List.of("registry.csv:3 error NAME_TAKEN"), diagnostics(result));
    assertTrue(result.diagnostics().get(0).text().contains("GOING_AWAY"), result.diagnostics().toString());
  }

  @Test
  void aNameForACodeWithoutAConstantIsAWarning() {
    Generation result = generate(Map.of(4000, "QUOTA_EXCEEDED", 4999, "LAST"), true, List.of("en"));
    assertEquals(List.of("names() warning NAME_FOR_A_CODE_IN_A_RANGE"), diagnostics(result));
    assertTrue(result.table().orElseThrow().codes().stream().noneMatch(code -> code.constant().equals("LAST")));
  }

  @Test
  void namesThatFollowThePageWordingAreAWarningAtTheFirstSuchRow() {
    Generation withoutRegistry = generate(Map.of(), false, List.of("en"));
    assertEquals(List.of("copied/page.md:5 warning NAMES_FROM_PAGE"), diagnostics(withoutRegistry));
    Diagnostic warning = withoutRegistry.diagnostics().get(0);
    assertTrue(warning.text().startsWith("3 constant names"), warning.text());
    assertTrue(warning.text().contains("NORMAL_CLOSURE, GOING_AWAY, QUOTA_EXCEEDED"), warning.text());

    // with the registry, only the code it does not name is left to the page
    Generation withRegistry = generate(Map.of(), true, List.of("en"));
    assertEquals(List.of("copied/page.md:7 warning NAMES_FROM_PAGE"), diagnostics(withRegistry));
    assertEquals(CodeTable.NameSource.PAGE, withRegistry.table().orElseThrow().codes().get(2).nameSource());
  }
}
