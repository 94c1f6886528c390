package dev.closecodes.pipeline;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.Printable;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.generate.GeneratedTypes;
import dev.closecodes.join.Reconciler;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.Page;
import dev.closecodes.model.Registry;
import dev.closecodes.model.WebSocketApi;
import dev.closecodes.read.Document;
import dev.closecodes.read.PageReader;
import dev.closecodes.read.RegistryReader;
import dev.closecodes.text.UnicodeCharacters;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The one core both front ends run: documents in, Java files out, everything noticed on the way
 * reported into one {@link Diagnostics}. The stages run in order and each stops the run when it
 * reported an error: the request is checked, the documents read, the limits checked, the page and
 * the registry joined, and the types generated.
 */
public final class Pipeline {

  /**
   * What to generate.
   *
   * @param packageName the package the types go into
   * @param pages the MDN pages; the first is the primary one, whose locale the Javadoc is in
   * @param registry the registry, if any
   * @param checksFrom which document decides the checks where the two disagree
   * @param names constant names the user gives, which win over the derived ones
   * @param locales the pages' locales as language tags, in the order of {@code pages}; where a
   *     page has none, its locale is told from its path, else from its links
   * @param closeCodeApis the WebSocket APIs whose close-code interface {@code CloseCode}
   *     implements, so that it goes straight into their {@code CloseReason}: those on the
   *     consumer's class path
   * @param generatedAnnotation whether the types carry {@code @javax.annotation.processing.Generated};
   *     not in a named module that does not read {@code java.compiler}, which could not compile it
   * @param coverageMark whether the types carry {@code @CloseCodeSpec.Generated}, which coverage
   *     tools read in class files: only where the compile has {@code closecodes-annotation} with it,
   *     as the processor's does; the command line's types compile against the JDK alone
   */
  public record Request(
      String packageName,
      List<Document> pages,
      Optional<Document> registry,
      ChecksFrom checksFrom,
      List<Name> names,
      List<String> locales,
      Set<WebSocketApi> closeCodeApis,
      boolean generatedAnnotation,
      boolean coverageMark) {

    public Request {
      pages = List.copyOf(pages);
      closeCodeApis = Set.copyOf(closeCodeApis);
      names = List.copyOf(names);
      locales = List.copyOf(locales);
    }

    /** A request whose types carry {@code @Generated}, and no mark for coverage tools, as the command line's. */
    public Request(String packageName, List<Document> pages, Optional<Document> registry, ChecksFrom checksFrom,
        List<Name> names, List<String> locales, Set<WebSocketApi> closeCodeApis) {
      this(packageName, pages, registry, checksFrom, names, locales, closeCodeApis, true, false);
    }

    /** A request for these pages and registry, with derived names and locales, and no WebSocket API. */
    public Request(String packageName, List<Document> pages, Optional<Document> registry, ChecksFrom checksFrom) {
      this(packageName, pages, registry, checksFrom, List.of(), List.of(), Set.of(), true, false);
    }
  }

  /**
   * A constant name the user gives one code.
   *
   * @param code the close code
   * @param constant the constant's name
   */
  public record Name(int code, String constant) {}

  /**
   * What a run made.
   *
   * @param table the page and the registry joined
   * @param files the generated files, in a fixed order
   */
  public record Result(CodeTable table, List<GeneratedFile> files) {

    public Result {
      files = List.copyOf(files);
    }
  }

  private Pipeline() {}

  /**
   * Runs every stage.
   *
   * @throws Diagnostics.Abort when a stage reported an error; nothing is generated then
   */
  public static Result run(Request request, Diagnostics diagnostics) {
    if (request.pages().isEmpty()) {
      diagnostics.report(Message.NO_PAGES, new RequestPart("pages"));
    }
    GenerationLimits.checkPageCount(request.pages().size(), diagnostics);
    Map<Integer, String> names = names(request.names(), diagnostics);
    List<String> locales = locales(request, diagnostics);
    diagnostics.stopIfErrors();

    List<Page> pages = new ArrayList<>();
    for (Document document : request.pages()) {
      try {
        pages.add(PageReader.read(document, diagnostics));
      } catch (Diagnostics.Abort reported) {
        // the other pages are still read, for their own errors
      }
    }
    Optional<Registry> registry = request.registry().isPresent()
        ? Optional.of(RegistryReader.read(request.registry().get(), diagnostics))
        : Optional.empty();
    diagnostics.stopIfErrors();
    for (int i = 0; i < pages.size(); i++) {
      pages.set(i, withLocale(pages.get(i), i < locales.size() ? locales.get(i) : null, diagnostics));
    }
    checkLocalesDiffer(pages, diagnostics);

    GenerationLimits.check(pages, registry, diagnostics);
    diagnostics.stopIfErrors();

    CodeTable table = Reconciler.reconcile(pages.get(0), pages.subList(1, pages.size()), registry,
        request.checksFrom(), names, diagnostics);
    diagnostics.stopIfErrors();
    return new Result(table, GeneratedTypes.files(request.packageName(), table, request.closeCodeApis(),
        request.generatedAnnotation(), request.coverageMark()));
  }

