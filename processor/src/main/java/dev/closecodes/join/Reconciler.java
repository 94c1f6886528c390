package dev.closecodes.join;

import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.diagnostics.Where;
import dev.closecodes.model.ChecksFrom;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.Registry;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.model.Rfc6455;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Joins the page and the registry into one {@link CodeTable}: names each code, gives it the page's
 * text, works out the three sets the checks answer for, and reports every place where the page
 * and the registry disagree about whether a code may be used.
 */
public final class Reconciler {

  /**
   * The codes a browser script may pass to {@code WebSocket.close(code)}: the WHATWG WebSockets
   * Standard allows 1000 and 3000–4999 and throws {@code InvalidAccessError} for anything else.
   */
  static final IntPredicate MAY_PASS_TO_BROWSER_CLOSE = code -> code == 1000 || (code >= 3000 && code <= 4999);

  /**
   * The codes RFC 6455 never lets travel in a close frame, whatever a page or a registry says:
   * below 1000 (unused), 1005, 1006 and 1015 (reported locally only), and from 5000 (undefined).
   */
  static final IntPredicate NEVER_IN_A_CLOSE_FRAME = code -> code < Rfc6455.FIRST_PROTOCOL_CODE
      || Rfc6455.isReportedLocallyOnly(code) || code > Rfc6455.LAST_DEFINED_CODE;

  /** {@link #NEVER_IN_A_CLOSE_FRAME} as ranges. */
  private static final List<CodeRange> NEVER_RANGES = Identifiers.mergedRanges(NEVER_IN_A_CLOSE_FRAME,
      rfcBoundaries());

  /** The most words a registered name may have to name a constant: "Invalid frame payload data" has four. */
  private static final int MAX_NAME_WORDS = 6;

  /** The names of the generated enums' own static members, which no constant may take. */
  private static final Set<String> RESERVED_NAMES = Set.of("MASK", "BY_CODE", "LOCALES");

  private final Page page;
  private final List<Page> translations;
  private final Optional<Registry> registry;
  private final ChecksFrom checksFrom;
  private final Map<Integer, String> nameOverrides;
  private int[] pageIndex;
  private int[] registryIndex;

  private Reconciler(
      Page page,
      List<Page> translations,
      Optional<Registry> registry,
      ChecksFrom checksFrom,
      Map<Integer, String> nameOverrides) {
    this.page = page;
    this.translations = translations;
    this.registry = registry;
    this.checksFrom = checksFrom;
    this.nameOverrides = nameOverrides;
  }

  /**
   * Builds the table, reporting each disagreement between the page and the registry as a warning,
   * and a {@code names()} entry that takes another code's name as an error.
   *
   * @param nameOverrides constant names by code, which win over derived names
   */
  public static CodeTable reconcile(
      Page page,
      List<Page> translations,
      Optional<Registry> registry,
      ChecksFrom checksFrom,
      Map<Integer, String> nameOverrides,
      Diagnostics diagnostics) {
    return new Reconciler(page, translations, registry, checksFrom, nameOverrides).build(diagnostics);
  }

