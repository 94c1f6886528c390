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
   */
  public static List<GeneratedFile> files(String packageName, CodeTable table, boolean jakartaCloseCode) {
    return List.of(
        file(packageName, CloseCodeType.NAME, CloseCodeType.source(packageName, table, jakartaCloseCode)),
        file(packageName, CloseCodeRangeType.NAME, CloseCodeRangeType.source(packageName, table)),
        file(packageName, CloseCodesType.NAME, CloseCodesType.source(packageName, table)),
        file(packageName, CloseEventType.NAME, CloseEventType.source(packageName, table)),
        file(packageName, CloseFramesType.NAME, CloseFramesType.source(packageName, table)));
  }

  /** A generated file, its source in ASCII. */
  private static GeneratedFile file(String packageName, String typeName, String source) {
    return new GeneratedFile(packageName, typeName, JavaCode.ascii(source));
  }

  /** The holes every template has, and the type's own. */
  static Map<String, String> holes(String packageName, CodeTable table, Map<String, String> own) {
    Map<String, String> holes = new HashMap<>(own);
    holes.put("header", Provenance.header(table));
    holes.put("package", packageName.isEmpty() ? "" : "package " + packageName + ";\n");
    holes.put("generatedImport", "import javax.annotation.processing.Generated;\n");
    holes.put("generated", Provenance.generated());
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
