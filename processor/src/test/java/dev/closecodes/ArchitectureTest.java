package dev.closecodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the processor's own code, read from its compiled classes: the packages form layers
 * whose arrows all point down, one package runs the stages for both front ends, errors travel one
 * way, and only what a user or the Maven plugin needs is public.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final String ROOT = "dev.closecodes.";

  /**
   * Each package's layer: a package may use only packages of lower layers, so no arrow runs back
   * up and no two packages of one layer know each other.
   */
  private static final Map<String, Integer> LAYERS = Map.of(
      "text", 0,
      "diagnostics", 1,
      "model", 2,
      "read", 3,
      "join", 3,
      "generate", 3,
      "pipeline", 4,
      "processor", 5,
      "cli", 5);

  /** Each package's public types: what the front ends, a user or the Maven plugin needs. */
  private static final Map<String, Set<String>> PUBLIC_TYPES = Map.of(
      "text", Set.of("UnicodeCharacters"),
      "diagnostics", Set.of("Diagnostic", "Diagnostics", "Diagnostics$Abort", "Message", "Printable",
          "Severity", "SourceLocation", "RequestPart", "Where"),
      "read", Set.of("Document", "DocumentFiles", "FrontMatter", "PageReader", "RegistryReader"),
      "join", Set.of("Reconciler"),
      "generate", Set.of("GeneratedTypes"),
      "pipeline", Set.of("JavaNameSpelling", "Pipeline", "Pipeline$Name", "Pipeline$Request",
          "Pipeline$Result"),
      "processor", Set.of("CloseCodeSpecProcessor", "CompileInputs", "CompileInputs$Input"),
      "cli", Set.of("Main"));

  private static Map<String, Set<String>> uses;

  @BeforeAll
  static void readTheImports() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
        "-verbose:package", CLASSES.toString());
    assertEquals(0, status, out.toString());
    uses = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 3 && words[1].equals("->") && words[0].startsWith(ROOT) && words[2].startsWith(ROOT)
          && !words[0].equals(words[2])) {
        uses.computeIfAbsent(name(words[0]), k -> new TreeSet<>()).add(name(words[2]));
      }
    }
  }

  private static String name(String pkg) {
    return pkg.substring(ROOT.length());
  }

  @Test
  void everyPackageHasALayer() {
    Set<String> packages = new TreeSet<>(uses.keySet());
    uses.values().forEach(packages::addAll);
    packages.removeIf(pkg -> pkg.isEmpty() || pkg.startsWith("shaded"));
    assertEquals(new TreeSet<>(LAYERS.keySet()), packages);
  }

  @Test
  void everyArrowPointsDown() {
    List<String> upwards = new ArrayList<>();
    uses.forEach((from, targets) -> targets.forEach(to -> {
      if (LAYERS.containsKey(from) && LAYERS.containsKey(to) && LAYERS.get(to) >= LAYERS.get(from)) {
        upwards.add(from + " -> " + to);
      }
    }));
    assertEquals(List.of(), upwards);
  }

  @Test
  void thePackagesFormNoCycle() {
    Map<String, Integer> state = new HashMap<>();
    List<String> cycles = new ArrayList<>();
    for (String pkg : uses.keySet()) {
      findCycle(pkg, new ArrayList<>(), state, cycles);
    }
    assertEquals(List.of(), cycles);
  }

  private static void findCycle(String pkg, List<String> path, Map<String, Integer> state, List<String> cycles) {
    if (state.getOrDefault(pkg, 0) == 2) {
      return;
    }
    if (state.getOrDefault(pkg, 0) == 1) {
      cycles.add(String.join(" -> ", path.subList(path.indexOf(pkg), path.size())) + " -> " + pkg);
      return;
    }
    state.put(pkg, 1);
    path.add(pkg);
    for (String next : uses.getOrDefault(pkg, Set.of())) {
      findCycle(next, path, state, cycles);
    }
    path.remove(path.size() - 1);
    state.put(pkg, 2);
  }

  @Test
  void onlyThePipelineRunsTheStages() {
    for (String stage : List.of("join", "generate")) {
      Set<String> users = uses.entrySet().stream().filter(entry -> entry.getValue().contains(stage))
          .map(Map.Entry::getKey).collect(Collectors.toSet());
      assertEquals(Set.of("pipeline"), users, stage);
    }
  }

  @Test
  void onlyWhatIsNeededIsPublic() throws IOException {
    Map<String, Set<String>> publicTypes = new TreeMap<>();
    for (Class<?> type : classes()) {
      String pkg = name(type.getPackageName());
      if (pkg.equals("model")) {
        continue; // the model is plain records, which every stage shares
      }
      if (isVisibleOutsideItsPackage(type)) {
        publicTypes.computeIfAbsent(pkg, k -> new TreeSet<>())
            .add(type.getName().substring(type.getPackageName().length() + 1));
      }
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    PUBLIC_TYPES.forEach((pkg, types) -> expected.put(pkg, new TreeSet<>(types)));
    assertEquals(expected, publicTypes);
  }

  /** Public, and so are the types it is nested in. */
  private static boolean isVisibleOutsideItsPackage(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Diagnostics travel one way, into the collector every stage reports to: no method takes a list
   * of them to fill, and no record or field outside the collector carries them.
   */
  @Test
  void noListOfDiagnosticsIsPassedOrCarried() throws IOException {
    List<String> found = new ArrayList<>();
    for (Class<?> type : classes()) {
      if (type.getPackageName().equals(ROOT + "diagnostics")) {
        continue;
      }
      for (Executable executable : Stream.concat(Stream.of(type.getDeclaredMethods()),
          Stream.of(type.getDeclaredConstructors())).toList()) {
        for (Type parameter : executable.getGenericParameterTypes()) {
          if (holdsDiagnostics(parameter)) {
            found.add(type.getName() + "." + executable.getName());
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (holdsDiagnostics(field.getGenericType())) {
          found.add(type.getName() + "#" + field.getName());
        }
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (holdsDiagnostics(component.getGenericType())) {
            found.add(type.getName() + "(" + component.getName() + ")");
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  /** A collection of diagnostics: what a method would fill, or a record carry, beside the collector. */
  private static boolean holdsDiagnostics(Type type) {
    return type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw && java.util.Collection.class.isAssignableFrom(raw)
        && Stream.of(parameterized.getActualTypeArguments()).anyMatch(argument -> argument == Diagnostic.class);
  }

  /** Every class of the processor's own code, loaded without initializing it. */
  private static List<Class<?>> classes() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.startsWith(ROOT) && !name.endsWith("package-info") && seen.add(name)) {
          try {
            classes.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
          } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
          }
        }
      }
    }
    assertTrue(classes.size() > 20, "the processor's classes were found");
    return classes;
  }
}
