package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Generates {@code CloseCodeRange}: one constant for each range row of the page. */
final class CloseCodeRangeType {

  static final String NAME = "CloseCodeRange";

  private CloseCodeRangeType() {}

  static TypeSpec build(String packageName, CodeTable table) {
    ClassName self = ClassName.get(packageName, NAME);
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc("The ranges of close codes the page lists, each with the page's own description.\n\n")
        .addJavadoc("<p>{@link #of(int)} finds the innermost range holding a code.\n\n")
        .addJavadoc(Provenance.sources(table));
    int last = 0;
    for (CodeTable.Range range : table.ranges()) {
      last = Math.max(last, range.range().to());
      CodeBlock javadoc = CodeBlock.builder()
          .add("$L\n\n", JavadocText.wrap(codes(range) + ": " + JavadocText.render(range.description())))
          .add("<p>From $L. Constant name from $L.$L\n", Provenance.line(range.location()),
              range.nameSource().description(), Provenance.madeUnique(range.constant(), range.givenName()))
          .build();
      type.addEnumConstant(range.constant(), TypeSpec.anonymousClassBuilder("$L, $L, $S, $L, $L, $S",
              range.range().from(), range.range().to(), range.description().plainText(), range.reserved(),
              Localized.descriptions(range.description(), range.translated()),
              summary(range))
          .addJavadoc(javadoc)
          .build());
    }
    Members.addValueFields(type, Members.Field.of(int.class, "from", "the first code of the range"),
        Members.Field.of(int.class, "to", "the last code of the range, inclusive"),
        Members.Field.of(String.class, "description", "the page's description of the range, as plain text"),
        Members.Field.of(boolean.class, "reserved", "whether the page marks the range reserved"),
        Localized.FIELD,
        Members.Field.of(String.class, "summary", "one line of text: the range and its description"));
    type.addMethod(MethodSpec.methodBuilder("contains")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Tells whether the range holds a code.\n\n@param code any int\n@return whether {@code from() <= code <= to()}\n")
        .addParameter(int.class, "code")
        .returns(boolean.class)
        .addStatement("return from <= code && code <= to")
        .build());
    LookupTable.addTo(type, self, last,
        "Finds the innermost range holding a code.",
        "the range, or empty when no range of the page holds the code",
        CodeBlock.builder()
            .beginControlFlow("for (int code = 0; code <= MASK; code++)")
            .addStatement("$T innermost = null", self)
            .beginControlFlow("for ($T range : values())", self)
            .beginControlFlow("if (range.contains(code) && (innermost == null || range.to - range.from < innermost.to - innermost.from))")
            .addStatement("innermost = range")
            .endControlFlow()
            .endControlFlow()
            .beginControlFlow("if (innermost != null)")
            .addStatement("byCode[code] = $T.of(innermost)", Optional.class)
            .endControlFlow()
            .endControlFlow()
            .build());
    Localized.addLookup(type, table);
    return type.build();
  }

  /** The line {@code CloseCodes.describe(int)} gives for a code in the range. */
  static String summary(CodeTable.Range range) {
    return range.range() + ": " + range.description().plainText();
  }

  static String codes(CodeTable.Range range) {
    return "{@code " + range.range().from() + "}&ndash;{@code " + range.range().to() + "}";
  }
}
