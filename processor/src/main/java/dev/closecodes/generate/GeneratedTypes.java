package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
import dev.closecodes.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java files generated from one {@link CodeTable}, in a fixed order. Each type is a template
 * (its fixed code, as it will read) with holes for what the documents decide.
 */
public final class GeneratedTypes {

  private GeneratedTypes() {}

  /**
   * The files.
   *
   * @param jakartaCloseCode whether {@code CloseCode} implements Jakarta WebSocket's {@code CloseCode}
   * @param generatedAnnotation whether the types carry {@code @Generated}
   */
  public static List<GeneratedFile> files(
      String packageName, CodeTable table, boolean jakartaCloseCode, boolean generatedAnnotation) {
    Target target = new Target(packageName, jakartaCloseCode, generatedAnnotation);
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

  /** The holes every template has, and the type's own. */
  static Map<String, String> holes(Target target, CodeTable table, Map<String, String> own) {
    Map<String, String> holes = new HashMap<>(own);
    String packageName = target.packageName();
    holes.put("header", Provenance.header(table));
    holes.put("package", packageName.isEmpty() ? "" : "package " + packageName + ";\n");
    holes.put("generatedImport", target.generatedAnnotation() ? Provenance.IMPORT : "");
    holes.put("generated", target.generatedAnnotation() ? Provenance.generated() : "");
    holes.put("provenance", Provenance.SEE_CLOSE_CODES);
    holes.put("mark", MARK_HOLE);
    return holes;
  }

  /**
   * The mask of a lookup table that answers for every code up to {@code lastCode}: all ones, so
   * that {@code code & MASK} keeps every read in bounds and the lookup needs no branch to be safe.
   */
  static int mask(int lastCode) {
    return Integer.highestOneBit(Math.max(lastCode, 1)) * 2 - 1;
  }
}