  /** A page whose locale an earlier page has is one whose text the generated code can never give. */
  private static void checkLocalesDiffer(List<Page> pages, Diagnostics diagnostics) {
    Map<String, Page> byLocale = new LinkedHashMap<>();
    for (Page page : pages) {
      Page earlier = byLocale.putIfAbsent(page.locale().toLowerCase(Locale.ROOT), page);
      if (earlier != null) {
        diagnostics.report(Message.SAME_LOCALE_TWICE, new SourceLocation(page.source(), 1), page.locale(),
            earlier.source());
      }
    }
  }

  /**
   * The page with its given locale, or, with none given, the one told from it, which may be
   * unknown, and is a guess where its links or its words told it. A given locale of another translation than
   * the page's path names, or where it names none, than its markup declares or its links into a
   * translation's pages name, or of another language than its words are in, is kept, and said.
   */
  private static Page withLocale(Page page, String given, Diagnostics diagnostics) {
    if (given != null) {
      Optional<String> named = PageReader.localeOfPath(page.source());
      if (named.isPresent() && !PageReader.sameTranslation(given, named.get())) {
        diagnostics.report(Message.LOCALE_NOT_THE_PATHS, new SourceLocation(page.source(), 1), given, named.get(),
            given);
      } else if (page.localeFrom().kind() == Page.LocaleFrom.Kind.DECLARATION
          && !PageReader.sameTranslation(given, page.locale())) {
        diagnostics.report(Message.LOCALE_NOT_THE_DECLARED,
            new SourceLocation(page.source(), page.localeFrom().line()), given, page.locale(), given);
      } else if (PageReader.localeToldByLinks(page) && !PageReader.sameTranslation(given, page.locale())
          && !page.locale().equalsIgnoreCase("en-US")) {
        // Links into en-US's pages are a translation's too, to pages not yet translated: they tell nothing.
        diagnostics.report(Message.LOCALE_NOT_THE_LINKS, new SourceLocation(page.source(), 1), given, page.locale(),
            page.locale(), given);
      } else if (page.localeFrom().kind() == Page.LocaleFrom.Kind.WORDS
          && !Locale.forLanguageTag(given).getLanguage().equals(languageOf(page))) {
        // The words tell a language, not a region: only another language is a disagreement.
        diagnostics.report(Message.LOCALE_NOT_THE_WORDS, new SourceLocation(page.source(), 1), given,
            languageOf(page), given);
      }
      return page.withLocale(given);
    }
    if (page.locale().equals(Page.UNKNOWN_LOCALE)) {
      diagnostics.report(Message.LOCALE_UNKNOWN, new SourceLocation(page.source(), 1));
    } else {
      reportLocaleGuess(page, diagnostics);
    }
    return page;
  }

  /** The language of the page's locale, its region left out. */
  private static String languageOf(Page page) {
    return Locale.forLanguageTag(page.locale()).getLanguage();
  }

