package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.model.CodeStatus;
import dev.closecodes.model.RegistryEntry;
import dev.closecodes.testing.Reading.RegistryRead;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.SpecSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RegistryReaderTest {

  private static RegistryRead read(String text) {
    return Reading.registry("registry.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> errors(RegistryRead registry) {
    return registry.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(d -> d.line() + " " + d.message())
        .toList();
  }

  @Test
  void theBundledRegistryReadsCleanlyAndHoldsTheRegisteredFacts() throws Exception {
    RegistryRead registry = Reading.registry("registry.csv", Files.readAllBytes(SpecSource.REGISTRY));
    assertEquals(List.of(), registry.diagnostics());
    assertEquals("Normal Closure", nameOf(registry, 1000));
    assertEquals("Bad Gateway", nameOf(registry, 1014));
    assertEquals("TLS handshake", nameOf(registry, 1015));
    assertEquals("Timeout", nameOf(registry, 3008));
    // The wire set follows from the statuses: 1000–1003, 1007–1014 and 3000–4999.
    List<Integer> wire =
        IntStream.rangeClosed(0, 5000).filter(code -> mayTravel(registry, code)).boxed().toList();
    List<Integer> expected =
        IntStream.rangeClosed(0, 5000)
            .filter(c -> (c >= 1000 && c <= 1003) || (c >= 1007 && c <= 1014) || (c >= 3000 && c <= 4999))
            .boxed()
            .toList();
    assertEquals(expected, wire);
  }

  private static String nameOf(RegistryRead registry, int code) {
    return registry.entries().stream()
        .filter(entry -> entry.range().isSingle() && entry.range().from() == code)
        .map(RegistryEntry::name)
        .findFirst()
        .orElseThrow();
  }

  /** The innermost entry holding the code decides. */
  private static boolean mayTravel(RegistryRead registry, int code) {
    return registry.entries().stream()
        .filter(entry -> entry.range().contains(code))
        .min((a, b) -> Integer.compare(a.range().to() - a.range().from(), b.range().to() - b.range().from()))
        .map(entry -> entry.status().mayTravelInCloseFrame())
        .orElse(false);
  }

  /** A registry's characters a decoder lost before it was read are warned of as a page's are. */
  @Test
  void charactersADecoderLostAreAWarningAtTheirLine() {
    RegistryRead registry = read("""
        from,to,name,status,reference
        1000,1000,Normal Closure,wire,RFC 6455
        1001,1001,Going Away \uFFFD,wire,RFC 6455
        """);
    assertEquals("Going Away \uFFFD", registry.entries().get(1).name());
    assertEquals(List.of("registry.csv:3: warning: 1 character(s) of this document are U+FFFD REPLACEMENT CHARACTER,"
        + " which a decoder puts where it cannot read a file's bytes: what stood there was lost before closecodes"
        + " read it ('\uFFFD'); each is read as U+FFFD, and so generated in a name or a description, but where another"
        + " warning says how it is read; read the document again from its source; from this line to line 3"),
        registry.diagnostics().stream().map(Object::toString).toList());
  }

  @Test
  void commentsQuotesAndBlankLines() {
    RegistryRead registry =
        read(
            """
            # a comment
            from,to,name,status,reference

            1000,1000,"Normal, Closure",wire,"RFC ""6455""\"
            """);
    assertEquals(List.of(), registry.diagnostics());
    RegistryEntry entry = registry.entries().get(0);
    assertEquals("Normal, Closure", entry.name());
    assertEquals("RFC \"6455\"", entry.reference());
    assertEquals(CodeStatus.WIRE, entry.status());
    assertEquals(4, entry.location().line());
  }

  @Test
  void errorsArePinnedToTheirLines() {
    RegistryRead registry =
        read(
            """
            from,to,name,status,reference
            1000,1000,Normal Closure,wire,x
            10O1,10O1,Going Away,wire,x
            1002,1002,Protocol error,sent,x
            1003,1003,,wire,x
            1004,1004,Reserved,reserved
            2000,1000,Backwards,reserved,x
            1000,1000,Again,wire,x
            1016,70000,Too far,reserved,x
            "1017,1017,Open quote,reserved,x
            """);
    assertEquals(
        List.of(
            "3 NOT_A_CODE",
            "4 REGISTRY_BAD_STATUS",
            "5 REGISTRY_EMPTY_NAME",
            "6 REGISTRY_BAD_FIELD_COUNT",
            "7 RANGE_BACKWARDS",
            "8 DUPLICATE_CODE",
            "9 CODE_OUT_OF_BOUNDS",
            "10 REGISTRY_BAD_QUOTING"),
        errors(registry));
  }

  @Test
  void aWrongHeaderOrNoEntries() {
    assertEquals(List.of("1 REGISTRY_BAD_HEADER"), errors(read("code,name\n1000,Normal\n")));
    assertEquals(List.of("1 REGISTRY_NO_ENTRIES"), errors(read("from,to,name,status,reference\n")));
    assertFalse(errors(read("")).isEmpty());
  }

  @Test
  void ianasXmlAsPublishedGivesItsRecordsWithTheRfcsStatuses() throws Exception {
    RegistryRead registry = Reading.registry("websocket.xml",
        Files.readAllBytes(java.nio.file.Path.of("src/test/resources/fixtures/meaning/registry-excerpt.xml")));
    assertEquals(List.of(), registry.diagnostics());
    assertEquals(List.of("1000 WIRE", "1004 RESERVED", "1005 LOCAL", "1014 WIRE", "1016\u20132999 RESERVED",
            "3000 IANA", "3001\u20133999 IANA", "4000\u20134999 PRIVATE"),
        registry.entries().stream().map(entry -> entry.range() + " " + entry.status()).toList());
    RegistryEntry gateway = registry.entries().get(3);
    assertEquals("The server stood between the client and another server, and that other server answered with"
        + " something it could not use.", gateway.name());
    assertEquals("https://example.com/1014", gateway.reference());
    assertEquals("RFC 6455", registry.entries().get(0).reference());
    assertEquals(14, registry.entries().get(0).location().line());
  }

  @Test
  void ianasOwnRegistryFileReads() throws Exception {
    java.util.Optional<java.nio.file.Path> iana = dev.closecodes.testing.Corpus.mdnFolder()
        .map(mdn -> mdn.resolveSibling("iana").resolve("websocket-2026-06-11.xml"));
    org.junit.jupiter.api.Assumptions.assumeTrue(iana.isPresent() && Files.isRegularFile(iana.get()),
        "the corpus is not on this machine");
    RegistryRead registry = Reading.registry("websocket.xml", Files.readAllBytes(iana.get()));
    assertEquals(List.of(), registry.diagnostics());
    List<Integer> wire = IntStream.rangeClosed(0, 5000).filter(code -> mayTravel(registry, code)).boxed().toList();
    List<Integer> expected = IntStream.rangeClosed(0, 5000)
        .filter(c -> (c >= 1000 && c <= 1003) || (c >= 1007 && c <= 1014) || (c >= 3000 && c <= 4999))
        .boxed()
        .toList();
    assertEquals(expected, wire);
    assertEquals("Timeout", nameOf(registry, 3008));
  }

  /**
   * An entity XML does not define itself ({@code &xxe;}, declared in a document type definition,
   * or HTML's {@code &eacute;}) would stand in a name as written, and make a constant of it
   * ({@code NORMAL_XXE}); closecodes expands none, so each is an error at its first line.
   */
  @Test
  void anEntityXmlDoesNotDefineIsAnErrorNotTextAsWritten() {
    RegistryRead registry = Reading.registry("websocket.xml", """
        <?xml version='1.0' encoding='UTF-8'?>
        <!DOCTYPE registry [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
        <registry xmlns="http://www.iana.org/assignments" id="websocket">
          <registry id="close-code-number">
            <record><value>1000</value><description>Normal &xxe;</description></record>
            <record><value>1001</value><description>Going &amp; &#x61;way &lt;&gt;&quot;&apos;&#233;</description></record>
            <record><value>1002</value><description>Protocol &eacute;rror &xxe;</description></record>
          </registry>
        </registry>
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("5 REGISTRY_ENTITY_UNDEFINED", "7 REGISTRY_ENTITY_UNDEFINED"), errors(registry));
    List<Diagnostic> errors = registry.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals("'&xxe;' is no entity XML defines (2 use(s), from this line to line 7); closecodes reads no document"
        + " type definition, and would keep it as written: write the character itself, or a reference such as"
        + " &#233;", errors.get(0).text());
    assertTrue(errors.get(1).text().startsWith("'&eacute;' is no entity XML defines (1 use(s)"), errors.get(1).text());
  }

  /**
   * A character reference to a character XML does not allow (NUL, a control character but tab and
   * the line ends, half of a surrogate pair, U+FFFE, U+FFFF, or past U+10FFFF) makes the file no
   * XML: an error at its line. It had been read as HTML reads it, NUL dropped and a surrogate half
   * kept, to stand alone in a string of the generated code.
   */
  @Test
  void aReferenceToACharacterXmlDoesNotAllowIsAnError() {
    RegistryRead registry = Reading.registry("websocket.xml", """
        <?xml version='1.0' encoding='UTF-8'?>
        <registry xmlns="http://www.iana.org/assignments" id="websocket">
          <registry id="close-code-number">
            <record><value>1000</value><description>Normal &#xD800;</description></record>
            <record><value>1001</value><description>Going &#0;away &#x1; &#X1;</description></record>
            <record><value>1002</value><description>Protocol &#xFFFE; &#1114112; &#xD800;</description></record>
            <record><value>1003</value><description>Unsupported &#x9;Data&#10;&#x20;&#xFFFD;</description></record>
            <!-- &#0; --><note><![CDATA[&#x1;]]></note>
          </registry>
        </registry>
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("4 REGISTRY_CHARACTER_NOT_XML", "5 REGISTRY_CHARACTER_NOT_XML",
        "5 REGISTRY_CHARACTER_NOT_XML", "5 REGISTRY_CHARACTER_NOT_XML", "6 REGISTRY_CHARACTER_NOT_XML",
        "6 REGISTRY_CHARACTER_NOT_XML"), errors(registry));
    List<Diagnostic> errors = registry.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals("'&#xD800;' refers to U+D800, which XML does not allow in a document (2 use(s), from this"
        + " line to line 6): this file is no XML; write the character meant, or leave the reference out",
        errors.get(0).text());
    assertTrue(errors.get(1).text().startsWith("'&#0;' refers to U+0000 NULL, which XML does not allow"),
        errors.get(1).text());
  }

  /**
   * A reference to a C1 control character ({@code &#x85;}) is that character in XML, where HTML,
   * and so the markup parser, reads it as the character Windows-1252 puts at that byte ({@code …});
   * one to an invisible character is warned of, as on a page.
   */
  @Test
  void referencesAreTheCharactersXmlNamesAndInvisibleOnesAreWarnedOf() {
    RegistryRead registry = Reading.registry("websocket.xml", """
        <?xml version='1.0' encoding='UTF-8'?>
        <registry xmlns="http://www.iana.org/assignments" id="websocket">
          <registry id="close-code-number">
            <record><value>1000</value><description>Normal&#x85;Closure &#128;</description></record>
            <record><value>1001</value><description>Going &#x202E;Away</description></record>
            <record><value>1002</value><description>Protocol&#x200B; error</description></record>
          </registry>
        </registry>
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("websocket.xml:4: warning: this line writes U+0085 NEXT LINE (NEL) as a character reference"
        + " ('&#x85;'), an invisible character that can make text read otherwise than it shows (in another order,"
        + " or with words no one sees); it is kept, and generated code shows it escaped; 3 line(s) write such"
        + " characters, from this line to line 6"),
        registry.diagnostics().stream().map(Object::toString).toList());
    assertEquals(List.of("Normal\u0085Closure \u0080", "Going \u202EAway", "Protocol\u200B error"),
        registry.entries().stream().map(RegistryEntry::name).toList());
  }

  /** In a comment or a CDATA section an ampersand is text, not a reference. */
  @Test
  void anAmpersandInACommentOrCdataIsNoEntity() {
    RegistryRead registry = Reading.registry("websocket.xml", """
        <?xml version='1.0' encoding='UTF-8'?>
        <registry xmlns="http://www.iana.org/assignments" id="websocket">
          <!-- see RFC 6455 &sect; 7.4 -->
          <registry id="close-code-number">
            <note><![CDATA[codes &c; and more]]></note>
            <record><value>1000</value><description>Normal Closure</description></record>
          </registry>
        </registry>
        """.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), errors(registry));
  }

  @Test
  void xmlThatHoldsNoCloseCodeRegistryIsAnError() {
    assertEquals(List.of("1 REGISTRY_NOT_A_REGISTRY"),
        errors(read("<?xml version='1.0'?>\n<registry id=\"opcode\"><record><value>1</value></record></registry>\n")));
  }

  @Test
  void aQuotedFieldMayGoOnOverSeveralLines() {
    RegistryRead registry = read("""
        from,to,name,status,reference
        1000,1000,Normal Closure,wire,RFC 6455
        1014,1014,"The server was a gateway,
          and what it got upstream
          was no good.",wire,IANA
        1015,1015,TLS handshake,local,RFC 6455
        """);
    assertEquals(List.of(), registry.diagnostics());
    assertEquals("The server was a gateway, and what it got upstream was no good.", nameOf(registry, 1014));
    assertEquals(3, registry.entries().get(1).location().line());
    assertEquals(6, registry.entries().get(2).location().line());
  }

  @Test
  void aQuoteLeftOpenIsAnErrorAtItsRecord() {
    assertEquals(List.of("3 REGISTRY_BAD_QUOTING"),
        errors(read("from,to,name,status,reference\n1000,1000,Normal,wire,x\n1001,1001,\"Going,wire,x\n")));
  }
}
