package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code CloseEvent}: the value a WebSocket close delivers, with the DOM's defaults and
 * the page's own words as its documentation.
 */
final class CloseEventType {

  static final String NAME = "CloseEvent";

  private CloseEventType() {}

  static TypeSpec build(String packageName, CodeTable table) {
    ClassName codeType = ClassName.get(packageName, CloseCodeType.NAME);
    ClassName codesType = ClassName.get(packageName, CloseCodesType.NAME);
    PageProse prose = table.page().prose();
    CodeBlock javadoc = CodeBlock.builder()
        .add("$L\n\n", text(prose.summary(), "A {@code CloseEvent} is sent to clients using WebSockets when the connection is closed."))
        .add("<p>An immutable value with the DOM's defaults (code 0, reason empty, not clean). It holds any code\n")
        .add("0&ndash;65535, as a received close event may; whether a code may be <em>sent</em> is\n")
        .add("{@link $T#mayTravelInCloseFrame(int)}, and what it means is {@link #closeCode()}.\n\n", codesType)
        .add(Provenance.sources(table))
        .add("\n@param code $L\n", text(prose.code(), "the close code"))
        .add("@param reason $L\n", text(prose.reason(), "the reason the connection was closed"))
        .add("@param wasClean $L\n", text(prose.wasClean(), "whether the connection closed cleanly"))
        .build();
    return TypeSpec.recordBuilder(ClassName.get(packageName, NAME))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc(javadoc)
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Makes a close event, checking its values.\n\n"
                + "@param code the close code, 0 to {@link #MAX_CODE}\n"
                + "@param reason the reason, not null\n"
                + "@param wasClean whether the connection closed cleanly\n"
                + "@throws IllegalArgumentException if the code is outside 0 to {@link #MAX_CODE}\n"
                + "@throws NullPointerException if the reason is null\n")
            .addParameter(ParameterSpec.builder(int.class, "code").build())
            .addParameter(ParameterSpec.builder(String.class, "reason").build())
            .addParameter(ParameterSpec.builder(boolean.class, "wasClean").build())
            .beginControlFlow("if (code < 0 || code > MAX_CODE)")
            .addStatement("throw new $T($S + code)", IllegalArgumentException.class,
                "code must be an unsigned short, 0 to 65535; got ")
            .endControlFlow()
            .beginControlFlow("if (reason == null)")
            .addStatement("throw new $T($S)", NullPointerException.class,
                "reason must not be null; a close event without a reason has the empty string")
            .endControlFlow()
            .build())
        .addField(FieldSpec.builder(int.class, "MAX_CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The largest code a close event can hold: {@code code} is an unsigned short.\n")
            .initializer("$L", 0xFFFF)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A close event with the DOM's defaults: code 0, an empty reason, not clean.\n")
            .addStatement("this(0, $S, false)", "")
            .build())
        .addMethod(MethodSpec.methodBuilder("closeCode")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Returns the close code constant for {@link #code()}, if the page or the registry names it.\n\n"
                + "@return the constant, or empty for a code with no constant\n")
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), codeType))
            .addStatement("return $T.of(code)", codeType)
            .build())
        .build();
  }

  private static String text(RichText text, String fallback) {
    return JavadocText.wrap(text.isEmpty() ? fallback : JavadocText.render(text));
  }
}
