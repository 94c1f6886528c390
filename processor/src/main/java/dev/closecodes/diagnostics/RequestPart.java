package dev.closecodes.diagnostics;

/**
 * A part of the request: the annotation's attribute of this name ({@code pages}, {@code names},
 * {@code locales}, ...), or the request as a whole when the name is empty.
 *
 * @param attribute the attribute's name, or empty
 */
public record RequestPart(String attribute) implements Where {

  /** The request as a whole: the annotated element. */
  public static final RequestPart WHOLE = new RequestPart("");

  @Override
  public String toString() {
    return attribute.isEmpty() ? "the request" : attribute + "()";
  }
}
