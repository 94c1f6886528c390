package dev.closecodes.maven;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The versions of the artifacts a compile read its documents and its processor from, as the POM
 * names them now and as the last compile read them. A build moved to another version of
 * {@code closecodes-spec-source} or of the processor reads other documents, or reads them
 * otherwise, yet every file the last compile read is still there as it was (the old version's jar
 * stays in the local repository), and the compiler plugin does not look at the processor path:
 * only the versions tell.
 */
final class ArtifactVersions {

  /**
   * A snapshot's timestamped version, {@code 0.1.0-20261201.101010-3}, which the local repository
   * files under {@code 0.1.0-SNAPSHOT}.
   */
  private static final Pattern TIMESTAMPED = Pattern.compile("(.*)-[0-9]{8}\\.[0-9]{6}-[0-9]+");

  /** An artifact as the POM names it, or as the local repository files it. */
  record Coordinates(String groupId, String artifactId, String version) {}

  private ArtifactVersions() {}

  /**
   * The artifacts the POM names: the compiler plugin's {@code annotationProcessorPaths}, in its own
   * configuration and its executions', and the project's dependencies, each version left out
   * taken from {@code <dependencyManagement>}, as the compiler plugin takes it.
   */
  static List<Coordinates> named(List<Plugin> plugins, List<Dependency> dependencies, DependencyManagement management) {
    List<Coordinates> named = new ArrayList<>();
    for (Xpp3Dom path : CompilerConfiguration.processorPaths(plugins)) {
      named.add(coordinates(CompilerConfiguration.text(path.getChild("groupId")),
          CompilerConfiguration.text(path.getChild("artifactId")),
          CompilerConfiguration.text(path.getChild("version")), management));
    }
    for (Dependency dependency : dependencies) {
      named.add(coordinates(dependency.getGroupId(), dependency.getArtifactId(),
          dependency.getVersion() == null ? "" : dependency.getVersion().strip(), management));
    }
    return named;
  }

  /** An artifact as the POM names it, its version from {@code <dependencyManagement>} where it gives none. */
  private static Coordinates coordinates(
      String groupId, String artifactId, String version, DependencyManagement management) {
    return new Coordinates(groupId, artifactId, version.isEmpty() ? managed(groupId, artifactId, management) : version);
  }

  /**
   * One reason for each artifact the last compile read from the local repository whose version
   * the POM no longer names; an artifact the POM does not name (one a dependency brings) or names
   * with a range says nothing.
   *
   * @param read the addresses the last compile read, {@code jar:} or {@code file:}
   * @param repository the local repository
   * @param named what the POM names now
   */
  static List<String> changes(List<URI> read, Path repository, List<Coordinates> named) {
    Set<Coordinates> artifacts = new LinkedHashSet<>();
    for (URI address : read) {
      inRepository(address, repository).ifPresent(artifacts::add);
    }
    List<String> changes = new ArrayList<>();
    for (Coordinates artifact : artifacts) {
      List<String> versions = new ArrayList<>();
      for (Coordinates candidate : named) {
        if (artifact.groupId().equals(candidate.groupId()) && artifact.artifactId().equals(candidate.artifactId())) {
          versions.add(candidate.version());
        }
      }
      if (versions.stream().anyMatch(version -> version.isEmpty() || isRange(version))) {
        continue; // a version this goal cannot resolve: the compile's to tell
      }
      boolean namedAsRead = versions.stream().anyMatch(version -> baseVersion(version).equals(artifact.version()));
      if (!versions.isEmpty() && !namedAsRead) {
        changes.add("the POM names " + artifact.groupId() + ":" + artifact.artifactId() + " " + versions.get(0)
            + ", where the last compile read " + artifact.version());
      }
    }
    return changes;
  }

  /**
   * The artifact whose jar the address is, or is in, where that jar lies in the local repository
   * ({@code GROUP/ARTIFACT/VERSION/ARTIFACT-...jar}); empty for one elsewhere, such as a module of
   * the same reactor, whose changes the record's hashes see.
   */
  static Optional<Coordinates> inRepository(URI address, Path repository) {
    Path jar;
    try {
      String scheme = address.getScheme();
      if ("jar".equals(scheme)) {
        String inside = address.getRawSchemeSpecificPart();
        int end = inside.indexOf("!/");
        jar = Path.of(URI.create(end < 0 ? inside : inside.substring(0, end)));
      } else if ("file".equals(scheme)) {
        jar = Path.of(address);
      } else {
        return Optional.empty();
      }
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      return Optional.empty();
    }
    Path root = repository.toAbsolutePath().normalize();
    Path file = jar.toAbsolutePath().normalize();
    if (!file.startsWith(root) || !file.toString().endsWith(".jar")) {
      return Optional.empty();
    }
    Path relative = root.relativize(file);
    int names = relative.getNameCount();
    if (names < 4) {
      return Optional.empty();
    }
    String artifactId = relative.getName(names - 3).toString();
    if (!relative.getName(names - 1).toString().startsWith(artifactId + "-")) {
      return Optional.empty();
    }
    String groupId = relative.subpath(0, names - 3).toString().replace(relative.getFileSystem().getSeparator(), ".");
    return Optional.of(new Coordinates(groupId, artifactId, relative.getName(names - 2).toString()));
  }

  private static String managed(String groupId, String artifactId, DependencyManagement management) {
    if (management != null) {
      for (Dependency dependency : management.getDependencies()) {
        if (groupId.equals(dependency.getGroupId()) && artifactId.equals(dependency.getArtifactId())
            && dependency.getVersion() != null) {
          return dependency.getVersion().strip();
        }
      }
    }
    return "";
  }

  private static boolean isRange(String version) {
    return version.startsWith("[") || version.startsWith("(");
  }

  /** The version as the local repository files it: a timestamped snapshot under its {@code -SNAPSHOT}. */
  private static String baseVersion(String version) {
    Matcher timestamped = TIMESTAMPED.matcher(version);
    return timestamped.matches() ? timestamped.group(1) + "-SNAPSHOT" : version;
  }
}
