package dev.closecodes.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real MDN pages kept outside the repository ({@code ../shared/corpus/mdn}), with what their
 * MANIFEST.tsv says about each. Tests that use them are skipped when the folder is absent.
 */
public final class Corpus {

  /**
   * One page of the manifest.
   *
   * @param file the page's path below the corpus folder
   * @param date the commit date, {@code YYYY-MM-DD...}
   * @param hasTable whether the page has a close-code table
   * @param notes the manifest's notes, split at {@code |}
   */
  public record Page(Path file, String relativePath, String date, boolean hasTable, List<String> notes) {

    /** The folder a page's versions share, such as {@code fr/closeevent}. */
    public String series() {
      return relativePath.substring(0, relativePath.lastIndexOf('/'));
    }

    public Optional<String> note(String prefix) {
      return notes.stream().filter(note -> note.startsWith(prefix)).findFirst();
    }

    public Optional<Matcher> note(Pattern pattern) {
      for (String note : notes) {
        Matcher matcher = pattern.matcher(note);
        if (matcher.find()) {
          return Optional.of(matcher);
        }
      }
      return Optional.empty();
    }

    /** The page's bytes as UTF-8 text. */
    public String text() throws IOException {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return relativePath;
    }
  }

  private Corpus() {}

  /** The MDN folder of the corpus, if this machine has it. */
  public static Optional<Path> mdnFolder() {
    String configured = System.getProperty("closecodes.corpus");
    List<Path> candidates = new ArrayList<>();
    if (configured != null) {
      candidates.add(Path.of(configured, "mdn"));
    }
    candidates.add(Path.of("..", "..", "shared", "corpus", "mdn"));
    candidates.add(Path.of("..", "shared", "corpus", "mdn"));
    return candidates.stream().filter(path -> Files.isRegularFile(path.resolve("MANIFEST.tsv"))).findFirst();
  }

  /**
   * The newest page with a table of each series (one of each locale and page), in the order of
   * the manifest's first page of the series; empty when the corpus is absent.
   */
  public static List<Page> newestOfEachSeries() {
    Map<String, Page> newest = new LinkedHashMap<>();
    for (Page page : pages()) {
      if (page.hasTable()) {
        newest.merge(page.series(), page, (kept, other) -> other.date().compareTo(kept.date()) > 0 ? other : kept);
      }
    }
    return List.copyOf(newest.values());
  }

  /** Every page of the manifest, in its order; empty when the corpus is absent. */
  public static List<Page> pages() {
    Optional<Path> folder = mdnFolder();
    if (folder.isEmpty()) {
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(folder.get().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int fileColumn = header.indexOf("file");
      int dateColumn = header.indexOf("commit_date");
      int tableColumn = header.indexOf("has_close_code_table");
      int notesColumn = header.indexOf("notes");
      List<Page> pages = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        List<String> notes = new ArrayList<>();
        for (String note : columns[notesColumn].split("\\|")) {
          notes.add(note.strip());
        }
        pages.add(
            new Page(
                folder.get().resolve(columns[fileColumn]),
                columns[fileColumn],
                columns[dateColumn],
                columns[tableColumn].equals("yes"),
                notes));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
