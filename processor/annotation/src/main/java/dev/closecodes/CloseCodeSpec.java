package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates close-code types into the annotated package (on {@code package-info.java}) or into
 * the annotated type's package: {@code CloseCode}, {@code CloseCodeRange}, {@code CloseCodes},
 * {@code CloseEvent} and {@code CloseFrames}.
 *
 * <p>Each document is found as a file (an absolute path, or one relative to the project's folder:
 * the processor option {@code closecodes.basedir}, else the nearest folder above the class output
 * that holds a {@code pom.xml} or a Gradle build file; else to the compiler's working directory),
 * else as a resource on the
 * annotation processor path (for example the spec-source jar's
 * {@code mdn/fr/web/api/closeevent/index.md}), else as one on the class path. Names separate
 * their folders with {@code /} on every platform; one with a backslash is an error, as only
 * Windows would read it so.
 *
 * <p>The documents are not Java sources, so a compiler does not see an edit of one. With Maven,
 * the {@code track-pages} goal of {@code closecodes-maven-plugin} makes the next build compile
 * again, from what the processor records beside the class output
 * ({@code target/closecodes-inputs.tsv}, or the file its option {@code closecodes.inputs} names).
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface CloseCodeSpec {

  /**
   * The MDN {@code CloseEvent} page(s) to read; the first is the primary one.
   *
   * @return the pages' names
   */
  String[] pages();

  /**
   * The pages' locales as language tags ({@code fr}, {@code en-US}), one for each of
   * {@link #pages()} in order; empty to tell each page's locale from its path (an MDN folder such
   * as {@code mdn/fr/...}), else from the language its links point into ({@code /fr/docs/...}). A
   * page whose locale cannot be told is offered as {@code und}, with a warning.
   *
   * @return the pages' language tags, or none
   */
  String[] locales() default {};

  /**
   * The registry file ({@code from,to,name,status,reference}); empty for none.
   *
   * @return the registry's name, or an empty string
   */
  String registry() default "";

  /**
   * Which document decides the checks where the page and the registry disagree (the page marking a
   * registered code reserved, say). Every disagreement is reported as a warning either way.
   *
   * @return the document that decides
   */
  ChecksFrom checksFrom() default ChecksFrom.REGISTRY;

  /**
   * Constant names to use instead of the derived ones. They rename the constants of the codes the
   * documents list one by one, and add none: a code listed only within a range (an application's
   * own 4001, within 4000&ndash;4999) has no constant, and naming it is a warning.
   *
   * @return the names, one a code
   */
  Name[] names() default {};

  /**
   * A lock file of what was generated last, to commit beside the sources (a path like
   * {@code closecodes.lock}, resolved against the project's folder); empty for
   * none. Each regeneration is compared with it: added and re-described constants are notes, a
   * removed or renamed constant is an error unless {@link #allowRemovals()}. The file is written
   * when it is missing and rewritten after a regeneration without errors.
   *
   * @return the lock file's path, or an empty string
   */
  String lockFile() default "";

  /**
   * Whether a removed or renamed constant is accepted (reported as a note) rather than an error.
   *
   * @return whether removals are accepted
   */
  boolean allowRemovals() default false;

  /**
   * The WebSocket APIs whose {@code CloseReason.CloseCode} the generated {@code CloseCode}
   * implements, so that a constant goes straight into the API's {@code CloseReason}: each of them
   * that the compile offers (on the class path; in a named module, required transitively and not
   * {@code static}). Both by default. Give {@code {}} where the API may be missing at run time,
   * as a library's {@code provided} or optional dependency may: a class cannot load without an
   * interface it implements.
   *
   * @return the APIs whose close code interface {@code CloseCode} implements where it can
   */
  WebSocketApi[] closeCodeApis() default {WebSocketApi.JAKARTA, WebSocketApi.JAVAX};

  /** The document that decides the checks. */
  enum ChecksFrom {
    /** The registry's statuses decide which codes may be sent. */
    REGISTRY,
    /** The page decides: a code it marks reserved may not be sent. */
    PAGE
  }

  /** A WebSocket API whose {@code CloseReason.CloseCode} the generated {@code CloseCode} may implement. */
  enum WebSocketApi {
    /** Jakarta WebSocket: {@code jakarta.websocket.CloseReason.CloseCode}. */
    JAKARTA,
    /** The API's name before Jakarta EE 9, JSR 356: {@code javax.websocket.CloseReason.CloseCode}. */
    JAVAX
  }

  /** A constant name for one code, which wins over the registry's and the page's names. */
  @Documented
  @Retention(RetentionPolicy.SOURCE)
  @Target({})
  @interface Name {
    /**
     * The close code.
     *
     * @return the code
     */
    int code();

    /**
     * The constant's name: a Java identifier in upper case, such as {@code BYE}, that no other code
     * is given and that is not {@code MASK}, {@code BY_CODE} or {@code LOCALES}, members of the
     * generated enums. Lower-case letters are an error: the enums' other members and the types
     * they use have them, and a constant of the same name would hide one of them. So are
     * characters Java leaves out of names (a zero-width space, a soft hyphen, a bidi control),
     * and accented letters spelled with a combining accent rather than composed as a keyboard
     * types them.
     *
     * @return the name
     */
    String constant();
  }

  /**
   * Marks each type closecodes generates, in its class file, where tools that read class files see
   * it: JaCoCo leaves a class that carries a class-retained annotation whose name holds
   * {@code Generated} out of its coverage reports, so that a project's figures are of its own code.
   * {@code @javax.annotation.processing.Generated} says the same in the source only. Nothing needs
   * it at run time.
   */
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface Generated {}
}