  private CodeTable build(Diagnostics diagnostics) {
    Names names = new Names();
    List<CodeTable.Range> ranges = new ArrayList<>();
    for (PageRow row : page.rows()) {
      if (!row.range().isSingle()) {
        Optional<RegistryEntry> registered = registryEntries().stream()
            .filter(entry -> entry.range().equals(row.range()))
            .findFirst();
        CodeTable.NameSource source = registered.isPresent() ? CodeTable.NameSource.REGISTRY : CodeTable.NameSource.NUMBER;
        String given = registered.filter(entry -> !isSentence(entry.name()))
            .flatMap(entry -> Identifiers.constantName(entry.name()))
            .orElse("CODES_" + row.range().from() + "_" + row.range().to());
        String constant = names.unique(given, row.range().from());
        ranges.add(new CodeTable.Range(row.range(), constant, given, source, row.description(), row.reserved(),
            row.location(), translated(row.range().from(), row.range().to())));
      }
    }

    TreeSet<Integer> singleCodes = new TreeSet<>();
    page.rows().stream().filter(row -> row.range().isSingle()).forEach(row -> singleCodes.add(row.range().from()));
    registryEntries().stream().filter(entry -> entry.range().isSingle()).forEach(entry -> singleCodes.add(entry.range().from()));

    // Each code's name as its documents give it, worked out once for the checks and the entries.
    Map<Integer, Given> givenNames = new TreeMap<>();
    singleCodes.forEach(code -> givenNames.put(code, givenName(code)));
    checkNameOverrides(givenNames, diagnostics);
    reportSentences(givenNames, diagnostics);
    List<CodeTable.Code> codes = new ArrayList<>();
    for (int code : singleCodes) {
      codes.add(codeEntry(code, givenNames.get(code), ranges, names));
    }
    reportNamesFromThePage(codes, diagnostics);
    reportNamesOfOtherCodes(codes, diagnostics);
    reportDisagreements(diagnostics);
    reportRfcRulesKept(diagnostics);
    SortedSet<Integer> boundaries = boundaries();
    return new CodeTable(
        page,
        translations,
        registry,
        codes,
        ranges,
        Identifiers.mergedRanges(code -> mayTravelInCloseFrame(code) && !NEVER_IN_A_CLOSE_FRAME.test(code),
            boundaries),
        Identifiers.mergedRanges(MAY_PASS_TO_BROWSER_CLOSE, boundaries),
        Identifiers.mergedRanges(code -> Rfc6455.isReportedLocallyOnly(code)
            || registryStatus(code).orElse(null) == CodeStatus.LOCAL, boundaries),
        registry.isPresent() ? checksFrom : ChecksFrom.PAGE);
  }

  /**
   * A code's name as its documents give it, before names() and before it is made unique.
   *
   * @param where the registry line or page row it comes from, if any
   */
  private record Given(String name, CodeTable.NameSource source, Optional<SourceLocation> where) {}

  /** The registry's name, else the page's name column, else the number. */
  private Given givenName(int code) {
    Optional<PageRow> singleRow = innermostPageRow(code).filter(row -> row.range().isSingle());
    Optional<RegistryEntry> registered = registeredSingle(code);
    Optional<String> fromRegistry = registered.filter(entry -> !isSentence(entry.name()))
        .flatMap(entry -> Identifiers.constantName(entry.name()));
    if (fromRegistry.isPresent()) {
      return new Given(fromRegistry.get(), CodeTable.NameSource.REGISTRY, registered.map(RegistryEntry::location));
    }
    Optional<String> fromPage = singleRow.flatMap(row -> Identifiers.constantName(row.name()));
    if (fromPage.isPresent()) {
      return new Given(fromPage.get(), CodeTable.NameSource.PAGE, singleRow.map(PageRow::location));
    }
    return new Given("CODE_" + code, CodeTable.NameSource.NUMBER, singleRow.map(PageRow::location));
  }

  /**
   * Whether a registered name is a sentence rather than a name, as IANA's entry for 1014 is now:
   * made a constant, it would be a line long and change with every rewording.
   */
  static boolean isSentence(String name) {
    return words(name) > MAX_NAME_WORDS;
  }

  private static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /** A warning at the registry line of each code whose registered name is a sentence. */
  private void reportSentences(Map<Integer, Given> givenNames, Diagnostics diagnostics) {
    givenNames.forEach((code, given) -> registeredSingle(code)
        .filter(entry -> isSentence(entry.name()))
        .ifPresent(entry -> diagnostics.report(Message.REGISTRY_NAME_IS_A_SENTENCE, entry.location(), code,
            words(entry.name()), nameOverrides.getOrDefault(code, given.name()),
            nameOverrides.containsKey(code) ? "the annotation's names()" : given.source() == CodeTable.NameSource.PAGE
                ? "the page's name column" : "its number")));
  }

  private Optional<RegistryEntry> registeredSingle(int code) {
    return registryEntries().stream()
        .filter(entry -> entry.range().isSingle() && entry.range().from() == code)
        .findFirst();
  }

