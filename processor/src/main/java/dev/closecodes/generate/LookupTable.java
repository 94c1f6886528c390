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
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The {@code of(int)} lookup of a generated enum: a table of answers for every code below a power
 * of two, read through a mask. The mask keeps every read in bounds, so the lookup needs no branch
 * to be safe: a read, a compare and a select, in constant time and without allocating.
 */
final class LookupTable {

  private LookupTable() {}

  /**
   * Adds {@code MASK}, {@code BY_CODE}, {@code of(int)} and {@code byCode()} to an enum.
   *
   * @param self the enum
   * @param lastCode the highest code the table must answer for
   * @param finds the sentence that says what {@code of(int)} finds
   * @param returns what it returns, and what an empty answer means
   * @param fill statements that fill the array {@code byCode}, whose slots start empty
   */
  static void addTo(
      TypeSpec.Builder type, ClassName self, int lastCode, String finds, String returns, CodeBlock fill) {
    TypeName optionalSelf = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    TypeName optionalArray = ArrayTypeName.of(optionalSelf);
    int mask = Integer.highestOneBit(Math.max(lastCode, 1)) * 2 - 1;
    type.addField(FieldSpec.builder(int.class, "MASK", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The codes {@link #BY_CODE} holds are those whose bits all lie within this mask.\n")
        .initializer("$L", mask)
        .build());
    type.addField(FieldSpec.builder(optionalArray, "BY_CODE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The answer of {@link #of(int)} for each code up to {@link #MASK}, made once.\n")
        .initializer("byCode()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("$L Answers every int in constant time, never throws and does not allocate.\n\n@param code any int\n"
            + "@return $L\n", finds, returns)
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
        .addStatement("$T.fill(byCode, $T.empty())", java.util.Arrays.class, Optional.class)
        .addCode(fill)
        .addStatement("return byCode")
        .build());
  }
}
