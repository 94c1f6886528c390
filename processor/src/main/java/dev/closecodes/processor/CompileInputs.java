package dev.closecodes.processor;

import dev.closecodes.read.Document;
import dev.closecodes.read.DocumentFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one compile read: the address and SHA-256 of each spec document and lock file (as the
 * compile left it) and of the processor's own jar, the class files compiled from the annotated
 * elements, and those of the types generated.
 *
 * <p>Maven's compiler plugin runs javac again only when a Java source or a class-path jar has
 * changed, so an edited page alone would leave the old generated code in place. The processor
 * writes this record beside the class output (see {@link BuildLayout}), or where the
 * {@code closecodes.inputs} option says; before the next compile,
 * the closecodes Maven plugin reads it and, when an input has changed, removes the listed
 * class files: their sources are then out of date, and the compiler plugin runs javac again.
 *
 * <p>The record is text, one entry a line: {@code class PATH}, {@code generated PATH},
 * {@code input SHA-256 URI}, and {@code failed} when the compile that wrote it reported an error
 * (its output is never up to date). javac writes the class files after the processor writes the
 * record, so a generated type's class file older than the record, or none, tells that the compile
 * stopped after the processor ran (an error in another source).
 *
 * @param inputs what was read, in the order first read
 * @param classFiles the class files of the annotated elements, relative to the class output
 * @param generatedClassFiles the class files of the generated top-level types, relative to the
 *     class output
 * @param failed whether the compile reported an error on an annotated element
 * @param damaged whether the record read had a line it could not make out, or was no text: what
 *     it watched is then unknown, and the output out of date
 */
