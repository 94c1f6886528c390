package dev.closecodes.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The values of one {@code @CloseCodeSpec}, read from the compiler's model of the annotation, its
 * defaults filled in. Reading them this way, not through {@code getAnnotation(Class)}, spares every
 * compile the proxy class the JDK builds for an annotation instance.
 *
 * @param pages the pages' names
 * @param locales the pages' locales, or none
 * @param registry the registry's name, or empty
 * @param checksFrom the name of the {@code ChecksFrom} constant
 * @param names the names given, each a code and a constant
 * @param lockFile the lock file's name, or empty
 * @param allowRemovals whether removals are accepted
 * @param closeCodeApis the names of the {@code WebSocketApi} constants given
 */
record SpecValues(List<String> pages, List<String> locales, String registry, String checksFrom,
    List<Name> names, String lockFile, boolean allowRemovals, List<String> closeCodeApis) {

  /**
   * A name given in {@code names()}.
   *
   * @param code the code
   * @param constant the constant's name
   */
  record Name(int code, String constant) {}

  static SpecValues of(AnnotationMirror annotation, Elements elements) {
    Map<String, AnnotationValue> values = values(annotation, elements);
    List<Name> names = new ArrayList<>();
    for (AnnotationValue name : list(values.get("names"))) {
      Map<String, AnnotationValue> fields = values((AnnotationMirror) name.getValue(), elements);
      names.add(new Name((Integer) fields.get("code").getValue(), (String) fields.get("constant").getValue()));
    }
    return new SpecValues(strings(values.get("pages")), strings(values.get("locales")),
        (String) values.get("registry").getValue(),
        ((VariableElement) values.get("checksFrom").getValue()).getSimpleName().toString(),
        names, (String) values.get("lockFile").getValue(), (Boolean) values.get("allowRemovals").getValue(),
        constants(values.get("closeCodeApis")));
  }

  /**
   * The strings an annotation's member of type {@code String[]} holds, its default where it is not
   * given; none where it has no value at all, as in code that does not compile.
   */
  static List<String> strings(AnnotationMirror annotation, String member, Elements elements) {
    AnnotationValue value = values(annotation, elements).get(member);
    return value == null ? List.of() : strings(value);
  }

  private static Map<String, AnnotationValue> values(AnnotationMirror annotation, Elements elements) {
    Map<String, AnnotationValue> values = new java.util.HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(annotation).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<AnnotationValue> list(AnnotationValue value) {
    return (List<AnnotationValue>) value.getValue();
  }

  /** The names of an array of enum constants. */
  private static List<String> constants(AnnotationValue value) {
    List<String> names = new ArrayList<>();
    for (AnnotationValue item : list(value)) {
      names.add(((VariableElement) item.getValue()).getSimpleName().toString());
    }
    return List.copyOf(names);
  }

  private static List<String> strings(AnnotationValue value) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue item : list(value)) {
      strings.add((String) item.getValue());
    }
    return List.copyOf(strings);
  }
}