  /**
   * Says so where the page's locale is a guess (from its links or its words), where a sign of it
   * overruled another, where its words disagree with its declaration, and where its declaration
   * and its words agree against its path.
   */
  public static void reportLocaleGuess(Page page, Diagnostics diagnostics) {
    Page.LocaleFrom from = page.localeFrom();
    SourceLocation where = new SourceLocation(page.source(), from.line());
    if (from.kind() == Page.LocaleFrom.Kind.LINKS && !from.overruled().isEmpty()) {
      diagnostics.report(Message.LOCALE_LINKS_NOT_THE_DECLARED, where, from.overruled(), page.locale(), page.locale(),
          page.locale());
    } else if (from.kind() == Page.LocaleFrom.Kind.LINKS) {
      diagnostics.report(Message.LOCALE_FROM_LINKS, where, page.locale());
    } else if (from.kind() == Page.LocaleFrom.Kind.WORDS && !from.overruled().isEmpty()) {
      diagnostics.report(Message.LOCALE_FROM_WORDS_NOT_THE_LINKS, where, page.locale(), from.overruled());
    } else if (from.kind() == Page.LocaleFrom.Kind.WORDS) {
      diagnostics.report(Message.LOCALE_FROM_WORDS, where, page.locale());
    } else if (from.kind() == Page.LocaleFrom.Kind.PATH && !from.wordsSay().isEmpty()) {
      diagnostics.report(Message.LOCALE_PATH_NOT_THE_DECLARED, where, page.locale(), from.overruled(),
          from.wordsSay(), from.overruled(), page.locale(), from.overruled(), from.overruled());
    } else if (from.kind() == Page.LocaleFrom.Kind.DECLARATION && !from.wordsSay().isEmpty()) {
      diagnostics.report(Message.LOCALE_DECLARED_NOT_THE_WORDS, where, page.locale(), from.wordsSay(), page.locale(),
          from.wordsSay());
    }
  }

  /**
   * The given names by code: each a Java identifier in upper case that no member of the generated
   * enums has, each given to one code, and one for each code.
   */
  private static Map<Integer, String> names(List<Name> given, Diagnostics diagnostics) {
    Map<Integer, String> names = new LinkedHashMap<>();
    Map<String, Integer> codesByName = new LinkedHashMap<>();
    RequestPart where = new RequestPart("names");
    for (Name name : given) {
      String constant = name.constant();
      int ignored = JavaNameSpelling.firstIgnored(constant);
      if (ignored >= 0) {
        diagnostics.report(Message.NAME_WITH_AN_IGNORED_CHARACTER, where, constant, name.code(),
            Printable.described(ignored), JavaNameSpelling.asRead(constant));
        continue;
      }
      String composed = JavaNameSpelling.composed(constant);
      if (!composed.equals(constant)) {
        diagnostics.report(Message.NAME_NOT_COMPOSED, where, constant, name.code(), composed);
        continue;
      }
      if (!SourceVersion.isIdentifier(constant) || SourceVersion.isKeyword(constant)) {
        diagnostics.report(Message.BAD_NAME_OVERRIDE, where, constant, name.code());
        continue;
      }
      if (hasLowerCase(constant)) {
        diagnostics.report(Message.NAME_NOT_UPPER_CASE, where, constant, name.code());
        continue;
      }
      if (Reconciler.RESERVED_NAMES.contains(constant)) {
        diagnostics.report(Message.NAME_OF_A_MEMBER, where, constant, name.code(), name.code());
        continue;
      }
      Integer other = codesByName.putIfAbsent(constant, name.code());
      if (other != null && other != name.code()) {
        diagnostics.report(Message.DUPLICATE_CONSTANT, where, constant, other, name.code());
        continue;
      }
      String before = names.putIfAbsent(name.code(), constant);
      if (before != null && !before.equals(constant)) {
        diagnostics.report(Message.TWO_NAMES_FOR_A_CODE, where, name.code(), before, constant);
      }
    }
    return names;
  }

  private static boolean hasLowerCase(String name) {
    for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
      if (UnicodeCharacters.isLowerCase(name.codePointAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The given locales as canonical language tags: none, or one for each page. */
  private static List<String> locales(Request request, Diagnostics diagnostics) {
    RequestPart where = new RequestPart("locales");
    if (!request.locales().isEmpty() && request.locales().size() != request.pages().size()) {
      diagnostics.report(Message.BAD_LOCALE, where, request.locales().size() + " locale(s) for "
          + request.pages().size() + " page(s); give one for each page, or none");
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (String locale : request.locales()) {
      Optional<String> tag = languageTag(locale);
      if (tag.isPresent()) {
        tags.add(tag.get());
      } else {
        diagnostics.report(Message.BAD_LOCALE, where, "'" + locale + "' is not a language tag such as fr or en-US");
      }
    }
    return tags;
  }

  /**
   * The text as a language tag in BCP 47's usual case ({@code pt-BR} for {@code pt-br}); empty
   * where it is none ({@code fr_FR}). The annotation's {@code locales()} and the command line's
   * {@code --locale} are held to it.
   */
  public static Optional<String> languageTag(String text) {
    try {
      return Optional.of(new Locale.Builder().setLanguageTag(text).build().toLanguageTag());
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }
}
