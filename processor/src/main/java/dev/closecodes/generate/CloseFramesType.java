package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code CloseFrames}: the RFC 6455 rules for a close frame's payload, received and
 * sent, in terms of the generated checks and {@code CloseEvent}.
 */
final class CloseFramesType {

  static final String NAME = "CloseFrames";
  static final String EXCEPTION = "InvalidCloseFrameException";

  private CloseFramesType() {}

  static TypeSpec build(String packageName, CodeTable table) {
    ClassName self = ClassName.get(packageName, NAME);
    ClassName event = ClassName.get(packageName, CloseEventType.NAME);
    ClassName codes = ClassName.get(packageName, CloseCodesType.NAME);
    ClassName invalid = self.nestedClass(EXCEPTION);

    TypeSpec exception = TypeSpec.classBuilder(invalid)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(IllegalArgumentException.class)
        .addJavadoc("A received close frame that breaks the rules. The endpoint that received it fails the\n"
            + "connection, sending {@link #failureCode()} if it can.\n")
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Serial form version.\n")
            .initializer("1L").build())
        .addField(FieldSpec.builder(int.class, "failureCode", Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("What {@link #failureCode()} returns.\n").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Makes the exception.\n\n@param failureCode the code to fail the connection with\n"
                + "@param message what is wrong with the frame\n")
            .addParameter(int.class, "failureCode")
            .addParameter(String.class, "message")
            .addStatement("super(message)")
            .addStatement("this.failureCode = failureCode")
            .build())
        .addMethod(MethodSpec.methodBuilder("failureCode")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Returns the code to fail the connection with: 1002 (protocol error) for a malformed frame or a\n"
                + "code that may not travel, 1007 (invalid frame payload data) for a reason that is not UTF-8.\n\n"
                + "@return 1002 or 1007\n")
            .returns(int.class)
            .addStatement("return failureCode")
            .build())
        .build();

    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Provenance.generated(table))
        .addJavadoc("The rules of RFC 6455 for a close frame's payload: a two-byte code in network byte order, then a\n"
            + "reason in UTF-8, at most 125 bytes in all. {@link #receive(byte[])} gives the {@link $T} a received\n"
            + "payload means; {@link #encode(int, String)} makes the payload to send; {@link #noCloseFrame()} is what\n"
            + "a connection that ends without a close frame reports.\n\n", event)
        .addJavadoc(Provenance.sources(table))
        .addType(exception)
        .addField(constant("MAX_PAYLOAD_BYTES", 125, "The most bytes a close frame's payload may hold."))
        .addField(constant("PROTOCOL_ERROR", 1002, "The code that fails a connection for a malformed close frame."))
        .addField(constant("INVALID_PAYLOAD", 1007, "The code that fails a connection for a reason that is not UTF-8."))
        .addField(constant("NO_STATUS", 1005, "The code reported for a close frame that carries no code."))
        .addField(constant("ABNORMAL", 1006, "The code reported when a connection ends without a close frame."))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Not instantiated: the rules are static.\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("receive")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Reads a received close frame's payload as the close event it means. An empty payload means no\n"
                + "status: code 1005 and an empty reason. Either way the close was clean.\n\n"
                + "@param payload the payload, not null\n"
                + "@return the close event\n"
                + "@throws $L if the payload holds one byte or more than {@link #MAX_PAYLOAD_BYTES}, a code\n"
                + "    that may not travel in a close frame, or a reason that is not valid UTF-8\n", EXCEPTION)
            .addParameter(byte[].class, "payload")
            .returns(event)
            .beginControlFlow("if (payload.length == 0)")
            .addStatement("return new $T(NO_STATUS, $S, true)", event, "")
            .endControlFlow()
            .beginControlFlow("if (payload.length == 1)")
            .addStatement("throw new $T(PROTOCOL_ERROR, $S)", invalid,
                "a close payload of one byte: the code needs two")
            .endControlFlow()
            .beginControlFlow("if (payload.length > MAX_PAYLOAD_BYTES)")
            .addStatement("throw new $T(PROTOCOL_ERROR, $S + (payload.length - 2) + $S)", invalid,
                "the reason is ", " bytes; a close frame holds at most 123")
            .endControlFlow()
            .addStatement("int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF)")
            .beginControlFlow("if (!$T.mayTravelInCloseFrame(code))", codes)
            .addStatement("throw new $T(PROTOCOL_ERROR, $S + code + $S)", invalid,
                "the code ", " may not travel in a close frame")
            .endControlFlow()
            .beginControlFlow("try")
            .addStatement("String reason = $T.UTF_8.newDecoder()\n"
                + ".onMalformedInput($T.REPORT)\n"
                + ".onUnmappableCharacter($T.REPORT)\n"
                + ".decode($T.wrap(payload, 2, payload.length - 2))\n"
                + ".toString()", StandardCharsets.class, CodingErrorAction.class, CodingErrorAction.class, ByteBuffer.class)
            .addStatement("return new $T(code, reason, true)", event)
            .nextControlFlow("catch ($T e)", CharacterCodingException.class)
            .addStatement("throw new $T(INVALID_PAYLOAD, $S)", invalid, "the reason is not valid UTF-8")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("receivedByBrowser")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("The close event a browser's {@code WebSocket} fires when the server's close frame carries this\n"
                + "payload: {@link #receive(byte[])}, or, for a frame that breaks the rules, the abnormal closure that\n"
                + "failing the connection reports.\n\n"
                + "@param payload the payload, not null\n@return the close event a script sees\n")
            .addParameter(byte[].class, "payload")
            .returns(event)
            .beginControlFlow("try")
            .addStatement("return receive(payload)")
            .nextControlFlow("catch ($T e)", invalid)
            .addStatement("return noCloseFrame()")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("noCloseFrame")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("The close event of a connection that ended without a close frame (the TCP connection dropped,\n"
                + "the handshake failed): code 1006, an empty reason, not clean.\n\n@return the close event\n")
            .returns(event)
            .addStatement("return new $T(ABNORMAL, $S, false)", event, "")
            .build())
        .addMethod(MethodSpec.methodBuilder("encode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Makes the payload of a close frame to send.\n\n"
                + "@param code a code that may travel in a close frame\n"
                + "@param reason the reason, at most 123 UTF-8 bytes; not null\n"
                + "@return the payload: the code in network byte order, then the reason in UTF-8\n"
                + "@throws IllegalArgumentException if the code may not travel in a close frame or the reason is not\n"
                + "    acceptable\n")
            .addParameter(int.class, "code")
            .addParameter(String.class, "reason")
            .returns(byte[].class)
            .beginControlFlow("if (!$T.mayTravelInCloseFrame(code))", codes)
            .addStatement("throw new $T($S + code + $S + $T.describe(code))", IllegalArgumentException.class,
                "the code ", " may not be sent in a close frame: ", codes)
            .endControlFlow()
            .beginControlFlow("if (!$T.isAcceptableReason(reason))", codes)
            .addStatement("throw new $T($S)", IllegalArgumentException.class,
                "the reason must be well-formed text of at most 123 UTF-8 bytes")
            .endControlFlow()
            .addStatement("byte[] text = reason.getBytes($T.UTF_8)", StandardCharsets.class)
            .addStatement("byte[] payload = new byte[2 + text.length]")
            .addStatement("payload[0] = (byte) (code >>> 8)")
            .addStatement("payload[1] = (byte) code")
            .addStatement("System.arraycopy(text, 0, payload, 2, text.length)")
            .addStatement("return payload")
            .build())
        .build();
  }

  private static FieldSpec constant(String name, int value, String javadoc) {
    return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer("$L", value)
        .build();
  }
}
