package dev.closecodes.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Type;
import javax.lang.model.element.Modifier;

/** Fields, the constructor and accessors of a generated enum, written the same way for each type. */
final class Members {

  private Members() {}

  /**
   * One value an enum constant carries.
   *
   * @param type the field's and the accessor's type
   * @param name the field's and the accessor's name
   * @param meaning what it is, for the accessor's {@code @return}
   * @param parameterType the constructor parameter's type
   * @param value how the constructor makes the field from its parameter
   * @param accessor whether the field has a public accessor
   */
  record Field(TypeName type, String name, String meaning, TypeName parameterType, CodeBlock value, boolean accessor) {

    /** A field set straight from a constructor parameter of the same type. */
    static Field of(Type type, String name, String meaning) {
      return new Field(TypeName.get(type), name, meaning, TypeName.get(type), CodeBlock.of("$N", name), true);
    }
  }

  /** Adds private final fields, a constructor taking them in order, and a documented accessor for each. */
  static void addValueFields(TypeSpec.Builder type, Field... fields) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Makes a constant from its values.\n\n");
    for (Field field : fields) {
      type.addField(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE, Modifier.FINAL)
          .addJavadoc(field.accessor() ? "What {@link #$N()} returns.\n" : "$L.\n",
              field.accessor() ? field.name() : capitalized(field.meaning()))
          .build());
      constructor.addParameter(field.parameterType(), field.name());
      constructor.addJavadoc("@param $N $L\n", field.name(), field.meaning());
      constructor.addStatement("this.$N = $L", field.name(), field.value());
    }
    type.addMethod(constructor.build());
    for (Field field : fields) {
      if (!field.accessor()) {
        continue;
      }
      type.addMethod(MethodSpec.methodBuilder(field.name())
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Returns $L.\n\n@return $L\n", field.meaning(), field.meaning())
          .returns(field.type())
          .addStatement("return $N", field.name())
          .build());
    }
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
