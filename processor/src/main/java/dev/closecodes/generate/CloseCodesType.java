package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code CloseCodes}: the checks. Each set is written out as comparisons against its
 * ranges, so every check is a handful of integer compares: constant time, no allocation.
 */
final class CloseCodesType {

  static final String NAME = "CloseCodes";

  /** A close frame's payload is at most 125 bytes, two of which hold the code. */
  static final int MAX_REASON_BYTES = 123;

  private CloseCodesType() {}

  static TypeSpec build(String packageName, CodeTable table) {
    ClassName codeType = ClassName.get(packageName, CloseCodeType.NAME);
    ClassName rangeType = ClassName.get(packageName, CloseCodeRangeType.NAME);
    TypeSpec.Builder type = TypeSpec.classBuilder(ClassName.get(packageName, NAME))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc("Checks for close codes and reasons. Three different sets answer three different questions:\n")
        .addJavadoc("<ul>\n")
        .addJavadoc("<li>{@link #mayTravelInCloseFrame(int)}: $L</li>\n", list(table.wire()))
        .addJavadoc("<li>{@link #mayPassToBrowserClose(int)}: $L</li>\n", list(table.scriptClose()))
        .addJavadoc("<li>{@link #isReportedLocallyOnly(int)}: $L</li>\n", list(table.localOnly()))
        .addJavadoc("</ul>\n")
        .addJavadoc("<p>Every check answers every int in constant time and allocates nothing. What a code <em>is</em>\n")
        .addJavadoc("is {@link $T#of(int)}; whether it may be <em>sent</em> is here.\n\n", codeType)
        .addJavadoc(Provenance.sources(table))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Not instantiated: the checks are static.\n")
            .build());

    type.addField(FieldSpec.builder(int.class, "MAX_REASON_BYTES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The most UTF-8 bytes a close reason may take: a close frame's payload is at most 125 bytes,\n"
            + "two of which hold the code.\n")
        .initializer("$L", MAX_REASON_BYTES)
        .build());
    type.addField(FieldSpec.builder(String.class, "UNDEFINED", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("What {@link #describe(int)} says of a code that neither the page nor the registry defines.\n")
        .initializer("$S", "undefined: neither the page nor the registry defines this code")
        .build());

    type.addMethod(check("mayTravelInCloseFrame",
        "Tells whether a code may travel in a close frame between endpoints (RFC 6455 section 7.4). An endpoint\n"
            + "that receives any other code fails the connection with a protocol error.",
        table.wire()));
    type.addMethod(check("mayPassToBrowserClose",
        "Tells whether a browser script may pass a code to {@code WebSocket.close(code)}: the WHATWG WebSockets\n"
            + "Standard allows 1000 and 3000&ndash;4999 and throws {@code InvalidAccessError} for any other code.",
        table.scriptClose()));
    type.addMethod(check("isReportedLocallyOnly",
        "Tells whether a code is only ever reported locally, by an endpoint to its own application, and is\n"
            + "never sent in a close frame: no status received, abnormal closure, TLS handshake failure.",
        table.localOnly()));

    type.addMethod(MethodSpec.methodBuilder("isAcceptableReason")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Tells whether a close reason may be sent: well-formed UTF-16 (no unpaired surrogate, so it\n"
            + "encodes to well-formed UTF-8) of at most {@link #MAX_REASON_BYTES} UTF-8 bytes. Does not allocate.\n\n"
            + "@param reason the reason; {@code null} is not acceptable\n"
            + "@return whether the reason fits in a close frame\n")
        .addParameter(CharSequence.class, "reason")
        .returns(boolean.class)
        .beginControlFlow("if (reason == null)")
        .addStatement("return false")
        .endControlFlow()
        .addStatement("int bytes = utf8Length(reason)")
        .addStatement("return bytes >= 0 && bytes <= MAX_REASON_BYTES")
        .build());
    type.addMethod(MethodSpec.methodBuilder("utf8Length")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Counts the UTF-8 bytes of a text without encoding it.\n\n"
            + "@param text the text\n"
            + "@return the number of UTF-8 bytes, or {@code -1} when the text holds an unpaired surrogate\n")
        .addParameter(CharSequence.class, "text")
        .returns(int.class)
        .addStatement("int bytes = 0")
        .beginControlFlow("for (int i = 0; i < text.length(); i++)")
        .addStatement("char c = text.charAt(i)")
        .beginControlFlow("if (c < 0x80)")
        .addStatement("bytes += 1")
        .nextControlFlow("else if (c < 0x800)")
        .addStatement("bytes += 2")
        .nextControlFlow("else if ($T.isHighSurrogate(c) && i + 1 < text.length() && $T.isLowSurrogate(text.charAt(i + 1)))",
            Character.class, Character.class)
        .addStatement("bytes += 4")
        .addStatement("i++")
        .nextControlFlow("else if ($T.isSurrogate(c))", Character.class)
        .addStatement("return -1")
        .nextControlFlow("else")
        .addStatement("bytes += 3")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return bytes")
        .build());
    type.addMethod(MethodSpec.methodBuilder("describe")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Describes any int in one line of text: the code's name and description, else the text of the\n"
            + "range holding it, else {@link #UNDEFINED}. Does not allocate.\n\n"
            + "@param code any int\n@return one line of text\n")
        .addParameter(int.class, "code")
        .returns(String.class)
        .addStatement("$T closeCode = $T.of(code).orElse(null)", codeType, codeType)
        .beginControlFlow("if (closeCode != null)")
        .addStatement("return closeCode.summary()")
        .endControlFlow()
        .addStatement("$T range = $T.of(code).orElse(null)", rangeType, rangeType)
        .addStatement("return range != null ? range.summary() : UNDEFINED")
        .build());
    return type.build();
  }

  private static MethodSpec check(String name, String javadoc, List<CodeRange> set) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("$L\n\n<p>The codes: $L.\n\n@param code any int\n@return whether the code is in the set\n",
            javadoc, list(set))
        .addParameter(int.class, "code")
        .returns(boolean.class)
        .addStatement("return $L", condition(set))
        .build();
  }

  /** {@code code == 1000 || code >= 3000 && code <= 4999}, or {@code false} for no codes. */
  static CodeBlock condition(List<CodeRange> set) {
    if (set.isEmpty()) {
      return CodeBlock.of("false");
    }
    return set.stream()
        .map(range -> range.isSingle()
            ? CodeBlock.of("code == $L", range.from())
            : CodeBlock.of("(code >= $L && code <= $L)", range.from(), range.to()))
        .collect(CodeBlock.joining(" || "));
  }

  private static String list(List<CodeRange> set) {
    return set.isEmpty() ? "none" : set.stream()
        .map(range -> range.isSingle() ? "{@code " + range.from() + "}"
            : "{@code " + range.from() + "}&ndash;{@code " + range.to() + "}")
        .collect(Collectors.joining(", "));
  }
}
