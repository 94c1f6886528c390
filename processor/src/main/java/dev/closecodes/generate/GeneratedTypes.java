package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.Sha256;
import dev.closecodes.model.WebSocketApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java files generated from one {@link CodeTable}, in a fixed order. Each type is a template
 * (its fixed code, as it will read) with holes for what the documents decide.
 */
public final class GeneratedTypes {

  private GeneratedTypes() {}

  /**
   * The files.
   *
   * @param closeCodeApis the WebSocket APIs whose close-code interface {@code CloseCode} implements
   * @param generatedAnnotation whether the types carry {@code @Generated}
   * @param coverageMark whether they, and the types nested in them, carry
   *     {@code @CloseCodeSpec.Generated}, which coverage tools read in class files
   */
  public static List<GeneratedFile> files(String packageName, CodeTable table, Set<WebSocketApi> closeCodeApis,
      boolean generatedAnnotation, boolean coverageMark) {
    Target target = new Target(packageName, closeCodeApis, generatedAnnotation, coverageMark);
    List<GeneratedFile> unmarked = List.of(
        file(packageName, CloseCodeType.NAME, CloseCodeType.source(target, table)),
        file(packageName, CloseCodeRangeType.NAME, CloseCodeRangeType.source(target, table)),
        file(packageName, CloseCodesType.NAME, CloseCodesType.source(target, table)),
        file(packageName, CloseEventType.NAME, CloseEventType.source(target, table)),
        file(packageName, CloseFramesType.NAME, CloseFramesType.source(target, table)));
    // The mark is the hash of all five as they read without it: equal marks, equal files.
    StringBuilder all = new StringBuilder();
    for (GeneratedFile file : unmarked) {
      all.append(file.source());
    }
    String mark = Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
    String hole = JavaCode.ascii(MARK_HOLE); // as the hole reads in the escaped sources
    List<GeneratedFile> marked = new ArrayList<>(unmarked.size());
    for (GeneratedFile file : unmarked) {
      marked.add(new GeneratedFile(file.packageName(), file.typeName(), file.source().replace(hole, markSentence(mark))));
    }
    return List.copyOf(marked);
  }

  /**
   * The sentence of each type's Javadoc that carries the generation's mark: a compile that finds
   * the types among its sources with this mark, as after Kotlin's kapt, keeps them as they are.
   */
  static String markSentence(String sha256) {
    return " * <p>The generation mark, the same in the five types generated together, " + GeneratedFile.MARK_START
        + sha256 + "}.";
  }

  /**
   * Stands for the mark until all five sources are known; its NUL characters cannot come from a
   * document, whose text reaches Javadoc escaped.
   */
  private static final String MARK_HOLE = " * <p>\u0000generation mark\u0000";

  /** A generated file, its source in ASCII. */
  private static GeneratedFile file(String packageName, String typeName, String source) {
    return new GeneratedFile(packageName, typeName, JavaCode.ascii(source));
  }

  /** The mark for coverage tools on a nested type, indented as its declaration is; empty without the mark. */
  static String nestedCoverageMark(Target target) {
    return target.coverageMark() ? "  " + Provenance.COVERAGE_MARK : "";
  }

  /** The holes every template has, and the type's own. */
  static Map<String, String> holes(Target target, CodeTable table, Map<String, String> own) {
    Map<String, String> holes = new HashMap<>(own);
    String packageName = target.packageName();
    holes.put("header", Provenance.header(table));
    holes.put("package", packageName.isEmpty() ? "" : "package " + packageName + ";\n");
    holes.put("generatedImport", target.generatedAnnotation() ? Provenance.IMPORT : "");
    holes.put("generated", target.generatedAnnotation() ? Provenance.generated() : "");
    holes.put("coverageMarkImport", target.coverageMark() ? Provenance.COVERAGE_MARK_IMPORT : "");
    holes.put("coverageMark", target.coverageMark() ? Provenance.COVERAGE_MARK : "");
    holes.put("provenance", Provenance.SEE_CLOSE_CODES);
    holes.put("mark", MARK_HOLE);
    return holes;
  }

  /** {@code description(Locale)} of {@code CloseCode} and {@code CloseCodeRange} where there is one page. */
  private static final String ONE_PAGE_DESCRIPTION = "    return description; // there is one page";

