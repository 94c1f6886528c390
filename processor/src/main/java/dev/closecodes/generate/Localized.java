package dev.closecodes.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.RichText;
import dev.closecodes.model.SpecDocument;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The descriptions of every page, by locale: {@code description(Locale)} gives the best-matching
 * page's text, falling back to the primary page's.
 */
final class Localized {

  private static final TypeName STRINGS = ArrayTypeName.of(String.class);

  /** Each constant's descriptions, the primary page's first, then the other pages' in their order. */
  static final Members.Field FIELD = new Members.Field(STRINGS, "descriptions",
      "the description in each page's locale, in the order of {@code LOCALES}; empty where a page has none",
      STRINGS, CodeBlock.of("descriptions"), false);

  private Localized() {}

  /** {@code new String[] {"primary", "translated", ...}}. */
  static CodeBlock descriptions(RichText primary, List<String> translated) {
    CodeBlock.Builder array = CodeBlock.builder().add("new String[] {$S", primary.plainText());
    translated.forEach(text -> array.add(", $S", text));
    return array.add("}").build();
  }

  /** Adds {@code LOCALES}, {@code description(Locale)} and the lookup it uses. */
  static void addLookup(TypeSpec.Builder type, CodeTable table) {
    CodeBlock.Builder locales = CodeBlock.builder().add("{$S", table.page().locale());
    for (SpecDocument translation : table.translations()) {
      locales.add(", $S", translation.locale());
    }
    type.addField(FieldSpec.builder(STRINGS, "LOCALES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The pages' locales as language tags, the primary page's first.\n")
        .initializer(locales.add("}").build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("description")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Returns the description in the best-matching locale: a page of the same language tag, else of\n"
            + "the same language, else the primary page ({@code $L}).\n\n"
            + "@param locale the locale wanted\n@return the description's text\n", table.page().locale())
        .addParameter(Locale.class, "locale")
        .returns(String.class)
        .addStatement("int index = localeIndex(locale)")
        .addStatement("return index > 0 && !descriptions[index].isEmpty() ? descriptions[index] : descriptions[0]")
        .build());
    type.addMethod(MethodSpec.methodBuilder("localeIndex")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Finds the page for a locale.\n\n@param locale the locale wanted\n"
            + "@return the index in {@link #LOCALES} of the best-matching page, or 0, the primary page\n")
        .addParameter(Locale.class, "locale")
        .returns(int.class)
        .addStatement("String tag = locale.toLanguageTag()")
        .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
        .beginControlFlow("if (LOCALES[i].equalsIgnoreCase(tag))")
        .addStatement("return i")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < LOCALES.length; i++)")
        .beginControlFlow("if ($T.forLanguageTag(LOCALES[i]).getLanguage().equals(locale.getLanguage()))", Locale.class)
        .addStatement("return i")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return 0")
        .build());
  }
}
