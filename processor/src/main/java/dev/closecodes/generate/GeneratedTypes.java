package dev.closecodes.generate;

import dev.closecodes.model.CodeTable;
import dev.closecodes.model.GeneratedFile;
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
    return List.of(
        file(packageName, CloseCodeType.NAME, CloseCodeType.source(target, table)),
        file(packageName, CloseCodeRangeType.NAME, CloseCodeRangeType.source(target, table)),
        file(packageName, CloseCodesType.NAME, CloseCodesType.source(target, table)),
        file(packageName, CloseEventType.NAME, CloseEventType.source(target, table)),
        file(packageName, CloseFramesType.NAME, CloseFramesType.source(target, table)));
  }

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