  /**
   * A names() entry for a code no document has names nothing (a warning); one that takes the name
   * another code gets from its documents would rename that code behind the user's back (an error).
   */
  private void checkNameOverrides(Map<Integer, Given> givenNames, Diagnostics diagnostics) {
    new TreeMap<>(nameOverrides).forEach((code, name) -> {
      if (!givenNames.containsKey(code)) {
        diagnostics.report(Message.NAME_UNUSED, new RequestPart("names"), code, name);
        return;
      }
      for (Map.Entry<Integer, Given> entry : givenNames.entrySet()) {
        int other = entry.getKey();
        Given given = entry.getValue();
        if (other != code && !nameOverrides.containsKey(other) && given.name().equals(name)) {
          String from = switch (given.source()) {
            case REGISTRY -> "the registry";
            case PAGE -> "the page's name column";
            default -> "its number";
          };
          Where where = given.where().isPresent() ? given.where().get() : new RequestPart("names");
          diagnostics.report(Message.NAME_TAKEN, where, name, code, other, from);
        }
      }
    });
  }

  /** One warning for the constants named after the page's wording, at the first of them. */
  private void reportNamesFromThePage(List<CodeTable.Code> codes, Diagnostics diagnostics) {
    List<CodeTable.Code> fromPage = codes.stream()
        .filter(code -> code.nameSource() == CodeTable.NameSource.PAGE || code.nameSource() == CodeTable.NameSource.NUMBER)
        .toList();
    if (fromPage.isEmpty()) {
      return;
    }
    String listed = fromPage.stream().limit(6).map(CodeTable.Code::constant).collect(Collectors.joining(", "))
        + (fromPage.size() > 6 ? ", …" : "");
    SourceLocation where = fromPage.stream().map(CodeTable.Code::descriptionLocation).flatMap(Optional::stream)
        .findFirst().orElse(new SourceLocation(page.source(), 1));
    diagnostics.report(Message.NAMES_FROM_PAGE, where, fromPage.size(), listed);
  }

  /**
   * A warning for each constant the documents name in the shape of another code's name:
   * {@code CODE_1005} or {@code FOO_4000} for a code that is neither 1005 nor 4000.
   */
  private void reportNamesOfOtherCodes(List<CodeTable.Code> codes, Diagnostics diagnostics) {
    for (CodeTable.Code code : codes) {
      if (code.nameSource() != CodeTable.NameSource.PAGE && code.nameSource() != CodeTable.NameSource.REGISTRY) {
        continue;
      }
      java.util.regex.Matcher number = TRAILING_NUMBER.matcher(code.givenName());
      if (number.find() && number.group(1).length() <= 5) {
        int other = Integer.parseInt(number.group(1));
        if (other != code.code() && other <= CodeRange.MAX_CODE) {
          Optional<SourceLocation> where = code.nameSource() == CodeTable.NameSource.REGISTRY
              ? registeredSingle(code.code()).map(RegistryEntry::location)
              : code.descriptionLocation();
          diagnostics.report(Message.NAME_LOOKS_LIKE_ANOTHER_CODE,
              where.orElse(new SourceLocation(page.source(), 1)), code.givenName(), code.code(),
              code.nameSource().description(), other, other, code.code());
        }
      }
    }
  }

  /** A name ending in a number after an underscore: the shape of {@code CODE_1005} and {@code A_4002}. */
  private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("_([0-9]+)$");

  /** The code's entry; {@code fromDocuments} is its name as its documents give it. */
  private CodeTable.Code codeEntry(int code, Given fromDocuments, List<CodeTable.Range> ranges, Names names) {
    Optional<PageRow> pageRow = innermostPageRow(code);
    String pageName = pageRow.filter(row -> row.range().isSingle()).map(PageRow::name).orElse("");
    String registeredName = registeredSingle(code).map(RegistryEntry::name).orElse("");
    Given derived = nameOverrides.containsKey(code)
        ? new Given(nameOverrides.get(code), CodeTable.NameSource.OVERRIDE, Optional.empty())
        : fromDocuments;
    CodeTable.NameSource source = derived.source();
    String given = derived.name();
    String constant = names.unique(given, code);

    Optional<String> range =
        innermost(ranges, CodeTable.Range::range, CodeRange.of(code)).map(CodeTable.Range::constant);
    return new CodeTable.Code(
        code,
        constant,
        given,
        source,
        pageName,
        registeredName,
        pageRow.map(PageRow::description).orElse(RichText.EMPTY),
        pageRow.map(PageRow::location),
        pageRow.map(PageRow::reserved).orElse(false),
        registryStatus(code),
        innermostRegistryEntry(code).map(RegistryEntry::location),
        range,
        translated(code, code));
  }

