package dev.closecodes.processor;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Diagnostics;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.CodeRange;
import dev.closecodes.model.CodeTable;
import dev.closecodes.model.RichText;
import dev.closecodes.read.Document;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The lock file a consumer commits: what was generated last, one line a constant (its kind, its
 * codes, its name and the SHA-256 of its description). Comparing a regeneration with it reports
 * added, re-described, removed and renamed constants, so a spec update never breaks code silently.
 * It records the codes each check of {@code CloseCodes} accepts too: a check that accepts others
 * changes what the consumer's code does though no constant came or went, and is said as a note.
 * And it records the WebSocket APIs' interfaces {@code CloseCode} implements, which follow the
 * class path: one no longer implemented breaks code as a removed constant does.
 *
 * <p>It also records the warnings the documents gave, each by a SHA-256 of where it is and what it
 * says, with its text for the reader: a warning recorded there is not printed again, so that a
 * build with nothing new to say prints nothing, and a warnings-as-errors build can use a page
 * whose repairs are known. A new or changed warning prints.
 *
 * <pre>
 * # closecodes lock file ...
 * code	1000	NORMAL_CLOSURE	5d41402abc4b2a76b9719d911017c592...
 * range	3000-3999	IANA_REGISTRATION	7d793037a0760186574b0282f2f435e7...
 * check	mayTravelInCloseFrame	1000-1003,1007-1014,3000-4999
 * implements	jakarta.websocket.CloseReason.CloseCode
 * warning	9f86d081884c7d659a2feaa0c55ad015...	page.md:8: repaired mojibake: ...
 * </pre>
 */
final class LockFile {

  private static final String HEADER =
      "# closecodes lock file: the constants generated last, compared with each regeneration.\n"
          + "# Commit it. The package generated into; then kind, codes, constant, SHA-256 of the description text.\n"
          + "# Checks: each check of CloseCodes and the codes it accepts (a change is a note); then CloseCode's"
          + " interfaces.\n"
          + "# Warnings: the SHA-256 of where and what, then the warning; recorded ones are not printed again.\n";

  private static final String PACKAGE = "package";
  private static final String WARNING = "warning";
  private static final String CHECK = "check";
  private static final String IMPLEMENTS = "implements";
  private static final String NONE = "none";

  /** The checks of {@code CloseCodes} the lock file records, in its order. */
  private static final List<String> CHECK_METHODS =
      List.of("mayTravelInCloseFrame", "mayPassToBrowserClose", "isReportedLocallyOnly");

  /**
   * The codes a check of {@code CloseCodes} accepts.
   *
   * @param method the check's name
   * @param codes its codes and ranges as {@code 1000-1003,3000-4999}, or {@code none}
   * @param line the line in the lock file, or 0 for one made from a table
   */
  record Check(String method, String codes, int line) {

    /** The same check at another line. */
    Check withLine(int other) {
      return new Check(method, codes, other);
    }
  }

  /**
   * What a lock file holds beside its warnings: the constants, the checks where it records them,
   * the package it was written for and the interfaces {@code CloseCode} implemented, where it
   * records those.
   */
  record Locked(List<Entry> entries, List<Check> checks, Optional<WrittenFor> writtenFor,
      Optional<Implemented> implemented) {}

  /**
   * The interfaces {@code CloseCode} implemented.
   *
   * @param interfaces their qualified names, in the order generated
   * @param line the line in the lock file
   */
  record Implemented(List<String> interfaces, int line) {}

  /**
   * The package a lock file was written for.
   *
   * @param packageName the package's name; empty for the unnamed package
   * @param line its line in the lock file
   */
  record WrittenFor(String packageName, int line) {}

  /** A package as messages name it: {@code package org.example.ws}, or {@code the unnamed package}. */
  static String shownPackage(String packageName) {
    return packageName.isEmpty() ? "the unnamed package" : "package " + packageName;
  }

  /**
   * A warning the documents gave.
   *
   * @param fingerprint the SHA-256 of where it is and what it says
   * @param text where and what, for the reader
   */
  record Warning(String fingerprint, String text) {

