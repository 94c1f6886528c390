package dev.closecodes.generate;

import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.Rfc6455;
import dev.closecodes.model.WebSocketApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Generates {@code CloseCode}: one constant for each single code of the page and the registry. */
final class CloseCodeType {

  static final String NAME = "CloseCode";

  /**
   * What {@code CloseCode} gains where it implements a WebSocket API's close-code interface: the
   * method both APIs' interfaces declare. Its annotation is written out in full, as its import
   * would go unused where there is no such API.
   */
  private static final String GET_CODE = """

        /** {@return the close code, as the {@code CloseReason} of %s asks for it} */
        @java.lang.Override
        public int getCode() {
          return code;
        }
      """;

  private CloseCodeType() {}

  /** The enum's source; it implements the close-code interface of each WebSocket API the target offers. */
  static String source(Target target, CodeTable table) {
    int last = table.codes().isEmpty() ? 0 : table.codes().get(table.codes().size() - 1).code();
    Map<String, String> holes = new HashMap<>(GeneratedTypes.descriptionHoles(target, table, NAME, table.codes()));
    holes.putAll(GeneratedTypes.summaryHoles(table.codes()));
    List<String> interfaces = WebSocketApi.closeCodeInterfaces(target.closeCodeApis());
    List<String> apis = new ArrayList<>();
    for (WebSocketApi api : WebSocketApi.values()) { // in the same fixed order: the same bytes each time
      if (target.closeCodeApis().contains(api)) {
        apis.add(api.shownName());
      }
    }
    holes.put("implements", interfaces.isEmpty() ? "" : " implements " + String.join(", ", interfaces));
    holes.put("constants", constants(table));
    holes.put("mask", Integer.toString(GeneratedTypes.mask(last)));
    holes.put("primaryLocale", JavadocText.escape(table.page().locale()));
    holes.put("getCode", apis.isEmpty() ? "" : GET_CODE.replace("%s", String.join(" and of ", apis)));
    return Template.of(NAME).fill(GeneratedTypes.holes(target, table, holes));
  }

  private static String constants(CodeTable table) {
    if (table.codes().isEmpty()) {
      return "  ; // neither the page nor the registry names a single code";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < table.codes().size(); i++) {
      CodeTable.Code code = table.codes().get(i);
      List<String> arguments = List.of(
          Integer.toString(code.code()),
          JavaCode.literal(code.registeredName()),
          JavaCode.literal(code.pageName()),
          Boolean.toString(code.reserved()));
      out.append(i == 0 ? "" : "\n\n")
          .append("  /**\n").append(JavadocText.comment(javadoc(code, table), "  ")).append("\n   */\n")
          .append(JavaCode.enumConstant(code.constant(), arguments,
              List.of(JavaCode.literal(code.description().textWithLines())),
              i == table.codes().size() - 1 ? ";" : ","));
    }
    return out.toString();
  }

  private static String javadoc(CodeTable.Code code, CodeTable table) {
    String description = code.description().isEmpty()
        ? "The page does not describe this code."
        : JavadocText.render(code.description());
    StringBuilder origin = new StringBuilder("<p>Constant name from ").append(code.nameSource().description());
    if (!code.registeredName().isEmpty()) {
      origin.append(" (").append(JavadocText.escape(code.registeredName())).append(')');
    }
    origin.append('.');
    origin.append(Provenance.madeUnique(code.constant(), code.givenName()));
    if (!code.pageName().isEmpty()) {
      origin.append(" The page calls it ").append(JavadocText.code(code.pageName())).append('.');
    }
    if (code.descriptionLocation().isPresent()) {
      origin.append(" Description from ").append(Provenance.line(code.descriptionLocation().get())).append('.');
    }
    if (code.registryLocation().isPresent()) {
      origin.append(" Registry entry at ").append(Provenance.line(code.registryLocation().get())).append('.');
    }
    origin.append(reservedAndChecks(code, table));
    return "{@code " + code.code() + "}: " + description + "\n\n" + origin;
  }

  /**
   * What the page's mark says of the code, and, where the checks disagree with it, why: a reader
   * of {@code SERVICE_RESTART} on a page older than the registry would otherwise read "reserved"
   * and not send a code the checks accept.
   */
  private static String reservedAndChecks(CodeTable.Code code, CodeTable table) {
    boolean travels = false;
    for (CodeRange range : table.mayTravelInCloseFrame()) {
      travels |= range.contains(code.code());
    }
    String check = "{@link CloseCodes#mayTravelInCloseFrame(int)}";
    if (code.reserved() && travels) {
      // With the page deciding, a code it reserves is never accepted: the registry decided.
      return " The page marks it reserved, but the registry registers it, and the checks follow the registry: "
          + check + " accepts it.";
    }
    if (code.reserved()) {
      return " The page marks it reserved.";
    }
    if (!travels) {
      return " The page does not mark it reserved, but " + check + " does not accept it: "
          + (Rfc6455.neverInCloseFrames(code.code()) ? "RFC 6455 keeps it out of close frames."
              : "the registry does not register it for them.");
    }
    return "";
  }
}
