package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Puts closecodes' diagnostics on the annotated element, as javac errors, warnings and notes. */
final class Reporter {

  private final Messager messager;
  private final Element element;
  private final AnnotationMirror annotation;
  private boolean reportedError;

  Reporter(Messager messager, Element element, AnnotationMirror annotation) {
    this.messager = messager;
    this.element = element;
    this.annotation = annotation;
  }

  void report(Diagnostic diagnostic) {
    Kind kind = switch (diagnostic.severity()) {
      case ERROR -> Kind.ERROR;
      case WARNING -> Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
    reportedError |= kind == Kind.ERROR;
    messager.printMessage(kind, message(diagnostic), element, annotation);
  }

  /** Whether an error has been reported. */
  boolean reportedError() {
    return reportedError;
  }

  /** {@code FILE:LINE: MESSAGE}: javac adds the severity. */
  static String message(Diagnostic diagnostic) {
    return "[closecodes] " + diagnostic.location() + ": " + diagnostic.text();
  }
}
