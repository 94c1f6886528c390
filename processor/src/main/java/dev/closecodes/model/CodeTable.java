package dev.closecodes.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the generated types say, with the page and the registry joined: the single codes, the
 * page's ranges, and the three sets of codes the checks answer for.
 *
 * @param page the primary spec document
 * @param translations the other pages, in the order given; their text is offered by locale
 * @param registry the registry, if one was given
 * @param codes the single codes of the page and the registry, in code order
 * @param ranges the page's range rows, in page order
 * @param wire the codes that may travel in a close frame, as merged ranges
 * @param scriptClose the codes a browser script may pass to {@code WebSocket.close(code)}
 * @param localOnly the codes only ever reported locally, never sent
 * @param checksFrom which source decided the sets where the two disagree
 */
public record CodeTable(
    SpecDocument page,
    List<SpecDocument> translations,
    Optional<Registry> registry,
    List<Code> codes,
    List<Range> ranges,
    List<CodeRange> wire,
    List<CodeRange> scriptClose,
    List<CodeRange> localOnly,
    String checksFrom) {

  public CodeTable {
    translations = List.copyOf(translations);
    codes = List.copyOf(codes);
    ranges = List.copyOf(ranges);
    wire = List.copyOf(wire);
    scriptClose = List.copyOf(scriptClose);
    localOnly = List.copyOf(localOnly);
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

  /**
   * One single close code.
   *
   * @param code the code
   * @param constant the enum constant's name
   * @param givenName the name its source gives; {@code constant} differs from it only where
   *     another constant, or a member of the generated type, already had it
   * @param nameSource where {@code constant} came from
   * @param pageName the name as the page writes it; empty where it has none
   * @param registryName the registered name; empty where the registry has none
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
      String registryName,
      RichText description,
      Optional<SourceLocation> descriptionLocation,
      boolean reserved,
      Optional<CodeStatus> status,
      Optional<SourceLocation> registryLocation,
      Optional<String> range,
      List<String> translated) {}

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
      List<String> translated) {}
}
