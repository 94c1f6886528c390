package dev.closecodes.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one channel every stage reports into. It keeps what was reported and knows whether an error
 * was; each front end turns what it holds into its own output, javac messages or
 * {@code FILE:LINE:} lines.
 *
 * <p>A stage that cannot go on after an error throws the {@link Abort} that {@link #fail} returns;
 * whoever owns the unit of work (a table row, a document, an annotated element) catches it there
 * and goes on with the next one. The error is already reported, so the exception carries nothing.
 */
public final class Diagnostics {

  private final List<Diagnostic> reported = new ArrayList<>();
  private int errors;

  /** Reports one diagnostic. */
  public void report(Diagnostic diagnostic) {
    reported.add(diagnostic);
    if (diagnostic.isError()) {
      errors++;
    }
  }

  /** Reports the message, its arguments filled in. */
  public void report(Message message, Where where, Object... arguments) {
    report(Diagnostic.of(message, where, arguments));
  }

  /**
   * Reports an error and returns the exception that ends the work it is about: {@code throw
   * diagnostics.fail(...)}.
   */
  public Abort fail(Message message, Where where, Object... arguments) {
    if (message.severity() != Severity.ERROR) {
      throw new IllegalArgumentException("only an error ends the work: " + message);
    }
    report(message, where, arguments);
    return new Abort();
  }

  /**
   * Ends the work when an error has been reported: the check between two stages, so that no stage
   * runs on what an earlier one could not read.
   *
   * @throws Abort when an error has been reported
   */
  public void stopIfErrors() {
    if (hasErrors()) {
      throw new Abort();
    }
  }

  /** Whether an error has been reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** Whether nothing at all has been reported. */
  public boolean isEmpty() {
    return reported.isEmpty();
  }

  /** How many errors have been reported; a stage compares it before and after a step. */
  public int errorCount() {
    return errors;
  }

  /**
   * Everything reported: what is about the request first, then each document in the order it was
   * first reported on, each by line, and in the order reported within a line.
   */
  public List<Diagnostic> all() {
    Map<String, Integer> documentOrder = new LinkedHashMap<>();
    for (Diagnostic diagnostic : reported) {
      documentOrder.putIfAbsent(documentOf(diagnostic), documentOrder.size());
    }
    List<Diagnostic> sorted = new ArrayList<>(reported);
    // A plain comparator: this runs in every compile, where each lambda costs a bootstrap.
    sorted.sort(new Comparator<Diagnostic>() {
      @Override
      public int compare(Diagnostic a, Diagnostic b) {
        int byKind = Boolean.compare(!(a.where() instanceof RequestPart), !(b.where() instanceof RequestPart));
        if (byKind != 0) {
          return byKind;
        }
        int byDocument = Integer.compare(documentOrder.get(documentOf(a)), documentOrder.get(documentOf(b)));
        return byDocument != 0 ? byDocument : Integer.compare(a.line(), b.line());
      }
    });
    return sorted;
  }

  /** What was reported about one document, by line. */
  public List<Diagnostic> about(String document) {
    return all().stream()
        .filter(d -> d.where() instanceof SourceLocation location && location.file().equals(document))
        .toList();
  }

  private static String documentOf(Diagnostic diagnostic) {
    return diagnostic.where() instanceof SourceLocation location ? location.file() : "";
  }

  /** Ends a unit of work after its error has been reported; carries nothing else. */
  public static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super("reported", null, false, false);
    }
  }
}
