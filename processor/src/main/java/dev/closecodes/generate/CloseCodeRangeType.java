package dev.closecodes.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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
    TypeName optionalSelf = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
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
          .add("<p>From $L. Constant name from $L.\n", Provenance.line(range.location()), range.nameSource().description())
          .build();
      type.addEnumConstant(range.constant(), TypeSpec.anonymousClassBuilder("$L, $L, $S, $L, $L, $S",
              range.range().from(), range.range().to(), range.description().plainText(), range.reserved(),
              Localized.descriptions(range.description(), range.translated()),
              summary(range))
          .addJavadoc(javadoc)
          .build());
    }
    // As in CloseCode: a table up to a power of two, read through a mask, so of(int) needs no branch.
    int mask = Integer.highestOneBit(Math.max(last, 1)) * 2 - 1;
    TypeName optionalArray = ArrayTypeName.of(optionalSelf);
    type.addField(FieldSpec.builder(int.class, "MASK", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The codes {@link #BY_CODE} holds are those whose bits all lie within this mask.\n")
        .initializer("$L", mask)
        .build());
    type.addField(FieldSpec.builder(optionalArray, "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The answer of {@link #of(int)} for each code up to {@link #MASK}, made once.\n")
        .initializer("byCode()")
        .build());
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
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Finds the innermost range holding a code. Answers every int in constant time, never throws and\n"
            + "does not allocate.\n\n@param code any int\n@return the range, or empty when no range of the page holds the code\n")
        .addParameter(int.class, "code")
        .returns(optionalSelf)
        .addStatement("$T found = BY_CODE[code & MASK]", optionalSelf)
        .addStatement("return (code & ~MASK) == 0 ? found : $T.empty()", Optional.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("byCode")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addJavadoc("Makes {@link #BY_CODE}.\n\n@return the answer for each code up to {@link #MASK}\n")
        .returns(optionalArray)
        .addStatement("$T byCode = ($T) new $T<?>[MASK + 1]", optionalArray, optionalArray, Optional.class)
        .beginControlFlow("for (int code = 0; code <= MASK; code++)")
        .addStatement("$T innermost = null", self)
        .beginControlFlow("for ($T range : values())", self)
        .beginControlFlow("if (range.contains(code) && (innermost == null || range.to - range.from < innermost.to - innermost.from))")
        .addStatement("innermost = range")
        .endControlFlow()
        .endControlFlow()
        .addStatement("byCode[code] = $T.ofNullable(innermost)", Optional.class)
        .endControlFlow()
        .addStatement("return byCode")
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
