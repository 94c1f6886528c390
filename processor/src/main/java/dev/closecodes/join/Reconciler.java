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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

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
  static boolean mayPassToBrowserClose(int code) {
    return code == 1000 || (code >= 3000 && code <= 4999);
  }

  /** {@link Rfc6455#neverInCloseFrames} as ranges. */
  private static final List<CodeRange> NEVER_RANGES = Identifiers.mergedRanges(new CodeSet(null, CheckSet.NEVER),
      rfcBoundaries());

  /** The most words a registered name may have to name a constant: "Invalid frame payload data" has four. */
  private static final int MAX_NAME_WORDS = 6;

  /**
   * The names of the generated enums' own static members, which no constant may take; their
   * other members and the types they use have lower-case letters, which no constant's name has.
   */
  public static final Set<String> RESERVED_NAMES = Set.of("MASK", "BY_CODE", "LOCALES");

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
        RegistryEntry registered = registeredRange(row.range());
        CodeTable.NameSource source = registered != null ? CodeTable.NameSource.REGISTRY : CodeTable.NameSource.NUMBER;
        Optional<String> fromRegistry = registered != null && !isSentence(registered.name())
            ? Identifiers.constantName(registered.name())
            : Optional.empty();
        String given = fromRegistry.isPresent()
            ? fromRegistry.get()
            : "CODES_" + row.range().from() + "_" + row.range().to();
        String constant = names.unique(given, row.range().from(), "range " + row.range());
        ranges.add(new CodeTable.Range(row.range(), constant, given, source, row.description(), row.reserved(),
            row.location(), translated(row.range().from(), row.range().to())));
      }
    }

    TreeSet<Integer> singleCodes = new TreeSet<>();
    for (PageRow row : page.rows()) {
      if (row.range().isSingle()) {
        singleCodes.add(row.range().from());
      }
    }
    for (RegistryEntry entry : registryEntries()) {
      if (entry.range().isSingle()) {
        singleCodes.add(entry.range().from());
      }
    }

    // Each code's name as its documents give it, worked out once for the checks and the entries.
    Map<Integer, Given> givenNames = new TreeMap<>();
    for (int code : singleCodes) {
      givenNames.put(code, givenName(code));
    }
    checkNameOverrides(givenNames, diagnostics);
    reportSentences(givenNames, diagnostics);
    List<CodeTable.Code> codes = new ArrayList<>();
    for (int code : singleCodes) {
      codes.add(codeEntry(code, givenNames.get(code), ranges, names));
    }
    reportNamesFromThePage(codes, diagnostics);
    reportNamesOfOtherCodes(codes, diagnostics);
    reportRegisteredNamesTaken(ranges, codes, names, diagnostics);
    reportPageNamesOfOtherCodes(diagnostics);
    reportDisagreements(diagnostics);
    reportTranslationsThatDisagree(diagnostics);
    reportRfcRulesKept(diagnostics);
    SortedSet<Integer> boundaries = boundaries();
    return new CodeTable(
        page,
        translations,
        registry,
        codes,
        ranges,
        Identifiers.mergedRanges(new CodeSet(this, CheckSet.MAY_TRAVEL), boundaries),
        Identifiers.mergedRanges(new CodeSet(this, CheckSet.MAY_PASS_TO_BROWSER_CLOSE), boundaries),
        Identifiers.mergedRanges(new CodeSet(this, CheckSet.REPORTED_LOCALLY_ONLY), boundaries),
        registry.isPresent() ? checksFrom : ChecksFrom.PAGE);
  }

  /** The sets of codes the checks answer for, and the set RFC 6455 never lets travel. */
  private enum CheckSet { MAY_TRAVEL, MAY_PASS_TO_BROWSER_CLOSE, REPORTED_LOCALLY_ONLY, NEVER }

  /**
   * One of the sets, as the test {@link Identifiers#mergedRanges} asks. A class of its own rather
   * than a lambda: a compile's fresh JVM bootstraps each lambda the first time it runs, at a cost
   * far above that of loading a small class.
   *
   * @param documents the documents that decide the set; null for {@link CheckSet#NEVER}, which
   *     none of them changes
   */
  private record CodeSet(Reconciler documents, CheckSet set) implements IntPredicate {
    @Override
    public boolean test(int code) {
      return switch (set) {
        case MAY_TRAVEL -> documents.mayTravelInCloseFrame(code) && !Rfc6455.neverInCloseFrames(code);
        case MAY_PASS_TO_BROWSER_CLOSE -> mayPassToBrowserClose(code);
        case REPORTED_LOCALLY_ONLY ->
            Rfc6455.isReportedLocallyOnly(code) || documents.registryStatus(code) == CodeStatus.LOCAL;
        case NEVER -> Rfc6455.neverInCloseFrames(code);
      };
    }
  }

  /**
   * A code's name as its documents give it, before names() and before it is made unique.
   *
   * @param where the registry line or page row it comes from, if any
   */
  private record Given(String name, CodeTable.NameSource source, Optional<SourceLocation> where) {}

  /** The registry's name, else the page's name column, else the number. */
  private Given givenName(int code) {
    PageRow row = innermostPageRow(code);
    PageRow singleRow = row != null && row.range().isSingle() ? row : null;
    Optional<SourceLocation> rowLocation = singleRow == null ? Optional.empty() : Optional.of(singleRow.location());
    RegistryEntry registered = registeredSingle(code);
    if (registered != null && !isSentence(registered.name())) {
      Optional<String> fromRegistry = Identifiers.constantName(registered.name());
      if (fromRegistry.isPresent()) {
        return new Given(fromRegistry.get(), CodeTable.NameSource.REGISTRY, Optional.of(registered.location()));
      }
    }
    Optional<String> fromPage = singleRow == null ? Optional.empty() : Identifiers.constantName(singleRow.name());
    if (fromPage.isPresent()) {
      return new Given(fromPage.get(), CodeTable.NameSource.PAGE, rowLocation);
    }
    return new Given("CODE_" + code, CodeTable.NameSource.NUMBER, rowLocation);
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
    for (Map.Entry<Integer, Given> named : givenNames.entrySet()) {
      int code = named.getKey();
      Given given = named.getValue();
      RegistryEntry entry = registeredSingle(code);
      if (entry != null && isSentence(entry.name())) {
        diagnostics.report(Message.REGISTRY_NAME_IS_A_SENTENCE, entry.location(), code,
            words(entry.name()), nameOverrides.getOrDefault(code, given.name()),
            nameOverrides.containsKey(code) ? "the annotation's names()" : given.source() == CodeTable.NameSource.PAGE
                ? "the page's name column" : "its number");
      }
    }
  }

  /**
   * The registry's entry for this code alone, or null: the innermost entry, where it is that
   * narrow, as the first such entry is the innermost.
   */
  private RegistryEntry registeredSingle(int code) {
    RegistryEntry entry = innermostRegistryEntry(code);
    return entry != null && entry.range().isSingle() ? entry : null;
  }

  /** The registry's entry for exactly these codes, or null. */
  private RegistryEntry registeredRange(CodeRange range) {
    for (RegistryEntry entry : registryEntries()) {
      if (entry.range().equals(range)) {
        return entry;
      }
    }
    return null;
  }

  /**
   * A names() entry for a code no document has names nothing (a warning); one that takes the name
   * another code gets from its documents would rename that code behind the user's back (an error).
   */
  private void checkNameOverrides(Map<Integer, Given> givenNames, Diagnostics diagnostics) {
    for (Map.Entry<Integer, String> override : new TreeMap<>(nameOverrides).entrySet()) {
      int code = override.getKey();
      String name = override.getValue();
      if (!givenNames.containsKey(code)) {
        // An application's own code (4001) is often listed only in a range: say which holds it.
        boolean aCode = code >= 0 && code <= CodeRange.MAX_CODE;
        PageRow row = aCode ? innermostPageRow(code) : null;
        RegistryEntry entry = aCode ? innermostRegistryEntry(code) : null;
        if (row != null) {
          diagnostics.report(Message.NAME_FOR_A_CODE_IN_A_RANGE, new RequestPart("names"), code, name, "the page",
              row.range(), row.location());
        } else if (entry != null) {
          diagnostics.report(Message.NAME_FOR_A_CODE_IN_A_RANGE, new RequestPart("names"), code, name,
              "the registry", entry.range(), entry.location());
        } else {
          diagnostics.report(Message.NAME_UNUSED, new RequestPart("names"), code, name);
        }
        continue;
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
    }
  }

  /** One warning for the constants named after the page's wording, at the first of them. */
  private void reportNamesFromThePage(List<CodeTable.Code> codes, Diagnostics diagnostics) {
    List<CodeTable.Code> fromPage = new ArrayList<>();
    SourceLocation where = null;
    for (CodeTable.Code code : codes) {
      if (code.nameSource() == CodeTable.NameSource.PAGE || code.nameSource() == CodeTable.NameSource.NUMBER) {
        fromPage.add(code);
        if (where == null && code.descriptionLocation().isPresent()) {
          where = code.descriptionLocation().get();
        }
      }
    }
    if (fromPage.isEmpty()) {
      return;
    }
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(6, fromPage.size()); i++) {
      listed.append(i == 0 ? "" : ", ").append(fromPage.get(i).constant());
    }
    listed.append(fromPage.size() > 6 ? ", …" : "");
    diagnostics.report(Message.NAMES_FROM_PAGE, where != null ? where : new SourceLocation(page.source(), 1),
        fromPage.size() == 1 ? "1 constant name comes" : fromPage.size() + " constant names come", listed.toString(),
        fromPage.size() == 1 ? "it changes" : "they change");
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
          RegistryEntry registered = registeredSingle(code.code());
          SourceLocation where = code.nameSource() == CodeTable.NameSource.REGISTRY
              ? registered == null ? null : registered.location()
              : code.descriptionLocation().orElse(null);
          diagnostics.report(Message.NAME_LOOKS_LIKE_ANOTHER_CODE,
              where != null ? where : new SourceLocation(page.source(), 1), code.givenName(), code.code(),
              code.nameSource().description(), other, other, code.code());
        }
      }
    }
  }

  /**
   * A warning at each page row that gives its code the name the registry gives another code (MDN's
   * Portuguese and Chinese pages named 1007 "Unsupported Data", 1003's name): a row copied from
   * another, whose name the Javadoc would carry. Names are compared as the constants they make;
   * what the registry names the codes it reserves ("Reserved", "Unused") is no meaning of a code's.
   */
  private void reportPageNamesOfOtherCodes(Diagnostics diagnostics) {
    Map<String, RegistryEntry> byName = new HashMap<>();
    for (RegistryEntry entry : registryEntries()) {
      if (entry.range().isSingle() && entry.status() != CodeStatus.RESERVED) {
        Optional<String> name = Identifiers.constantName(entry.name());
        if (name.isPresent()) {
          byName.putIfAbsent(name.get(), entry);
        }
      }
    }
    if (byName.isEmpty()) {
      return;
    }
    for (PageRow row : page.rows()) {
      // A name in other letters than the registry's is the page's own words; folding it would load the normalizer.
      if (!row.range().isSingle() || !Identifiers.isAscii(row.name())) {
        continue;
      }
      Optional<String> name = Identifiers.constantName(row.name());
      RegistryEntry other = name.isPresent() ? byName.get(name.get()) : null;
      if (other == null || other.range().equals(row.range())) {
        continue;
      }
      int code = row.range().from();
      RegistryEntry own = registeredSingle(code);
      if (own != null && name.equals(Identifiers.constantName(own.name()))) {
        continue; // the registry gives both codes this name
      }
      String ownName = own == null ? "" : ", where it names " + code + " '" + own.name() + "' (" + own.location() + ")";
      diagnostics.report(Message.PAGE_NAMES_ANOTHER_CODE, row.location(), code, row.name(), other.location(),
          other.range().from(), ownName, other.range().from());
    }
  }

  /**
   * A warning at the registry line of each code or range whose registered name makes a constant
   * another already has (a registry line copied and not wholly changed, or the name of a member of
   * the generated enums): its constant is made unique with its code, and so named after another.
   */
  private void reportRegisteredNamesTaken(List<CodeTable.Range> ranges, List<CodeTable.Code> codes, Names names,
      Diagnostics diagnostics) {
    for (CodeTable.Range range : ranges) {
      RegistryEntry entry = registeredRange(range.range());
      if (range.nameSource() == CodeTable.NameSource.REGISTRY && entry != null
          && !range.constant().equals(range.givenName())) {
        diagnostics.report(Message.REGISTRY_NAME_TAKEN, entry.location(), range.range(), entry.name(),
            range.givenName(), names.holder(range.givenName()), range.range(), range.constant());
      }
    }
    for (CodeTable.Code code : codes) {
      RegistryEntry entry = registeredSingle(code.code());
      // A name that names() gives another code is an error already (NAME_TAKEN).
      if (code.nameSource() == CodeTable.NameSource.REGISTRY && entry != null
          && !code.constant().equals(code.givenName()) && !nameOverrides.containsValue(code.givenName())) {
        diagnostics.report(Message.REGISTRY_NAME_TAKEN, entry.location(), code.code(), entry.name(),
            code.givenName(), names.holder(code.givenName()), code.code(), code.constant());
      }
    }
  }

  /** A name ending in a number after an underscore: the shape of {@code CODE_1005} and {@code A_4002}. */
  private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("_([0-9]+)$");

  /** The code's entry; {@code fromDocuments} is its name as its documents give it. */
  private CodeTable.Code codeEntry(int code, Given fromDocuments, List<CodeTable.Range> ranges, Names names) {
    PageRow pageRow = innermostPageRow(code);
    String pageName = pageRow != null && pageRow.range().isSingle() ? pageRow.name() : "";
    RegistryEntry registered = registeredSingle(code);
    String registeredName = registered == null ? "" : registered.name();
    Given derived = nameOverrides.containsKey(code)
        ? new Given(nameOverrides.get(code), CodeTable.NameSource.OVERRIDE, Optional.empty())
        : fromDocuments;
    CodeTable.NameSource source = derived.source();
    String given = derived.name();
    String constant = names.unique(given, code, "code " + code);

    CodeTable.Range innermostRange = null;
    for (CodeTable.Range candidate : ranges) {
      if (candidate.range().contains(CodeRange.of(code))
          && (innermostRange == null || width(candidate.range()) < width(innermostRange.range()))) {
        innermostRange = candidate;
      }
    }
    RegistryEntry entry = innermostRegistryEntry(code);
    return new CodeTable.Code(
        code,
        constant,
        given,
        source,
        pageName,
        registeredName,
        pageRow == null ? RichText.EMPTY : pageRow.description(),
        pageRow == null ? Optional.empty() : Optional.of(pageRow.location()),
        pageRow != null && pageRow.reserved(),
        entry == null ? Optional.empty() : Optional.of(entry.status()),
        entry == null ? Optional.empty() : Optional.of(entry.location()),
        innermostRange == null ? Optional.empty() : Optional.of(innermostRange.constant()),
        translated(code, code));
  }

  /** Each other page's description of the innermost row covering these codes; empty for none. */
  private List<String> translated(int from, int to) {
    List<String> texts = new ArrayList<>();
    CodeRange codes = new CodeRange(from, to);
    for (Page translation : translations) {
      PageRow innermostRow = null;
      for (PageRow row : translation.rows()) {
        if (row.range().contains(codes) && (innermostRow == null || width(row.range()) < width(innermostRow.range()))) {
          innermostRow = row;
        }
      }
      texts.add(innermostRow == null ? "" : innermostRow.description().textWithLines());
    }
    return texts;
  }

  /**
   * A warning at the page row for each row and registry entry that disagree about whether their
   * shared codes may be used, ranges as single codes: a page that marks 3000–3999 reserved, or
   * lets 1016–1999 be used, changes the checks it decides. So is each stretch of codes the page
   * lets be used that no entry holds (a line lost from the registry, a bound mistyped), which the
   * registry's checks leave out, but for the codes RFC 6455 never lets travel. The codes between
   * two boundaries share one innermost row and one innermost entry, so a pass over the boundaries
   * finds each pair.
   */
  private void reportDisagreements(Diagnostics diagnostics) {
    if (registry.isEmpty()) {
      return;
    }
    String verdict = checksFrom == ChecksFrom.REGISTRY
        ? "the registry decides the checks (checksFrom = REGISTRY)"
        : "the page decides the checks (checksFrom = PAGE)";
    ReportedPairs reported = new ReportedPairs();
    int unregisteredFrom = -1; // the first code of a stretch the page lets be used and no entry holds
    PageRow unregisteredRow = null;
    for (int code : boundaries()) {
      PageRow row = code > CodeRange.MAX_CODE ? null : innermostPageRow(code);
      RegistryEntry entry = code > CodeRange.MAX_CODE ? null : innermostRegistryEntry(code);
      // Codes RFC 6455 never lets travel stay out whatever the registry holds; its boundaries split stretches there.
      boolean unregistered = row != null && entry == null && !row.reserved() && !Rfc6455.neverInCloseFrames(code);
      if (unregisteredRow != null && (!unregistered || row != unregisteredRow)) {
        diagnostics.report(Message.PAGE_CODES_NOT_REGISTERED, unregisteredRow.location(),
            new CodeRange(unregisteredFrom, code - 1), registry.get().source(), verdict);
      }
      unregisteredFrom = unregistered && row != unregisteredRow ? code : unregisteredFrom;
      unregisteredRow = unregistered ? row : null;
      if (code > CodeRange.MAX_CODE) {
        break;
      }
      if (row == null || entry == null || row.reserved() != entry.status().mayTravelInCloseFrame()
          || !reported.add(row, entry)) {
        continue;
      }
      CodeRange shared = row.range().sharedWith(entry.range());
      String where = entry.location().toString();
      if (row.reserved()) {
        diagnostics.report(Message.PAGE_RESERVES_REGISTERED_CODE, row.location(), shared, where, entry.name(),
            "for use in close frames", verdict);
      } else {
        diagnostics.report(Message.PAGE_ALLOWS_RESERVED_CODE, row.location(), shared, where,
            entry.status() == CodeStatus.LOCAL ? "reported locally only" : "reserved", entry.name(), verdict);
      }
    }
  }

  /**
   * The pairs of rows or entries a disagreement was reported for, told apart by identity, as each
   * row and entry is one object: a set of them would hash the records, which makes a compile's
   * fresh JVM link each record type's {@code hashCode} for a pass that most often finds no pair.
   */
  private static final class ReportedPairs {
    private final List<Object> firsts = new ArrayList<>();
    private final List<Object> seconds = new ArrayList<>();

    /** Notes the pair; false where it was noted before. */
    boolean add(Object first, Object second) {
      for (int i = 0; i < firsts.size(); i++) {
        if (firsts.get(i) == first && seconds.get(i) == second) {
          return false;
        }
      }
      firsts.add(first);
      seconds.add(second);
      return true;
    }
  }

  /**
   * A warning at each row of another page that marks codes reserved where the primary page lets
   * them be used, or the other way round: {@code description(Locale)} gives that page's words for
   * them, which contradict the checks and the primary page (MDN's French page kept 1012–1014
   * reserved for years after they were registered). Found as {@link #reportDisagreements} finds
   * its pairs, a pass over the boundaries of both pages' rows.
   */
  private void reportTranslationsThatDisagree(Diagnostics diagnostics) {
    SortedSet<Integer> primaryBoundaries = new TreeSet<>();
    addBoundaries(page.rows(), primaryBoundaries);
    for (Page translation : translations) {
      if (translation.rows().isEmpty()) {
        continue;
      }
      SortedSet<Integer> boundaries = new TreeSet<>(primaryBoundaries);
      addBoundaries(translation.rows(), boundaries);
      int[] innermost = innermostIndex(rangesOf(translation.rows()));
      ReportedPairs reported = new ReportedPairs();
      for (int code : boundaries) {
        if (code > CodeRange.MAX_CODE) {
          break;
        }
        PageRow primary = innermostPageRow(code);
        PageRow other = innermost[code] < 0 ? null : translation.rows().get(innermost[code]);
        if (primary == null || other == null || primary.reserved() == other.reserved()
            || !reported.add(primary, other)) {
          continue;
        }
        CodeRange shared = primary.range().sharedWith(other.range());
        diagnostics.report(Message.TRANSLATION_STATUS_DIFFERS, other.location(), shared,
            other.reserved() ? "reserved" : "usable", primary.reserved() ? "reserved" : "usable", primary.location());
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
      if (!row.reserved() && registryStatus(row.range().from()) != CodeStatus.LOCAL) {
        reportNever(row.range(), "the page", row.location(), diagnostics);
      }
    }
  }

  private static void reportNever(CodeRange range, String document, SourceLocation at, Diagnostics diagnostics) {
    StringBuilder never = new StringBuilder();
    for (CodeRange forbidden : NEVER_RANGES) {
      if (forbidden.overlaps(range)) {
        never.append(never.length() == 0 ? "" : ", ")
            .append(new CodeRange(Math.max(forbidden.from(), range.from()), Math.min(forbidden.to(), range.to())));
      }
    }
    if (never.length() > 0) {
      diagnostics.report(Message.RFC_RULE_KEPT, at, document, never.toString());
    }
  }

  /** Whether the code may travel in a close frame, by the document that decides. */
  private boolean mayTravelInCloseFrame(int code) {
    if (checksFrom == ChecksFrom.REGISTRY && registry.isPresent()) {
      CodeStatus status = registryStatus(code);
      return status != null && status.mayTravelInCloseFrame();
    }
    // The page decides: a code it lists and does not mark reserved, unless the registry says it
    // is never sent at all.
    PageRow row = innermostPageRow(code);
    return row != null && !row.reserved() && registryStatus(code) != CodeStatus.LOCAL;
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
    addBoundaries(page.rows(), boundaries);
    for (RegistryEntry entry : registryEntries()) {
      boundaries.add(entry.range().from());
      boundaries.add(entry.range().to() + 1);
    }
    return boundaries;
  }

  /** Adds the first code of each row and the code after its last: where the innermost row can change. */
  private static void addBoundaries(List<PageRow> rows, SortedSet<Integer> boundaries) {
    for (PageRow row : rows) {
      boundaries.add(row.range().from());
      boundaries.add(row.range().to() + 1);
    }
  }

  /** The status of the registry's innermost entry for the code, or null. */
  private CodeStatus registryStatus(int code) {
    RegistryEntry entry = innermostRegistryEntry(code);
    return entry == null ? null : entry.status();
  }

  /** The registry's narrowest entry holding the code, or null. */
  private RegistryEntry innermostRegistryEntry(int code) {
    List<RegistryEntry> entries = registryEntries();
    if (registryIndex == null) {
      List<CodeRange> ranges = new ArrayList<>(entries.size());
      for (RegistryEntry entry : entries) {
        ranges.add(entry.range());
      }
      registryIndex = innermostIndex(ranges);
    }
    return registryIndex[code] < 0 ? null : entries.get(registryIndex[code]);
  }

  /** The page's narrowest row holding the code, or null. */
  private PageRow innermostPageRow(int code) {
    if (pageIndex == null) {
      pageIndex = innermostIndex(rangesOf(page.rows()));
    }
    return pageIndex[code] < 0 ? null : page.rows().get(pageIndex[code]);
  }

  private static List<CodeRange> rangesOf(List<PageRow> rows) {
    List<CodeRange> ranges = new ArrayList<>(rows.size());
    for (PageRow row : rows) {
      ranges.add(row.range());
    }
    return ranges;
  }

  /**
   * For each code 0–65535, the index of the narrowest range holding it, or -1; of equally narrow
   * ones, the first. The ranges are painted widest first, so the narrowest is painted last, and the
   * checks of every code then cost one lookup.
   */
  private static int[] innermostIndex(List<CodeRange> ranges) {
    // Sorted by width, then by index; painted from the end, so the first of a width comes last.
    long[] byWidth = new long[ranges.size()];
    for (int i = 0; i < byWidth.length; i++) {
      byWidth[i] = ((long) width(ranges.get(i)) << 32) | i;
    }
    Arrays.sort(byWidth);
    int[] index = new int[CodeRange.MAX_CODE + 1];
    Arrays.fill(index, -1);
    for (int k = byWidth.length - 1; k >= 0; k--) {
      int i = (int) byWidth[k];
      Arrays.fill(index, ranges.get(i).from(), ranges.get(i).to() + 1, i);
    }
    return index;
  }

  /** How many codes past the first the range holds. */
  private static int width(CodeRange range) {
    return range.to() - range.from();
  }

  private List<RegistryEntry> registryEntries() {
    return registry.isPresent() ? registry.get().entries() : List.of();
  }

  /**
   * Hands out constant names. A name already given, or one the generated types use for their own
   * members, is made unique with the code, then with a counter: every code keeps a constant.
   */
  private static final class Names {
    /** Each name given, with what holds it. */
    private final Map<String, String> holders = new HashMap<>();

    Names() {
      for (String member : RESERVED_NAMES) {
        holders.put(member, "a member of the generated enums");
      }
    }

    /**
     * The name, or, where it is taken, the name made unique with the code.
     *
     * @param holder what the name is for, as a message names it: {@code code 1001}, {@code range 3000–3999}
     */
    String unique(String name, int code, String holder) {
      String result = holders.containsKey(name) ? name + "_" + code : name;
      for (int counter = 2; holders.containsKey(result); counter++) {
        result = name + "_" + code + "_" + counter;
      }
      holders.put(result, holder);
      return result;
    }

    /** What holds the name. */
    String holder(String name) {
      return holders.get(name);
    }
  }
}