  /** {@code description(Locale)} where there are several pages: the others' texts are in {@code OtherPages}. */
  private static final String SEVERAL_PAGES_DESCRIPTION = """
          int page = CloseCodes.localeIndex(locale);
          // Every constant has its entry; tested all the same, as a null checker cannot know that.
          String[] others = OtherPages.DESCRIPTIONS.get(this);
          String text = page == 0 || others == null ? "" : others[page - 1];
          return text.isEmpty() ? description : text;\
      """;

  /**
   * Where there are several pages, the class that holds the other pages' descriptions, each
   * constant's by the constant: an enum's constants hold nothing that could change, as an array
   * in each would (Error Prone's {@code ImmutableEnumChecker}), and its ordinal is no key
   * ({@code EnumOrdinal}). The map is filled by plain calls, one a constant: as one generic
   * expression ({@code Map.ofEntries}) it took javac minutes to infer for a few hundred constants.
   * Its names are written out in full, as its imports would go unused where there is one page.
   */
  private static final String OTHER_PAGES = """

        /**
         * The descriptions of the pages after the primary one. They stand here, not in the constants,
         * so that each constant holds nothing that could change.
         */
      %3$s  private static final class OtherPages {

          /**
           * Each constant's description in each page after the primary one, in the order the pages are
           * given; empty where the page has none.
           */
          static final java.util.Map<%1$s, String[]> DESCRIPTIONS =
              new java.util.EnumMap<>(%1$s.class);

          static {
      %2$s    }

          /** Not instantiated. */
          private OtherPages() {}
        }
      """;

  /**
   * The holes {@code descriptionInLocale} and {@code otherPages} of {@code CloseCode} and
   * {@code CloseCodeRange}: with one page, {@code description(Locale)} returns its description;
   * with several, it looks the others up in a nested class.
   *
   * @param type the enum's name
   * @param constants the enum's constants, in order
   */
  static Map<String, String> descriptionHoles(
      Target target, CodeTable table, String type, List<? extends CodeTable.Constant> constants) {
    if (table.pages().size() < 2) {
      return Map.of("descriptionInLocale", ONE_PAGE_DESCRIPTION, "otherPages", "");
    }
    return Map.of("descriptionInLocale", SEVERAL_PAGES_DESCRIPTION, "otherPages",
        OTHER_PAGES.formatted(type, JavaCode.otherPages(type, constants, "      "), nestedCoverageMark(target)));
  }

  /**
   * Where a description has lines (a list's items, or the lines a break or a paragraph opens), the
   * summary, which is one line, puts them one after another.
   */
  private static final String ONE_LINE = """
        /**
         * Puts a description on one line: its lines (the items of a list, or the lines a break
         * opens) one after another.
         *
         * @param text a description
         * @return the text on one line
         */
        private static String oneLine(String text) {
          StringBuilder line = new StringBuilder(text.length());
          for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\\n', start);
            end = end < 0 ? text.length() : end;
            while (start < end && text.charAt(start) == ' ') {
              start++; // the indent of a list inside an item, which one line does not keep
            }
            line.append(line.length() == 0 ? "" : " ").append(text, start, end);
            start = end + 1;
          }
          return line.toString();
        }

      """;

  /**
   * The holes {@code summaryDescription} and {@code oneLine} of {@code CloseCode} and
   * {@code CloseCodeRange}: the description as the one line of a summary, through a method only
   * where a description has lines; the code for others stays as it was.
   */
  static Map<String, String> summaryHoles(List<? extends CodeTable.Constant> constants) {
    for (CodeTable.Constant constant : constants) {
      if (constant.description().textWithLines().indexOf('\n') >= 0) {
        return Map.of("summaryDescription", "oneLine(description)", "oneLine", ONE_LINE);
      }
    }
    return Map.of("summaryDescription", "description", "oneLine", "");
  }

  /**
   * The mask of a lookup table that answers for every code up to {@code lastCode}: all ones, so
   * that {@code code & MASK} keeps every read in bounds and the lookup needs no branch to be safe.
   */
  static int mask(int lastCode) {
    return Integer.highestOneBit(Math.max(lastCode, 1)) * 2 - 1;
  }
}
