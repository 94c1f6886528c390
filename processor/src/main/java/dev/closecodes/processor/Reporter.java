package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.RequestPart;
import dev.closecodes.diagnostics.Severity;
import dev.closecodes.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic.Kind;

/**
 * Turns what was reported about one annotated element into javac's errors, warnings and notes, on
 * that element: one about a document names the document's file and line; one about the annotation
 * points at the attribute it is about, so javac shows the annotation's own line. What is printed is
 * first made into {@link Line}s, which the output cache keeps: a compile it serves prints them as
 * the compile that made them did, without the catalogue of messages or the lock file.
 */
final class Reporter {

  /**
   * One message as javac is given it.
   *
   * @param kind error, warning or note
   * @param text the text, {@code [closecodes]} and its place in a document included
   * @param attribute the annotation's attribute it is about, or empty for the whole annotation
   */
  record Line(Kind kind, String text, String attribute) {}

  private final Messager messager;
  private final Element element;
  private final AnnotationMirror annotation;

  /** {@code annotation} is the annotation on {@code element}, or null when javac gives none. */
  Reporter(Messager messager, Element element, AnnotationMirror annotation) {
    this.messager = messager;
    this.element = element;
    this.annotation = annotation;
  }

  /**
   * What to print of what the element's run reported, in the collector's order, but for the
   * warnings the lock file recorded before (errors always): a build with nothing new to say prints
   * nothing. The warnings a new lock file records as its baseline are said once, as notes.
   */
  static List<Line> lines(Diagnostics diagnostics, LockFile.Baseline baseline) {
    List<Line> lines = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics.all()) {
      if (diagnostic.isError() || !baseline.known().contains(LockFile.warningText(diagnostic))) {
        lines.add(line(diagnostic, diagnostic.severity() == Severity.WARNING && baseline.created()));
      }
    }
    return lines;
  }

  private static Line line(Diagnostic diagnostic, boolean recorded) {
    Kind kind = switch (diagnostic.severity()) {
      case ERROR -> Kind.ERROR;
      case WARNING -> recorded ? Kind.NOTE : Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
    String text = message(diagnostic) + (recorded ? " (a warning, recorded in the new lock file as known)" : "");
    return new Line(kind, text, diagnostic.where() instanceof RequestPart part ? part.attribute() : "");
  }

  /** Prints the lines on the element, each on its attribute's value where the source gives one. */
  void print(List<Line> lines) {
    for (Line line : lines) {
      AnnotationValue value = valueOf(line.attribute());
      if (value != null) {
        messager.printMessage(line.kind(), line.text(), element, annotation, value);
      } else {
        messager.printMessage(line.kind(), line.text(), element, annotation);
      }
    }
  }

  /** The attribute's value as the source writes it, or null where it is left to its default. */
  private AnnotationValue valueOf(String attribute) {
    if (annotation == null || attribute.isEmpty()) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** {@code [closecodes] FILE:LINE: MESSAGE}, or {@code [closecodes] MESSAGE}: javac adds the severity. */
  static String message(Diagnostic diagnostic) {
    String where = diagnostic.where() instanceof SourceLocation location ? location + ": " : "";
    return "[closecodes] " + where + diagnostic.text();
  }
}
