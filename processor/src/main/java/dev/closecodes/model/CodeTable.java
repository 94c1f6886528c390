package dev.closecodes.model;

import dev.closecodes.diagnostics.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the generated types say, with the page and the registry joined: the single codes, the
 * page's ranges, and the three sets of codes the checks answer for.
 *
 * @param page the primary page
 * @param translations the other pages, in the order given; their text is offered by locale
 * @param registry the registry, if one was given
 * @param codes the single codes of the page and the registry, in code order
 * @param ranges the page's range rows, in page order
 * @param mayTravelInCloseFrame the codes that may travel in a close frame, as merged ranges
 * @param mayPassToBrowserClose the codes a browser script may pass to {@code WebSocket.close(code)}
 * @param reportedLocallyOnly the codes only ever reported locally, never sent
 * @param checksFrom which document decided the sets where the two disagree; {@code PAGE} when
 *     there is no registry
 */
public record CodeTable(
    Page page,
    List<Page> translations,
    Optional<Registry> registry,
    List<Code> codes,
    List<Range> ranges,
    List<CodeRange> mayTravelInCloseFrame,
    List<CodeRange> mayPassToBrowserClose,
    List<CodeRange> reportedLocallyOnly,
    ChecksFrom checksFrom) {

  public CodeTable {
    translations = List.copyOf(translations);
    codes = List.copyOf(codes);
    ranges = List.copyOf(ranges);
    mayTravelInCloseFrame = List.copyOf(mayTravelInCloseFrame);
    mayPassToBrowserClose = List.copyOf(mayPassToBrowserClose);
    reportedLocallyOnly = List.copyOf(reportedLocallyOnly);
  }

  /** Every page, the primary one first. */
  public List<Page> pages() {
    List<Page> pages = new ArrayList<>(1 + translations.size());
    pages.add(page);
    pages.addAll(translations);
    return List.copyOf(pages);
  }

  /** Where a constant's name came from. */
  public enum NameSource {
    OVERRIDE("the annotation's names()"),
    REGISTRY("the registry's name"),
    PAGE("the page's name column"),
    NUMBER("the code number; neither the registry nor the page names it");

    private final String description;

    NameSource(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** An enum constant of the generated types: a code or a range alike. */
  public interface Constant {

    /** {@return the enum constant's name} */
    String constant();

    /** {@return the primary page's description} */
    RichText description();

    /** {@return the description in each of the other pages, by their order; empty where a page has none} */
    List<String> translated();
  }

  /**
   * One single close code.
   *
   * @param code the code
   * @param constant the enum constant's name
   * @param givenName the name its source gives; {@code constant} differs from it only where
   *     another constant, or a member of the generated type, already had it
   * @param nameSource where {@code constant} came from
   * @param pageName the name as the page writes it; empty where it has none
   * @param registeredName the registry's name; empty where the registry has none
   * @param description the page's description of the code, or of the range holding it
   * @param descriptionLocation where {@code description} is, if the page describes the code
   * @param reserved whether the page marks the code (or its range) reserved
   * @param status the registry's status for the code, if the registry covers it
   * @param registryLocation the registry line for the code or the range holding it
   * @param range the constant name of the page's range holding the code, if any
   * @param translated the description in each of the other pages, by their order; empty where a
   *     page does not describe the code
   */
  public record Code(
      int code,
      String constant,
      String givenName,
      NameSource nameSource,
      String pageName,
      String registeredName,
      RichText description,
      Optional<SourceLocation> descriptionLocation,
      boolean reserved,
      Optional<CodeStatus> status,
      Optional<SourceLocation> registryLocation,
      Optional<String> range,
      List<String> translated) implements Constant {}

  /**
   * One range row of the page.
   *
   * @param range the codes
   * @param constant the enum constant's name
   * @param givenName the name its source gives; {@code constant} differs from it only where
   *     another constant, or a member of the generated type, already had it
   * @param nameSource where {@code constant} came from
   * @param description the page's description
   * @param reserved whether the page marks the range reserved
   * @param location the page row
   * @param translated the description in each of the other pages, by their order; empty where a
   *     page does not describe the range
   */
  public record Range(
      CodeRange range,
      String constant,
      String givenName,
      NameSource nameSource,
      RichText description,
      boolean reserved,
      SourceLocation location,
      List<String> translated) implements Constant {}
}