  /** Each other page's description of the innermost row covering these codes; empty for none. */
  private List<String> translated(int from, int to) {
    List<String> texts = new ArrayList<>();
    for (Page translation : translations) {
      texts.add(innermost(translation.rows(), PageRow::range, new CodeRange(from, to))
          .map(row -> row.description().plainText())
          .orElse(""));
    }
    return texts;
  }

  private void reportDisagreements(Diagnostics diagnostics) {
    String verdict = checksFrom == ChecksFrom.REGISTRY
        ? "the registry decides the checks (checksFrom = REGISTRY)"
        : "the page decides the checks (checksFrom = PAGE)";
    for (RegistryEntry entry : registryEntries()) {
      if (!entry.range().isSingle()) {
        continue;
      }
      int code = entry.range().from();
      Optional<PageRow> row = innermostPageRow(code);
      if (row.isEmpty()) {
        continue;
      }
      String where = entry.location().toString();
      if (row.get().reserved() && entry.status().mayTravelInCloseFrame()) {
        diagnostics.report(Message.PAGE_RESERVES_REGISTERED_CODE, row.get().location(), code, where, entry.name(),
            "for use in close frames", verdict);
      } else if (!row.get().reserved() && !entry.status().mayTravelInCloseFrame()) {
        diagnostics.report(Message.PAGE_ALLOWS_RESERVED_CODE, row.get().location(), code, where,
            entry.status() == CodeStatus.LOCAL ? "reported locally only" : "reserved", entry.name(), verdict);
      }
    }
  }

  /**
   * Where the document that decides the checks lets codes travel that RFC 6455 never lets travel,
   * a warning at its line: the checks keep the RFC's rule whatever the documents say.
   */
  private void reportRfcRulesKept(Diagnostics diagnostics) {
    if (checksFrom == ChecksFrom.REGISTRY && registry.isPresent()) {
      for (RegistryEntry entry : registryEntries()) {
        if (entry.status().mayTravelInCloseFrame()) {
          reportNever(entry.range(), "the registry", entry.location(), diagnostics);
        }
      }
      return;
    }
    for (PageRow row : page.rows()) {
      if (!row.reserved() && registryStatus(row.range().from()).orElse(null) != CodeStatus.LOCAL) {
        reportNever(row.range(), "the page", row.location(), diagnostics);
      }
    }
  }

  private static void reportNever(CodeRange range, String document, SourceLocation at, Diagnostics diagnostics) {
    List<CodeRange> never = new ArrayList<>();
    for (CodeRange forbidden : NEVER_RANGES) {
      if (forbidden.overlaps(range)) {
        never.add(new CodeRange(Math.max(forbidden.from(), range.from()), Math.min(forbidden.to(), range.to())));
      }
    }
    if (!never.isEmpty()) {
      diagnostics.report(Message.RFC_RULE_KEPT, at, document,
          never.stream().map(CodeRange::toString).collect(Collectors.joining(", ")));
    }
  }

  /** Whether the code may travel in a close frame, by the document that decides. */
  private boolean mayTravelInCloseFrame(int code) {
    if (checksFrom == ChecksFrom.REGISTRY && registry.isPresent()) {
      return registryStatus(code).map(CodeStatus::mayTravelInCloseFrame).orElse(false);
    }
    // The page decides: a code it lists and does not mark reserved, unless the registry says it
    // is never sent at all.
    return innermostPageRow(code).map(row -> !row.reserved()).orElse(false)
        && registryStatus(code).orElse(null) != CodeStatus.LOCAL;
  }

