package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
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
        .build();
    ClassName self = ClassName.get(packageName, NAME);
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc(javadoc)
        .addField(FieldSpec.builder(int.class, "MAX_CODE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The largest code a close event can hold: {@code code} is an unsigned short.\n")
            .initializer("$L", 0xFFFF)
            .build())
        .addField(field(int.class, "code"))
        .addField(field(String.class, "reason"))
        .addField(field(boolean.class, "wasClean"))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A close event with the DOM's defaults: code 0, an empty reason, not clean.\n")
            .addStatement("this(0, $S, false)", "")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Makes a close event, checking its values.\n\n"
                + "@param code the close code, 0 to {@link #MAX_CODE}\n"
                + "@param reason the reason, not null\n"
                + "@param wasClean whether the connection closed cleanly\n"
                + "@throws IllegalArgumentException if the code is outside 0 to {@link #MAX_CODE}\n"
                + "@throws NullPointerException if the reason is null\n")
            .addParameter(int.class, "code")
            .addParameter(String.class, "reason")
            .addParameter(boolean.class, "wasClean")
            .beginControlFlow("if (code < 0 || code > MAX_CODE)")
            .addStatement("throw new $T($S + code)", IllegalArgumentException.class,
                "code must be an unsigned short, 0 to 65535; got ")
            .endControlFlow()
            .beginControlFlow("if (reason == null)")
            .addStatement("throw new $T($S)", NullPointerException.class,
                "reason must not be null; a close event without a reason has the empty string")
            .endControlFlow()
            .addStatement("this.code = code")
            .addStatement("this.reason = reason")
            .addStatement("this.wasClean = wasClean")
            .build())
        .addMethod(accessor(int.class, "code", text(prose.code(), "the close code")))
        .addMethod(accessor(String.class, "reason", text(prose.reason(), "the reason the connection was closed")))
        .addMethod(accessor(boolean.class, "wasClean", text(prose.wasClean(), "whether the connection closed cleanly")))
        .addMethod(MethodSpec.methodBuilder("closeCode")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Returns the close code constant for {@link #code()}, if the page or the registry names it.\n\n"
                + "@return the constant, or empty for a code with no constant\n")
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), codeType))
            .addStatement("return $T.of(code)", codeType)
            .build())
        .addMethod(MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Close events are equal when their code, reason and cleanness are.\n\n"
                + "@param other any object\n@return whether it is an equal close event\n")
            .addParameter(Object.class, "other")
            .returns(boolean.class)
            .addStatement("return other instanceof $T that && code == that.code && wasClean == that.wasClean"
                + " && reason.equals(that.reason)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A hash of the code, reason and cleanness.\n\n@return the hash\n")
            .returns(int.class)
            .addStatement("return $T.hash(code, reason, wasClean)", java.util.Objects.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Shows the values, as {@code CloseEvent[code=1000, reason=bye, wasClean=true]}.\n\n"
                + "@return the text\n")
            .returns(String.class)
            .addStatement("return $S + code + $S + reason + $S + wasClean + $S",
                "CloseEvent[code=", ", reason=", ", wasClean=", "]")
            .build())
        .build();
  }

  private static FieldSpec field(Class<?> type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("What {@link #$N()} returns.\n", name)
        .build();
  }

  private static MethodSpec accessor(Class<?> type, String name, String meaning) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n@return $L\n", meaning, "the {@code " + name + "} of this close event")
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }

  private static String text(RichText text, String fallback) {
    return JavadocText.wrap(text.isEmpty() ? fallback : JavadocText.render(text));
  }
}