public record CompileInputs(List<Input> inputs, List<String> classFiles, List<String> generatedClassFiles,
    boolean failed, boolean damaged) {

  /** The processor option naming the file this record is written to. */
  public static final String OPTION = "closecodes.inputs";

  private static final String HEADER = "# closecodes: what the last compile read; when one of these changes, javac runs again";

  /** How every record opens, whichever version of closecodes wrote it (a lock file opens otherwise). */
  private static final byte[] RECORD_MARK = HEADER.substring(0, HEADER.indexOf(';')).getBytes(StandardCharsets.UTF_8);

  /**
   * One input read: a document, or the processor's jar.
   *
   * @param address where it was read from: a {@code file:} or {@code jar:} URI
   * @param fingerprint what tells its content: the SHA-256 of the bytes read, in lower-case hex;
   *     for the processor's jar, {@code stat:SIZE:MILLIS}, its size and time, which cost a compile
   *     nothing to check where hashing a jar costs it tens of milliseconds
   */
  public record Input(URI address, String fingerprint) {

    private static final String STAT = "stat:";

    /** The fingerprint of a file looked for and not there; its line in the record is {@code absent}. */
    private static final String ABSENT = "absent";

    // Written out, as a record's own are bootstrapped through java.lang.invoke on first use, at a
    // cost to every compile.
    @Override
    public boolean equals(Object other) {
      return other instanceof Input input && input.address.equals(address) && input.fingerprint.equals(fingerprint);
    }

    @Override
    public int hashCode() {
      return 31 * address.hashCode() + fingerprint.hashCode();
    }

    /** The document at {@code address} as it is now, by the SHA-256 of its bytes. */
    public static Input at(URI address) throws IOException {
      return new Input(address, Document.sha256(bytesAt(address)));
    }

    /** The file at {@code address} as it is now, by its size and time. */
    public static Input stat(Path file) throws IOException {
      return new Input(file.toUri(), STAT + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * A file looked for and not there, before the document was found elsewhere: a file put there
     * later is read first.
     */
    public static Input absent(Path file) {
      return new Input(file.toUri(), ABSENT);
    }

    /** Whether this is a file that was not there. */
    boolean isAbsence() {
      return fingerprint.equals(ABSENT);
    }

    /** Whether what is at the address now is what was read. */
    boolean unchanged() throws IOException {
      if (isAbsence()) {
        return !Files.exists(Path.of(address), LinkOption.NOFOLLOW_LINKS); // a link too: it is read, and says what it is
      }
      return fingerprint.startsWith(STAT)
          ? stat(Path.of(address)).fingerprint().equals(fingerprint)
          : Document.sha256(bytesAt(address)).equals(fingerprint);
    }
  }

  /** Keeps each input and each class file once, in the order first given. */
  public CompileInputs {
    inputs = List.copyOf(new LinkedHashSet<>(inputs));
    classFiles = List.copyOf(new LinkedHashSet<>(classFiles));
    generatedClassFiles = List.copyOf(new LinkedHashSet<>(generatedClassFiles));
  }

  /**
   * What a compile read, as it writes it.
   *
   * @param inputs what was read, in the order first read
   * @param classFiles the class files of the annotated elements, relative to the class output
   * @param generatedClassFiles the class files of the generated top-level types
   * @param failed whether the compile reported an error on an annotated element
   */
  public CompileInputs(List<Input> inputs, List<String> classFiles, List<String> generatedClassFiles,
      boolean failed) {
    this(inputs, classFiles, generatedClassFiles, failed, false);
  }

  /**
   * Where the record of a compile goes when no option names it: beside its class output, named
   * after it; {@code closecodes-inputs.tsv} beside {@code classes}, and
   * {@code closecodes-inputs-test-classes.tsv} beside {@code test-classes}. The processor writes it
   * there and the Maven plugin looks for it there.
   *
   * @param classOutput the compile's class output
   * @return the record's file
   */
  public static Path recordBeside(Path classOutput) {
    String name = classOutput.getFileName().toString();
    String file = name.equals("classes") ? "closecodes-inputs.tsv" : "closecodes-inputs-" + name + ".tsv";
    return classOutput.resolveSibling(file);
  }

  /**
   * The record in {@code file}; empty when there is none. A damaged line, or bytes that are no
   * UTF-8, make it {@link #damaged}, so that the next compile runs javac.
   */
  public static CompileInputs read(Path file) throws IOException {
    List<Input> inputs = new ArrayList<>();
    List<String> classFiles = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    boolean failed = false;
    if (!Files.isRegularFile(file)) {
      return new CompileInputs(inputs, classFiles, generated, false);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new CompileInputs(inputs, classFiles, generated, false, true);
    }
    boolean damaged = false;
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      try {
        switch (fields[0]) {
          case "class" -> classFiles.add(fields[1]);
          case "generated" -> generated.add(fields[1]);
          case "input" -> inputs.add(new Input(URI.create(fields[2]), fields[1]));
          case "absent" -> inputs.add(Input.absent(Path.of(URI.create(fields[1]))));
          case "failed" -> failed = true;
          default -> { } // a comment, or an entry of a later version: nothing to watch
        }
      } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
        damaged = true; // what it watched is unknown, so the output is out of date
      }
    }
    return new CompileInputs(inputs, classFiles, generated, failed, damaged);
  }

  /**
   * Whether the record in {@code file} was left by a compile that failed, or cannot be read: a
   * compile that succeeds must replace it, or every compile after it would run javac again.
   */
  public static boolean leftByAFailure(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains("\nfailed\n");
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /**
   * Writes this record to {@code file}, replacing the record there, if any.
   *
   * @throws IOException where it cannot, or where {@code file} holds something else (a page, a
   *     lock file, a POM the option names by a slip), which is left as it is
   */
  public void write(Path file) throws IOException {
    if (holdsSomethingElse(file)) {
      throw new IOException("it holds something other than a record of what a compile read, and is left as it is");
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String path : classFiles) {
      text.append("class\t").append(path).append('\n');
    }
    for (String path : generatedClassFiles) {
      text.append("generated\t").append(path).append('\n');
    }
    for (Input input : inputs) {
      if (input.isAbsence()) {
        // a line of its own kind, which a reader that knows none passes over
        text.append("absent\t").append(input.address().toASCIIString()).append('\n');
      } else {
        text.append("input\t").append(input.fingerprint()).append('\t').append(input.address().toASCIIString())
            .append('\n');
      }
    }
    if (failed) {
      text.append("failed\n");
    }
    // Written whole or not at all: a record cut short by a crash could name no class file.
    DocumentFiles.writeWhole(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether {@code file} is a file that does not open as a record does: a record, whole or
   * damaged, opens with a comment of closecodes'; an empty file holds nothing to lose. Such a file
   * is neither replaced by a record nor removed as a damaged one.
   *
   * @param file the file a record is looked for or goes to
   * @return whether a regular file is there that is something else
   * @throws IOException if it cannot be read
   */
  public static boolean holdsSomethingElse(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false; // nothing there yet, or what writing it reports on
    }
    byte[] opening = new byte[RECORD_MARK.length];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(opening, 0, opening.length);
    }
    // a record cut shorter than its mark still opens as one
    return !Arrays.equals(opening, 0, read, RECORD_MARK, 0, read);
  }

  /**
   * Why the generated code is out of date: one reason for each input whose bytes are not the
   * ones read, or that cannot be read, and one for a failed compile; empty when it is up to date.
   */
  public List<String> changes() {
    Set<String> reasons = new LinkedHashSet<>();
    if (damaged) {
      reasons.add("the record of the last compile is damaged");
    }
    if (failed) {
      reasons.add("the last compile reported an error");
    }
    for (Input input : inputs) {
      try {
        if (!input.unchanged()) {
          reasons.add(describe(input.address()) + (input.isAbsence()
              ? " is there now: the last compile found no file there and read the document as a resource,"
                  + " and a file comes first"
              : " has changed"));
        }
      } catch (IOException | IllegalArgumentException e) {
        reasons.add(describe(input.address()) + " cannot be read (" + e.getMessage() + ")");
      }
    }
    return List.copyOf(reasons);
  }

  /** A file's path, else the address as it is. */
  private static String describe(URI address) {
    return "file".equals(address.getScheme()) ? Path.of(address).toString() : address.toString();
  }

  /** The bytes at a {@code file:} or {@code jar:} address, read fresh, not from a cached jar. */
  private static byte[] bytesAt(URI address) throws IOException {
    return DocumentFiles.readFresh(address.toURL());
  }
}