    /** The warning a diagnostic is. */
    static Warning of(Diagnostic diagnostic) {
      String text = warningText(diagnostic);
      return new Warning(Document.sha256(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }

  /**
   * What a build need not print as a warning again.
   *
   * @param known the warnings the lock file recorded before this build, as where and what
   * @param created whether this build wrote the lock file for the first time: its warnings are
   *     then the baseline it records, said once as notes
   */
  record Baseline(Set<String> known, boolean created) {

    /** Nothing recorded: every warning is printed. */
    static final Baseline NONE = new Baseline(Set.of(), false);
  }

  /**
   * One generated constant.
   *
   * @param kind {@code code} or {@code range}
   * @param codes the code, or the range as {@code FROM-TO}
   * @param constant the constant's name
   * @param descriptionSha256 the SHA-256 of its description's text
   * @param line the line in the lock file, or 0 for one made from a table
   */
  record Entry(String kind, String codes, String constant, String descriptionSha256, int line) {
    String key() {
      return kind + " " + codes;
    }
  }

  private LockFile() {}

  /** The entries for what a table generates, in a fixed order. */
  static List<Entry> entries(CodeTable table) {
    List<Entry> entries = new ArrayList<>();
    for (CodeTable.Code code : table.codes()) {
      entries.add(new Entry("code", Integer.toString(code.code()), code.constant(), hash(code.description()), 0));
    }
    for (CodeTable.Range range : table.ranges()) {
      entries.add(new Entry("range", range.range().from() + "-" + range.range().to(), range.constant(),
          hash(range.description()), 0));
    }
    return entries;
  }

  /** The checks a table generates, in a fixed order. */
  static List<Check> checks(CodeTable table) {
    return List.of(new Check(CHECK_METHODS.get(0), codes(table.mayTravelInCloseFrame()), 0),
        new Check(CHECK_METHODS.get(1), codes(table.mayPassToBrowserClose()), 0),
        new Check(CHECK_METHODS.get(2), codes(table.reportedLocallyOnly()), 0));
  }

  /** Ranges as a check line lists them: {@code 1000,3000-4999}, or {@code none}. */
  private static String codes(List<CodeRange> ranges) {
    StringBuilder text = new StringBuilder();
    for (CodeRange range : ranges) {
      text.append(text.length() == 0 ? "" : ",").append(range.from());
      if (!range.isSingle()) {
        text.append('-').append(range.to());
      }
    }
    return text.length() == 0 ? "none" : text.toString();
  }

  /** A check line's codes as a message shows them: {@code 1000, 3000–4999}, or {@code nothing}. */
  private static String shown(String codes) {
    return codes.equals("none") ? "nothing" : codes.replace('-', '–').replace(",", ", ");
  }

  /**
   * The lock file's text for the package generated into, its table, the interfaces {@code CloseCode}
   * implements and the warnings its documents gave.
   */
  static String format(String packageName, CodeTable table, List<String> interfaces, List<Warning> warnings) {
    StringBuilder text = new StringBuilder(HEADER);
    text.append(PACKAGE).append('\t').append(packageName).append('\n');
    for (Entry entry : entries(table)) {
      text.append(entry.kind()).append('\t').append(entry.codes()).append('\t').append(entry.constant())
          .append('\t').append(entry.descriptionSha256()).append('\n');
    }
    for (Check check : checks(table)) {
      text.append(CHECK).append('\t').append(check.method()).append('\t').append(check.codes()).append('\n');
    }
    text.append(IMPLEMENTS).append('\t').append(interfaces.isEmpty() ? NONE : String.join(",", interfaces))
        .append('\n');
    for (Warning warning : warnings) {
      text.append(WARNING).append('\t').append(warning.fingerprint()).append('\t').append(warning.text()).append('\n');
    }
    return text.toString();
  }

  /**
   * The warnings a lock file records, each as where it is and what it says: the text a new
   * warning is compared with, with no hash to compute.
   */
  static Set<String> warnings(String text) {
    Set<String> warnings = new HashSet<>();
    for (String line : text.split("\n", -1)) {
      Optional<String> warning = recordedWarning(line);
      if (warning.isPresent()) {
        warnings.add(warning.get());
      }
    }
    return warnings;
  }

  /** The text of the warning a line records; empty for a line that records none, or a damaged one. */
  private static Optional<String> recordedWarning(String line) {
    String[] fields = line.split("\t", 3);
    return fields.length == 3 && fields[0].equals(WARNING) && isSha256(fields[1])
        ? Optional.of(fields[2])
        : Optional.empty();
  }

  /** A diagnostic as the lock file records a warning: where it is and what it says. */
  static String warningText(Diagnostic diagnostic) {
    return diagnostic.where() + ": " + diagnostic.text();
  }

  /**
   * Reads a lock file; a malformed line is left out, and is an error at its line. Lines damaged
   * alike are one error at the first of them, with how many there are: a file that is no lock
   * file at all is then an error or two, not one for each of its lines.
   */
  static Locked parse(String file, String text, Diagnostics diagnostics) {
    List<Entry> entries = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    Optional<WrittenFor> writtenFor = Optional.empty();
    Optional<Implemented> implemented = Optional.empty();
    Map<String, Damage> damage = new LinkedHashMap<>(); // by what is wrong, in the order first met
    String[] lines = text.split("\n", -1);
    int firstMarker = -1;
    int lastMarker = -1;
    for (int i = 0; i < lines.length; i++) {
      if (isConflictMarker(lines[i])) {
        firstMarker = firstMarker < 0 ? i + 1 : firstMarker;
        lastMarker = i + 1;
      }
    }
    if (firstMarker > 0) {
      diagnostics.report(Message.LOCK_FILE_MERGE_CONFLICT, new SourceLocation(file, firstMarker), lastMarker);
      return new Locked(List.of(), List.of(), Optional.empty(), Optional.empty());
    }
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String problem;
      if (line.equals(PACKAGE) || line.startsWith(PACKAGE + "\t")) {
        // The unnamed package's line ends in the tab before its empty name, which strip() took.
        String[] named = line.equals(PACKAGE) ? new String[] {PACKAGE, ""} : fields;
        problem = named.length != 2 ? "expected package and its name separated by a tab"
            : writtenFor.isPresent() ? "a lock file names one package, the one it was written for"
            : "";
        if (problem.isEmpty()) {
          writtenFor = Optional.of(new WrittenFor(named[1], i + 1));
        }
      } else if (line.startsWith(WARNING + "\t")) {
        problem = recordedWarning(line).isEmpty()
            ? "a recorded warning is its 64-digit hash and its text, separated by a tab"
            : "";
      } else if (line.equals(IMPLEMENTS) || line.startsWith(IMPLEMENTS + "\t")) {
        problem = implementsProblem(fields);
        if (problem.isEmpty() && implemented.isPresent()) {
          problem = "a lock file has one implements line";
        }
        if (problem.isEmpty()) {
          implemented = Optional.of(new Implemented(
              fields[1].equals(NONE) ? List.of() : List.of(fields[1].split(",", -1)), i + 1));
        }
      } else if (line.startsWith(CHECK + "\t")) {
        problem = checkProblem(fields);
        if (problem.isEmpty()) {
          checks.add(new Check(fields[1], fields[2], i + 1));
        }
      } else {
        problem = problem(fields);
        if (problem.isEmpty() && !listed.add(fields[0] + " " + fields[1])) {
          problem = fields[0] + " " + fields[1] + " is listed again, as a merge that keeps both sides' lines"
              + " leaves it; keep one line for it";
        }
        if (problem.isEmpty()) {
          entries.add(new Entry(fields[0], fields[1], fields[2], fields[3], i + 1));
        }
      }
      if (!problem.isEmpty()) {
        damage.computeIfAbsent(problem, what -> new Damage()).add(i + 1);
      }
    }
    damage.forEach((problem, damaged) -> damaged.report(file, problem, diagnostics));
    return new Locked(entries, checks, writtenFor, implemented);
  }

  /** Whether a line is one git leaves around a merge conflict: {@code <<<<<<<}, {@code =======}, ... */
  private static boolean isConflictMarker(String line) {
    for (String marker : CONFLICT_MARKERS) {
      if (line.startsWith(marker) && (line.length() == marker.length() || line.charAt(marker.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> CONFLICT_MARKERS = List.of("<<<<<<<", "|||||||", "=======", ">>>>>>>");

  /** The lines that one kind of damage was found on. */
  private static final class Damage {
    private int first;
    private int last;
    private int count;

    void add(int line) {
      if (count++ == 0) {
        first = line;
      }
      last = line;
    }

    void report(String file, String problem, Diagnostics diagnostics) {
      SourceLocation at = new SourceLocation(file, first);
      if (count == 1) {
        diagnostics.report(Message.LOCK_FILE_BAD, at, problem);
      } else {
        diagnostics.report(Message.LOCK_FILE_BAD_LINES, at, problem, count, last);
      }
    }
  }

  /** What is wrong with a check line's fields, or nothing. */
  private static String checkProblem(String[] fields) {
    if (fields.length != 3) {
      return "expected check, its name and its codes separated by tabs; found " + fields.length + " field(s)";
    }
    if (!CHECK_METHODS.contains(fields[1])) {
      return "'" + fields[1] + "' is not one of the checks " + CHECK_METHODS.get(0) + ", " + CHECK_METHODS.get(1)
          + " and " + CHECK_METHODS.get(2);
    }
    if (!fields[2].equals("none") && !isCodeList(fields[2])) {
      return "'" + fields[2] + "' is not a list of codes and ranges such as 1000-1003,3000-4999, or none";
    }
    return "";
  }

  /** What is wrong with an implements line's fields, or nothing. */
  private static String implementsProblem(String[] fields) {
    if (fields.length != 2) {
      return "expected implements and the interfaces separated by a tab; found " + fields.length + " field(s)";
    }
    if (!fields[1].equals(NONE)) {
      for (String name : fields[1].split(",", -1)) {
        if (!SourceVersion.isName(name)) {
          return "'" + name + "' is not an interface's qualified name";
        }
      }
    }
    return "";
  }

  /** What is wrong with a line's fields, or nothing: a line cut off or edited by hand is no entry. */
  private static String problem(String[] fields) {
    if (fields.length != 4) {
      return "expected kind, codes, constant and hash separated by tabs; found " + fields.length + " field(s)";
    }
    boolean code = fields[0].equals("code");
    if (!code && !fields[0].equals("range")) {
      return "the kind '" + fields[0] + "' is neither code nor range";
    }
    if (!(code ? SINGLE_CODE : RANGE).matcher(fields[1]).matches()) {
      return "'" + fields[1] + "' is not " + (code ? "a code" : "a range such as 3000-3999");
    }
    if (!SourceVersion.isIdentifier(fields[2]) || SourceVersion.isKeyword(fields[2])) {
      return "'" + fields[2] + "' is not a constant's name";
    }
    if (!isSha256(fields[3])) {
      return "the hash has " + fields[3].length() + " character(s), not 64 lower-case hex digits: the line is cut off"
          + " or was edited";
    }
    return "";
  }

  private static final Pattern SINGLE_CODE = Pattern.compile("[0-9]{1,5}");
  private static final Pattern RANGE = Pattern.compile("[0-9]{1,5}-[0-9]{1,5}");

  /**
   * Whether the text is codes and ranges separated by commas: a part at a time, since one pattern
   * repeated over a long line would overflow the stack.
   */
  private static boolean isCodeList(String text) {
    for (String part : text.split(",", -1)) {
      if (!SINGLE_CODE.matcher(part).matches() && !RANGE.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is a SHA-256 in lower-case hex: checked by hand, as a compile with nothing new does it. */
  private static boolean isSha256(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares the lock file with what is generated now, and reports each difference.
   *
   * @param interfaces the interfaces {@code CloseCode} implements now
   * @param allowRemovals whether a removed or renamed constant, or an interface no longer
   *     implemented, is only a note
   * @param at where to report a new or re-described constant the page has no row for
   */
  static void compare(String file, Locked lockFile, CodeTable table, List<String> interfaces, boolean allowRemovals,
      SourceLocation at, Diagnostics diagnostics) {
    List<Entry> locked = lockFile.entries();
    Map<String, Entry> now = new LinkedHashMap<>();
    for (Entry entry : entries(table)) {
      now.put(entry.key(), entry);
    }
    Map<String, Entry> before = new LinkedHashMap<>();
    for (Entry entry : locked) {
      before.put(entry.key(), entry);
    }
    Map<String, SourceLocation> rows = pageRows(table);
    for (Entry old : locked) {
      Entry current = now.get(old.key());
      SourceLocation lockLine = new SourceLocation(file, old.line());
      if (current == null) {
        guard(Message.LOCK_CONSTANT_REMOVED, lockLine, allowRemovals, diagnostics,
            old.kind(), old.constant() + " (" + old.codes() + ")", file, old.line());
      } else if (!current.constant().equals(old.constant())) {
        guard(Message.LOCK_CONSTANT_RENAMED, lockLine, allowRemovals, diagnostics,
            old.kind() + " " + old.codes(), current.constant(), old.constant(), file, old.line());
      } else if (!current.descriptionSha256().equals(old.descriptionSha256())) {
        diagnostics.report(Message.LOCK_DESCRIPTION_CHANGED, rows.getOrDefault(old.key(), at),
            old.kind(), old.codes(), file);
      }
    }
    for (Entry current : now.values()) {
      if (!before.containsKey(current.key())) {
        diagnostics.report(Message.LOCK_CODE_ADDED, rows.getOrDefault(current.key(), at),
            current.kind(), current.codes() + " " + current.constant(), file);
      }
    }
    // A lock file written before the checks were recorded has none to compare.
    List<Check> currentChecks = checks(table);
    for (Check old : lockFile.checks()) {
      for (Check current : currentChecks) {
        if (current.method().equals(old.method()) && !current.codes().equals(old.codes())) {
          diagnostics.report(Message.LOCK_CHECK_CHANGED, new SourceLocation(file, old.line()), current.method(),
              shown(current.codes()), shown(old.codes()));
        }
      }
    }
    // Likewise the interfaces, for one written before they were.
    if (lockFile.implemented().isPresent()) {
      Implemented implemented = lockFile.implemented().get();
      SourceLocation line = new SourceLocation(file, implemented.line());
      for (String old : implemented.interfaces()) {
        if (!interfaces.contains(old)) {
          diagnostics.report(allowRemovals ? Message.LOCK_INTERFACE_REMOVAL_ALLOWED : Message.LOCK_INTERFACE_REMOVED,
              line, old, file, implemented.line());
        }
      }
      for (String current : interfaces) {
        if (!implemented.interfaces().contains(current)) {
          diagnostics.report(Message.LOCK_INTERFACE_ADDED, line, current);
        }
      }
    }
  }

  /** The page row that describes each constant, by entry key, where the page has one. */
  private static Map<String, SourceLocation> pageRows(CodeTable table) {
    Map<String, SourceLocation> rows = new LinkedHashMap<>();
    for (CodeTable.Code code : table.codes()) {
      if (code.descriptionLocation().isPresent()) {
        rows.put("code " + code.code(), code.descriptionLocation().get());
      }
    }
    for (CodeTable.Range range : table.ranges()) {
      rows.put("range " + range.range().from() + "-" + range.range().to(), range.location());
    }
    return rows;
  }

  /** Reports an error that breaks user code, or, when allowed, only a note of it. */
  private static void guard(
      Message message, SourceLocation at, boolean allowed, Diagnostics diagnostics, Object... arguments) {
    if (!allowed) {
      diagnostics.report(message, at, arguments);
    } else if (message == Message.LOCK_CONSTANT_REMOVED) {
      diagnostics.report(Message.LOCK_CONSTANT_REMOVAL_ALLOWED, at, arguments);
    } else {
      diagnostics.report(Message.LOCK_CONSTANT_RENAME_ALLOWED, at, arguments);
    }
  }

  private static String hash(RichText description) {
    return Document.sha256(description.textWithLines().getBytes(StandardCharsets.UTF_8));
  }
}
