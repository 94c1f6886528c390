package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates {@code CloseCode}: one constant for each single code of the page and the registry. */
final class CloseCodeType {

  static final String NAME = "CloseCode";

  private CloseCodeType() {}

  /** Jakarta WebSocket's close code, which {@code CloseReason} takes. */
  static final ClassName JAKARTA_CLOSE_CODE = ClassName.get("jakarta.websocket", "CloseReason", "CloseCode");

  /**
   * The enum.
   *
   * @param jakartaCloseCode whether it implements {@link #JAKARTA_CLOSE_CODE}
   */
  static TypeSpec build(String packageName, CodeTable table, boolean jakartaCloseCode) {
    ClassName self = ClassName.get(packageName, NAME);
    ClassName rangeType = ClassName.get(packageName, CloseCodeRangeType.NAME);
    TypeName optionalRange = ParameterizedTypeName.get(ClassName.get(Optional.class), rangeType);
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc("The close codes of the WebSocket protocol: one constant for each single code the page or the\n")
        .addJavadoc("registry names, each with the page's own description.\n\n")
        .addJavadoc("<p>Constant names stay the same whatever the page's locale or wording: a constant is named after\n")
        .addJavadoc("the registry's name, else the page's name column, else its number. {@link #of(int)} answers\n")
        .addJavadoc("every int, so a code with no constant (3500, say) is an empty result, not an error; its range is\n")
        .addJavadoc("{@link $T#of(int)}.\n\n", rangeType)
        .addJavadoc(Provenance.sources(table));
    int last = table.codes().isEmpty() ? 0 : table.codes().get(table.codes().size() - 1).code();
    for (CodeTable.Code code : table.codes()) {
      type.addEnumConstant(code.constant(), TypeSpec.anonymousClassBuilder("$L, $S, $S, $S, $L, $L, $L, $S",
              code.code(),
              JavadocText.literal(code.registryName()),
              code.pageName(),
              code.description().plainText(),
              code.reserved(),
              code.range().map(range -> CodeBlock.of("$T.$N", rangeType, range)).orElse(CodeBlock.of("null")),
              Localized.descriptions(code.description(), code.translated()),
              JavadocText.literal(summary(code)))
          .addJavadoc(javadoc(code))
          .build());
    }
    Members.addValueFields(type,
        Members.Field.of(int.class, "code", "the close code"),
        Members.Field.of(String.class, "registeredName", "the registry's name for the code; empty where it has none"),
        Members.Field.of(String.class, "specName", "the name as the page writes it; empty where it has none"),
        Members.Field.of(String.class, "description",
            "the page's description of the code, or of the range holding it, as plain text"),
        Members.Field.of(boolean.class, "reserved", "whether the page marks the code, or its range, reserved"),
        // Kept as an Optional made once, so that range() allocates nothing.
        new Members.Field(optionalRange, "range", "the innermost range row of the page holding the code, if any",
            rangeType, CodeBlock.of("$T.ofNullable(range)", Optional.class), true),
        Localized.FIELD,
        Members.Field.of(String.class, "summary", "one line of text: the code, its name and its description"));
    LookupTable.addTo(type, self, last,
        "Finds the constant for a code.",
        "the constant, or empty when neither the page nor the registry names the code",
        CodeBlock.builder()
            .beginControlFlow("for ($T closeCode : values())", self)
            .addStatement("byCode[closeCode.code] = $T.of(closeCode)", Optional.class)
            .endControlFlow()
            .build());
    Localized.addLookup(type, table);
    if (jakartaCloseCode) {
      type.addSuperinterface(JAKARTA_CLOSE_CODE)
          .addMethod(MethodSpec.methodBuilder("getCode")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Returns the close code, as Jakarta WebSocket's {@code CloseReason} asks for it.\n\n"
                  + "@return the close code\n")
              .returns(int.class)
              .addStatement("return code")
              .build());
    }
    return type.build();
  }

  /** The line {@code CloseCodes.describe(int)} gives for the code. */
  static String summary(CodeTable.Code code) {
    String name = !code.registryName().isEmpty() ? code.registryName()
        : !code.pageName().isEmpty() ? code.pageName() : code.constant();
    return code.code() + " " + name + ": " + code.description().plainText();
  }

  private static CodeBlock javadoc(CodeTable.Code code) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = code.description().isEmpty()
        ? "The page does not describe this code."
        : JavadocText.render(code.description());
    doc.add("$L\n\n", JavadocText.wrap("{@code " + code.code() + "}: " + description));
    StringBuilder origin = new StringBuilder("<p>Constant name from ").append(code.nameSource().description());
    if (!code.registryName().isEmpty()) {
      origin.append(" (").append(JavadocText.escape(code.registryName())).append(')');
    }
    origin.append('.');
    origin.append(Provenance.madeUnique(code.constant(), code.givenName()));
    if (!code.pageName().isEmpty()) {
      origin.append(" The page calls it ").append(JavadocText.code(code.pageName())).append('.');
    }
    code.descriptionLocation().ifPresent(location -> origin.append(" Description from ")
        .append(Provenance.line(location)).append('.'));
    code.registryLocation().ifPresent(location -> origin.append(" Registry entry at ")
        .append(Provenance.line(location)).append('.'));
    if (code.reserved()) {
      origin.append(" The page marks it reserved.");
    }
    doc.add("$L\n", JavadocText.wrap(origin.toString()));
    return doc.build();
  }
}