  /**
   * The codes where what the RFC fixes can change: the first code of each of its blocks and each
   * code on its own, and the code after each.
   */
  private static SortedSet<Integer> rfcBoundaries() {
    SortedSet<Integer> boundaries = new TreeSet<>(List.of(0, Rfc6455.FIRST_PROTOCOL_CODE,
        Rfc6455.FIRST_REGISTERED_CODE, Rfc6455.FIRST_PRIVATE_CODE, Rfc6455.LAST_DEFINED_CODE + 1));
    for (int code = Rfc6455.FIRST_PROTOCOL_CODE; code < Rfc6455.FIRST_REGISTERED_CODE; code++) {
      if (Rfc6455.isReportedLocallyOnly(code)) {
        boundaries.add(code);
        boundaries.add(code + 1);
      }
    }
    return boundaries;
  }

  /**
   * The codes where any of the three sets can change: the RFC's, the browser's 1000 and
   * 3000–4999, and the first code and the code after the last of every page row and registry
   * entry, which decide each code's row and entry.
   */
  private SortedSet<Integer> boundaries() {
    SortedSet<Integer> boundaries = rfcBoundaries();
    boundaries.addAll(List.of(1000, 1001, 3000, 5000));
    for (PageRow row : page.rows()) {
      boundaries.add(row.range().from());
      boundaries.add(row.range().to() + 1);
    }
    for (RegistryEntry entry : registryEntries()) {
      boundaries.add(entry.range().from());
      boundaries.add(entry.range().to() + 1);
    }
    return boundaries;
  }

  private Optional<CodeStatus> registryStatus(int code) {
    return innermostRegistryEntry(code).map(RegistryEntry::status);
  }

  private Optional<RegistryEntry> innermostRegistryEntry(int code) {
    if (registryIndex == null) {
      registryIndex = innermostIndex(registryEntries(), RegistryEntry::range);
    }
    return registryIndex[code] < 0 ? Optional.empty() : Optional.of(registryEntries().get(registryIndex[code]));
  }

  private Optional<PageRow> innermostPageRow(int code) {
    if (pageIndex == null) {
      pageIndex = innermostIndex(page.rows(), PageRow::range);
    }
    return pageIndex[code] < 0 ? Optional.empty() : Optional.of(page.rows().get(pageIndex[code]));
  }

  /**
   * For each code 0–65535, the index of the narrowest item holding it, or -1: the items painted
   * widest first, so the narrowest is painted last. The checks of every code then cost one lookup.
   */
  private static <T> int[] innermostIndex(List<T> items, Function<T, CodeRange> rangeOf) {
    int[] index = new int[CodeRange.MAX_CODE + 1];
    Arrays.fill(index, -1);
    Integer[] widestFirst = new Integer[items.size()];
    Arrays.setAll(widestFirst, i -> i);
    Arrays.sort(widestFirst, Comparator.comparingInt((Integer i) -> rangeOf.apply(items.get(i)).from()
        - rangeOf.apply(items.get(i)).to()).thenComparing(i -> -i));
    for (int i : widestFirst) {
      CodeRange range = rangeOf.apply(items.get(i));
      Arrays.fill(index, range.from(), range.to() + 1, i);
    }
    return index;
  }

  /** The narrowest of the items whose range holds all of {@code codes}: a single code before its range. */
  private static <T> Optional<T> innermost(List<T> items, Function<T, CodeRange> rangeOf, CodeRange codes) {
    return items.stream()
        .filter(item -> rangeOf.apply(item).contains(codes))
        .min(Comparator.comparingInt(item -> rangeOf.apply(item).to() - rangeOf.apply(item).from()));
  }

  private List<RegistryEntry> registryEntries() {
    return registry.map(Registry::entries).orElse(List.of());
  }

  /**
   * Hands out constant names. A name already given, or one the generated types use for their own
   * members, is made unique with the code, then with a counter: every code keeps a constant.
   */
  private static final class Names {
    private final Set<String> taken = new HashSet<>(RESERVED_NAMES);

    String unique(String name, int code) {
      String result = taken.contains(name) ? name + "_" + code : name;
      for (int counter = 2; taken.contains(result); counter++) {
        result = name + "_" + code + "_" + counter;
      }
      taken.add(result);
      return result;
    }
  }
}
