package dev.closecodes.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Maven's compiler plugin as the POM configures it: its own configuration and each execution's. */
final class CompilerConfiguration {

  /** The processor's class, as {@code <annotationProcessors>} and {@code -processor} name it. */
  static final String PROCESSOR = "dev.closecodes.processor.CloseCodeSpecProcessor";

  /** The processor's artifact, as {@code <annotationProcessorPaths>} names it. */
  private static final String PROCESSOR_ARTIFACT = "dev.closecodes:closecodes-processor";

  /** A version's first two numbers. */
  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})");

  private CompilerConfiguration() {}

  /** The configurations of the compiler plugin, its own first; none where the POM gives it none. */
  private static List<Xpp3Dom> of(List<Plugin> plugins) {
    return of(plugins, null);
  }

  /**
   * The compiler plugin's own configuration, then those of its executions: each one's, or, where
   * {@code executionId} is given, only that one's.
   */
  private static List<Xpp3Dom> of(List<Plugin> plugins, String executionId) {
    List<Xpp3Dom> configurations = new ArrayList<>();
    for (Plugin plugin : plugins) {
      if (!isCompilerPlugin(plugin)) {
        continue;
      }
      if (plugin.getConfiguration() instanceof Xpp3Dom own) {
        configurations.add(own);
      }
      for (PluginExecution execution : plugin.getExecutions()) {
        if ((executionId == null || executionId.equals(execution.getId()))
            && execution.getConfiguration() instanceof Xpp3Dom configuration) {
          configurations.add(configuration);
        }
      }
    }
    return configurations;
  }

  /** The {@code <path>} elements of the {@code <annotationProcessorPaths>} of each configuration, in order. */
  static List<Xpp3Dom> processorPaths(List<Plugin> plugins) {
    List<Xpp3Dom> paths = new ArrayList<>();
    for (Xpp3Dom configuration : of(plugins)) {
      Xpp3Dom list = configuration.getChild("annotationProcessorPaths");
      paths.addAll(List.of(list == null ? new Xpp3Dom[0] : list.getChildren()));
    }
    return paths;
  }

  private static boolean isCompilerPlugin(Plugin plugin) {
    return "maven-compiler-plugin".equals(plugin.getArtifactId());
  }

  /**
   * Whether the POM has the compiler plugin skip a compile: {@code <skipMain>} the main one,
   * {@code <skip>} (the {@code testCompile} goal's) the tests', in the plugin's own configuration
   * or in that of the execution Maven runs by default ({@code default-compile},
   * {@code default-testCompile}). The properties that set them are the mojo's own parameters.
   */
  static boolean skips(List<Plugin> plugins, boolean tests) {
    String setting = tests ? "skip" : "skipMain";
    for (Xpp3Dom configuration : of(plugins, tests ? "default-testCompile" : "default-compile")) {
      if ("true".equals(text(configuration.getChild(setting)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What in the POM keeps closecodes' processor from running, in words: a compiler plugin too old
   * to read {@code <annotationProcessorPaths>}, which it passes over without a word, such a path
   * without the processor, a {@code -processorpath} argument without its jar,
   * {@code <proc>none</proc>}, {@code -proc:none}, or a list of processors
   * ({@code <annotationProcessors>}, {@code -processor}) without it; empty where the POM says none
   * of these.
   */
  static Optional<String> processorKeptOut(List<Plugin> plugins) {
    for (Plugin plugin : plugins) {
      if (isCompilerPlugin(plugin) && before(plugin.getVersion(), 3, 5)
          && of(plugins).stream().anyMatch(configuration -> configuration.getChild("annotationProcessorPaths") != null)) {
        return Optional.of("maven-compiler-plugin " + plugin.getVersion() + " does not read <annotationProcessorPaths>,"
            + " which version 3.5 added, so the processor it names is on no path: use version 3.5 or later (the"
            + " README's fragment names 3.16.0)");
      }
    }
    Set<String> processorPath = new LinkedHashSet<>(); // Maven gives each execution the plugin's own too
    for (Xpp3Dom path : processorPaths(plugins)) {
      processorPath.add(text(path.getChild("groupId")) + ":" + text(path.getChild("artifactId")));
    }
    if (!processorPath.isEmpty() && !processorPath.contains(PROCESSOR_ARTIFACT)) {
      return Optional.of("the compiler plugin's <annotationProcessorPaths> names " + String.join(", ", processorPath)
          + ", and javac looks for processors there and nowhere else: add " + PROCESSOR_ARTIFACT + " to it");
    }
    for (Xpp3Dom configuration : of(plugins)) {
      if ("none".equals(text(configuration.getChild("proc")))) {
        return Optional.of("the compiler plugin's <proc>none</proc> runs no annotation processor: remove it");
      }
      List<String> processors = texts(configuration.getChild("annotationProcessors"));
      if (!processors.isEmpty() && !processors.contains(PROCESSOR)) {
        return Optional.of("the compiler plugin's <annotationProcessors> names " + String.join(", ", processors)
            + ", and javac runs no other: add " + PROCESSOR);
      }
      List<String> arguments = texts(configuration.getChild("compilerArgs"));
      for (int i = 0; i < arguments.size(); i++) {
        if (arguments.get(i).equals("-proc:none")) {
          return Optional.of("the compiler argument -proc:none runs no annotation processor: remove it");
        }
        boolean pathArgument = arguments.get(i).equals("-processorpath") || arguments.get(i).equals("--processor-path");
        if (pathArgument && i + 1 < arguments.size() && !holdsTheProcessorJar(arguments.get(i + 1))) {
          return Optional.of("the compiler argument " + arguments.get(i) + " " + arguments.get(i + 1) + " names where"
              + " javac looks for processors, and nowhere else, and closecodes' jar (closecodes-processor-VERSION.jar)"
              + " is not there: add it, or name " + PROCESSOR_ARTIFACT + " in <annotationProcessorPaths> instead");
        }
        if (arguments.get(i).equals("-processor") && i + 1 < arguments.size()
            && !List.of(arguments.get(i + 1).split(",")).contains(PROCESSOR)) {
          return Optional.of("the compiler argument -processor " + arguments.get(i + 1)
              + " names the processors javac runs, and no other: add " + PROCESSOR);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What to say where the compiler plugin is version 3.11.0, the one version that passes the folder
   * of the generated sources to javac as a source path too (MCOMPILER-538, mended in 3.12.0). A
   * compile after the first then finds the last one's output there when the processor creates the
   * same types again, reads it, and warns that implicitly compiled files were not subject to
   * annotation processing; empty for another version, another compiler than javac, a javac that
   * runs no processor (by the POM, or by {@code procProperty}, {@code maven.compiler.proc}), or
   * where the POM has chosen an {@code -implicit} policy, which keeps javac from warning.
   */
  static Optional<String> generatedSourcesReadAsSources(List<Plugin> plugins, String procProperty) {
    boolean passesThem = plugins.stream().anyMatch(plugin ->
        isCompilerPlugin(plugin) && "3.11.0".equals(plugin.getVersion()));
    if (!passesThem || "none".equals(procProperty)) {
      return Optional.empty();
    }
    for (Xpp3Dom configuration : of(plugins)) {
      String compiler = text(configuration.getChild("compilerId"));
      if (!compiler.isEmpty() && !compiler.equals("javac")) {
        return Optional.empty(); // the Eclipse compiler, say, which has no such warning and no -implicit
      }
      List<String> arguments = texts(configuration.getChild("compilerArgs"));
      if (text(configuration.getChild("compilerArgument")).contains("-implicit:")
          || arguments.stream().anyMatch(argument -> argument.startsWith("-implicit:"))) {
        return Optional.empty();
      }
      if ("none".equals(text(configuration.getChild("proc"))) || arguments.contains("-proc:none")) {
        return Optional.empty(); // no processor runs in javac (kapt ran closecodes), so no type is created again
      }
    }
    return Optional.of("maven-compiler-plugin 3.11.0 passes the generated sources to javac as sources to read"
        + " (MCOMPILER-538), so each compile after the first warns 'Implicitly compiled files were not subject to"
        + " annotation processing', and a build with warnings as errors fails: use version 3.12.0 or later, or add"
        + " the compiler argument -implicit:class");
  }

  /**
   * Whether a path as javac takes it holds a jar of closecodes' processor: Maven's
   * ({@code closecodes-processor-VERSION.jar}) or the build's own ({@code closecodes.jar}). Either
   * separator is read, as a POM may be written on either platform.
   */
  private static boolean holdsTheProcessorJar(String path) {
    for (String element : path.split("[:;]")) {
      String name = element.substring(Math.max(element.lastIndexOf('/'), element.lastIndexOf('\\')) + 1);
      if (name.equals("closecodes.jar") || name.startsWith("closecodes-processor") && name.endsWith(".jar")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a version such as {@code 3.1} or {@code 2.5.1} comes before major.minor; not one read otherwise. */
  private static boolean before(String version, int major, int minor) {
    Matcher numbers = MAJOR_MINOR.matcher(version == null ? "" : version);
    if (!numbers.lookingAt()) {
      return false;
    }
    int versionMajor = Integer.parseInt(numbers.group(1));
    return versionMajor < major || versionMajor == major && Integer.parseInt(numbers.group(2)) < minor;
  }

  /** The element's text, stripped; empty for none. */
  static String text(Xpp3Dom element) {
    return element == null || element.getValue() == null ? "" : element.getValue().strip();
  }

  /** The texts of the element's children, those that hold one. */
  private static List<String> texts(Xpp3Dom list) {
    List<String> texts = new ArrayList<>();
    for (Xpp3Dom child : list == null ? new Xpp3Dom[0] : list.getChildren()) {
      if (!text(child).isEmpty()) {
        texts.add(text(child));
      }
    }
    return texts;
  }
}
