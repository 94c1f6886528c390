package dev.closecodes.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.model.CodeTable;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
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
            + "reason in UTF-8, at most 125 bytes in all. {@link #receive(ByteBuffer)} gives the {@link $T} a\n"
            + "received payload means; {@link #encode(int, String)} makes the payload to send;\n"
            + "{@link #noCloseFrame()} is what a connection that ends without a close frame reports. Receiving\n"
            + "and encoding work on a {@code byte[]} or a {@code ByteBuffer}.\n\n", event)
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
            .addJavadoc("Reads a received close frame's payload as the close event it means: {@link #receive(ByteBuffer)}\n"
                + "of the whole array.\n\n"
                + "@param payload the payload, not null\n"
                + "@return the close event\n"
                + "@throws $L if the payload breaks the rules; its {@code failureCode()} is the code to\n"
                + "    fail the connection with\n", EXCEPTION)
            .addParameter(byte[].class, "payload")
            .returns(event)
            .addStatement("return receive($T.wrap(payload))", ByteBuffer.class)
            .build())
        .addMethod(receiveFromBuffer(event, codes, invalid))
        .addMethod(isWellFormedUtf8())
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
        .addMethod(encodeIntoBuffer())
        .build();
  }

  /** {@code receive(ByteBuffer)}: the rules, applied to the buffer's remaining bytes. */
  private static MethodSpec receiveFromBuffer(ClassName event, ClassName codes, ClassName invalid) {
    return MethodSpec.methodBuilder("receive")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Reads a received close frame's payload, the buffer's remaining bytes, as the close event it\n"
            + "means; the buffer's position does not move. An empty payload means no status: code 1005 and\n"
            + "an empty reason. Either way the close was clean. A payload that breaks the rules is an\n"
            + "exception whose {@code failureCode()} is 1002 (one byte, more than\n"
            + "{@link #MAX_PAYLOAD_BYTES}, or a code that may not travel in a close frame) or 1007 (a reason\n"
            + "that is not well-formed UTF-8). Allocates the event and its reason, nothing else.\n\n"
            + "@param payload the payload, not null\n"
            + "@return the close event\n"
            + "@throws $L if the payload breaks the rules\n", EXCEPTION)
        .addParameter(ByteBuffer.class, "payload")
        .returns(event)
        .addStatement("int start = payload.position()")
        .addStatement("int length = payload.remaining()")
        .beginControlFlow("if (length == 0)")
        .addStatement("return new $T(NO_STATUS, $S, true)", event, "")
        .endControlFlow()
        .beginControlFlow("if (length == 1)")
        .addStatement("throw new $T(PROTOCOL_ERROR, $S)", invalid,
            "a close payload of one byte: the code needs two")
        .endControlFlow()
        .beginControlFlow("if (length > MAX_PAYLOAD_BYTES)")
        .addStatement("throw new $T(PROTOCOL_ERROR, $S + (length - 2) + $S)", invalid,
            "the reason is ", " bytes; a close frame holds at most 123")
        .endControlFlow()
        .addStatement("int code = ((payload.get(start) & 0xFF) << 8) | (payload.get(start + 1) & 0xFF)")
        .beginControlFlow("if (!$T.mayTravelInCloseFrame(code))", codes)
        .addStatement("throw new $T(PROTOCOL_ERROR, $S + code + $S)", invalid,
            "the code ", " may not travel in a close frame")
        .endControlFlow()
        .beginControlFlow("if (!isWellFormedUtf8(payload, start + 2, start + length))")
        .addStatement("throw new $T(INVALID_PAYLOAD, $S)", invalid, "the reason is not valid UTF-8")
        .endControlFlow()
        .beginControlFlow("if (payload.hasArray())")
        .addComment("straight from the array: no copy of the bytes")
        .addStatement("return new $T(code, new String(payload.array(), payload.arrayOffset() + start + 2, length - 2, $T.UTF_8), true)",
            event, StandardCharsets.class)
        .endControlFlow()
        .addStatement("byte[] reason = new byte[length - 2]")
        .addStatement("payload.get(start + 2, reason)")
        .addStatement("return new $T(code, new String(reason, $T.UTF_8), true)", event, StandardCharsets.class)
        .build();
  }

  /** The UTF-8 check {@code receive} makes of a reason, without a {@code CharsetDecoder}. */
  private static MethodSpec isWellFormedUtf8() {
    return MethodSpec.methodBuilder("isWellFormedUtf8")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Whether bytes are well-formed UTF-8, by the Unicode Standard's table of well-formed byte\n"
            + "sequences: no overlong forms, no surrogates, nothing past U+10FFFF. Needs no\n"
            + "{@code CharsetDecoder}, and allocates nothing.\n\n"
            + "@param bytes the buffer\n@param from the first byte's index\n@param to the index after the last\n"
            + "@return whether they are well-formed\n")
        .addParameter(ByteBuffer.class, "bytes")
        .addParameter(int.class, "from")
        .addParameter(int.class, "to")
        .returns(boolean.class)
        .addStatement("int i = from")
        .beginControlFlow("while (i < to)")
        .addStatement("int lead = bytes.get(i) & 0xFF")
        .beginControlFlow("if (lead < 0x80)")
        .addStatement("i++")
        .addStatement("continue")
        .endControlFlow()
        .addComment("how many bytes follow, and the range the first of them must lie in")
        .addStatement("int following = lead < 0xC2 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : lead < 0xF5 ? 3 : 0")
        .addStatement("int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80")
        .addStatement("int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF")
        .beginControlFlow("if (following == 0 || to - i - 1 < following)")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("for (int k = 1; k <= following; k++)")
        .addStatement("int next = bytes.get(i + k) & 0xFF")
        .beginControlFlow("if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("i += following + 1")
        .endControlFlow()
        .addStatement("return true")
        .build();
  }

  /** {@code encode(int, String, ByteBuffer)}: the payload written into a buffer. */
  private static MethodSpec encodeIntoBuffer() {
    return MethodSpec.methodBuilder("encode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("Writes the payload of a close frame to send into a buffer, at its position, and moves the\n"
            + "position past it: {@link #encode(int, String)}, for code that sends from a {@code ByteBuffer}.\n\n"
            + "@param code a code that may travel in a close frame\n"
            + "@param reason the reason, at most 123 UTF-8 bytes; not null\n"
            + "@param target where the payload goes\n"
            + "@throws IllegalArgumentException if the code may not travel in a close frame or the reason is not\n"
            + "    acceptable\n"
            + "@throws $T if the payload does not fit in what remains of the buffer; nothing is\n"
            + "    written then\n", BufferOverflowException.class)
        .addParameter(int.class, "code")
        .addParameter(String.class, "reason")
        .addParameter(ByteBuffer.class, "target")
        .addStatement("byte[] payload = encode(code, reason)")
        .beginControlFlow("if (target.remaining() < payload.length)")
        .addStatement("throw new $T()", BufferOverflowException.class)
        .endControlFlow()
        .addStatement("target.put(payload)")
        .build();
  }

  private static FieldSpec constant(String name, int value, String javadoc) {
    return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer("$L", value)
        .build();
  }
}
