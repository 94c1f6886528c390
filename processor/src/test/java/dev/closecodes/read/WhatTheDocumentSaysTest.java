package dev.closecodes.read;

import static dev.closecodes.testing.Reading.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.diagnostics.Diagnostic;
import dev.closecodes.diagnostics.Message;
import dev.closecodes.model.Inline;
import dev.closecodes.model.PageRow;
import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Reading;
import dev.closecodes.testing.Reading.PageRead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader reads what a document says, not how it is marked up: which rows are reserved, which
 * column holds what, and the whole of a table, never a silent part of one.
 */
class WhatTheDocumentSaysTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/meaning");

  private static PageRead read(String text) {
    return Reading.page("page.md", text);
  }

  private static List<String> ranges(PageRead document) {
    return document.rows().stream().map(row -> row.range().toString()).toList();
  }

  private static List<String> descriptions(PageRead document) {
    return document.rows().stream().map(row -> row.description().plainText()).toList();
  }

  private static List<String> reserved(PageRead document) {
    return document.rows().stream().filter(PageRow::reserved).map(row -> row.range().toString()).toList();
  }

  private static List<String> warnings(PageRead document) {
    return lines(document.diagnostics().stream().filter(d -> !d.isError()).toList());
  }

  @Nested
  class Reserved {

    /**
     * Struck-through words are taken back ({@code ~~Reserved.~~}, {@code <del>}, {@code <s>}): a row
     * whose "Reserved" is struck out, as an editor marks a code registered since, is not reserved,
     * with a warning at the row that says how it was read. Where words not struck say reserved, it is.
     */
    @Test
    void aStruckOutReservedIsTakenBack() {
      PageRead document = read("""
          | Status code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          | 1004 | | **Reserved.** A meaning might be defined. |
          | 1012 | Service Restart | ~~**Reserved.**~~ The server is restarting. |
          | 1013 | Try Again Later | <del>Reserved.</del> Try again later. |
          | 1014 | Bad Gateway | <s>**Reserved**</s> A gateway got a bad answer. |
          | 1015 | | **Reserved** ~~for TLS~~. Never sent. |
          """);
      assertEquals(List.of("1004", "1015"), reserved(document));
      assertEquals(List.of("5 warning RESERVED_WORD_STRUCK", "6 warning RESERVED_WORD_STRUCK",
          "7 warning RESERVED_WORD_STRUCK"), warnings(document));
      assertEquals("this row's words that say reserved are struck through, which takes them back: the row is read"
          + " as not reserved", document.diagnostics().get(0).text());
      // the description keeps what was struck, shown so
      assertEquals("~~Reserved.~~ The server is restarting.", document.rows().get(2).description().plainText());
    }

    @Test
    void aPageThatSaysReservedInPlainWordsMarksItsReservedRows() {
      PageRead document = Reading.page(FIXTURES.resolve("en-us-2016.html"));
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("0–999", "1004", "1005", "1006", "1012–1014", "1015", "1016–1999", "2000–2999"),
          reserved(document));
      // the page marks nothing in bold, so words and markup do not disagree
      assertEquals(List.of(), warnings(document));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Reserved. Not used.
        Reserved and not used.
        Reserviert.
        Reservado y no utilizado.
        Réservé.
        Reservé et inutilisé.
        Riservati e non usati.
        Riservato.
        予約済み。
        将来の WebSocket 標準での使用のために予約されています。
        保留。
        由 WebSocket 标准保留以便未来使用。
        尚未使用的保留值。
        予約済みで使用されていません。
        保留，未使用。
        保留段，未使用。
        예약됨.
        예약되어 있으며 사용되지 않습니다.
        Được dành riêng.
        Dành riêng cho tương lai.
        Zarezerwowany.
        Gereserveerd.
        Зарезервовано.
        Зарезервировано.
        Dicadangkan.
        Reserverad.
        Rezerve edilmiştir.
        Rezervováno.
        """)
    void eachLocalesWordForReservedMarksTheRow(String description) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 1004 | | " + description + " |\n");
      assertEquals(List.of("1004"), reserved(document), description);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        The connection did its job.
        Received when the server goes away.
        Réseau indisponible.
        Available for use by applications; reserved codes are elsewhere.
        仕様で定義されています。
        Reservation systems send it when a booking fails.
        Reservierungen werden storniert.
        Reservations are not made here.
        予約されていません。
        予約されていない値です。
        この値は予約済みではありません。
        未予約の値。
        予約なし。
        不保留。
        未被保留的值。
        此值并非保留值。
        不是保留值。
        沒有保留。
        예약되지 않은 값입니다.
        예약 안 됨.
        Dành cho các ứng dụng.
        Không dành riêng.
        """)
    void otherWordsDoNot(String description) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | " + description
          + " |\n");
      assertEquals(List.of(), reserved(document), description);
    }

    /**
     * A row named for being reserved ("Reserved", as MDN names 1004) is reserved, whatever its
     * description goes on to say; a name that only opens the same way ("Reservation failed") is not.
     */
    @Test
    void aRowNamedReservedIsReserved() {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 1004 | Reserved | Its meaning may be given later. |\n| 1005 | Reserviert | Kein Statuscode. |\n"
          + "| 1006 | 予約 | 接続が異常終了した。 |\n| 1007 | Reservation failed | The booking failed. |\n");
      assertEquals(List.of("1004", "1005", "1006"), reserved(document));
      assertEquals(List.of(), warnings(document));
    }

    /**
     * Words that say a row's codes are not in use, or are left for later revisions to define, say
     * what the word for reserved says: MDN's pages write "Not used." for 0–999 and "For definition
     * by future revisions ..." for 1016–2999 since 2023, where they wrote "Reserved ..." before.
     * Such a row is reserved, and it is no disagreement that the bold the table marks its
     * "Reserved." rows with is not on it: the bold is the word's, not the meaning's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Not used.
        Unused.
        Unassigned.
        Nicht verwendet.
        Nicht genutzt.
        Non utilisé.
        Inutilisé.
        No utilizado.
        Não utilizado.
        Non usato.
        Không dùng.
        Не используется.
        未使用。
        사용되지 않음.
        미사용.
        사용되지 않습니다.
        사용하지 않음.
        사용 안 함.
        使用されていません。
        使用されません。
        未使用です。
        未被使用。
        没有使用。
        尚未使用。
        For definition by future revisions of the WebSocket Protocol specification, and for definition by extension specifications.
        Zur Definition durch zukünftige Revisionen der WebSocket-Protokollspezifikation und durch Erweiterungsspezifikationen.
        Für die Definition durch zukünftige Revisionen der WebSocket-Protokollspezifikation.
        Pour une définition par de futures révisions de la spécification du protocole WebSocket.
        Para definición por futuras revisiones de la especificación del protocolo WebSocket.
        Para definição por futuras revisões da especificação do protocolo WebSocket.
        Per la definizione da parte di future revisioni della specifica del protocollo WebSocket.
        WebSocket プロトコル仕様の今後の改訂による定義、および拡張仕様による定義用。
        供 WebSocket 协议规范的未来修订版定义使用。
        Dành cho việc định nghĩa bởi các bản sửa đổi trong tương lai của đặc tả giao thức WebSocket.
        Для определения в будущих редакциях спецификации протокола WebSocket.
        Не використовується.
        Nie używany.
        Niet gebruikt.
        Nepoužívá se.
        Nepoužito.
        Kullanılmıyor.
        Används inte.
        Oanvänd.
        Tidak digunakan.
        Non utilisés.
        Inutilisés.
        Non attribués.
        No utilizados.
        No usados.
        No asignados.
        Não utilizados.
        Não usados.
        Não atribuídos.
        Non usati.
        Non utilizzati.
        Inutilizzati.
        Non assegnati.
        Не використовуються.
        Не призначені.
        Nieużywane.
        Nie używane.
        Nieprzypisane.
        Nepoužívají se.
        Nepoužité.
        Oanvända.
        Для визначення в майбутніх редакціях специфікації протоколу WebSocket.
        Do zdefiniowania w przyszłych wersjach specyfikacji protokołu WebSocket.
        Voor definitie door toekomstige revisies van de specificatie van het WebSocket-protocol.
        Pro definici budoucími revizemi specifikace protokolu WebSocket.
        WebSocket protokol belirtiminin gelecekteki revizyonlarıyla tanımlanmak üzere.
        För definition i framtida revisioner av specifikationen för WebSocket-protokollet.
        Untuk definisi oleh revisi mendatang dari spesifikasi protokol WebSocket.
        """)
    void wordsThatSayTheCodesAreNotInUseMarkTheRow(String description) {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>1004</td><td></td><td><strong>Reserved.</strong> A meaning might be defined later.</td></tr>
          <tr><td>1016–2999</td><td></td><td>%s</td></tr>
          </table>
          """.formatted(description));
      assertEquals(List.of("1004", "1016–2999"), reserved(document), description);
      assertEquals(List.of(), warnings(document), description);
    }

    /** Bold on such words is the table's mark for reserved rows, and agrees with them. */
    @Test
    void boldOnWordsThatSayNotInUseAgreesWithThem() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>0–999</td><td></td><td><strong>Not used.</strong></td></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>1004</td><td></td><td><strong>Reserved.</strong> A meaning might be defined later.</td></tr>
          </table>
          """);
      assertEquals(List.of("0–999", "1004"), reserved(document));
      assertEquals(List.of(), warnings(document));
    }

    /**
     * Words that only come near those say nothing of the kind: a code in use may be "not used by
     * browsers", be sent again "in the future", or have a meaning the protocol leaves undefined.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        For use by libraries, frameworks, and applications.
        For private use, and thus cannot be registered.
        Not used by browsers, which send 1000 instead.
        The server is restarting; try again in the future.
        The interpretation of these codes is undefined by the WebSocket protocol.
        Defined by the application.
        Nicht verwendete Verbindungen werden geschlossen.
        未使用の接続を閉じます。
        使用されていない接続を閉じます。
        ブラウザーでは使用されません。
        브라우저에서는 사용되지 않습니다.
        사용자가 정의합니다.
        사용 가능합니다.
        애플리케이션에서 사용할 수 있습니다.
        使用者定义的值。
        Sunucu yeniden başlıyor; gelecekte tekrar deneyin.
        Nepoužívá se u prohlížečů, které posílají 1000.
        """)
    void wordsNearThoseDoNot(String description) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | " + description
          + " |\n");
      assertEquals(List.of(), reserved(document), description);
    }

    /**
     * A Status column says a row is reserved where its cell says so in words; any other status
     * (Assigned, Deprecated) says nothing of it, and nothing is said of it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Status | Assigned | Reserved | Reserved for future use.
        Statut | Attribué | Réservé  | Réservé.
        Estado | Asignado | Reservado | Reservado
        状态     | 已分配      | 保留       | 保留。
        Статус  | Назначен  | Зарезервирован | Зарезервирован.
        Состояние | Назначен | Зарезервировано | Зарезервировано.
        Стан    | Призначено | Зарезервовано | Зарезервовано.
        Stan    | Przypisany | Zarezerwowany | Zarezerwowany.
        Stav    | Přiřazeno | Rezervováno | Rezervováno.
        Durum   | Atanmış   | Rezerve   | Rezerve.
        Trạng thái | Đã gán | Dành riêng | Được dành riêng.
        ステータス | 割り当て済み | 予約済み | 予約済み。
        상태     | 할당됨     | 예약됨     | 예약됨.
        """)
    void aStatusColumnThatSaysReservedMarksTheRow(String header, String assigned, String reserved, String longer) {
      PageRead document = read("| Code | Name | " + header + " | Description |\n| --- | --- | --- | --- |\n"
          + "| 1000 | Normal | " + assigned + " | Fine. |\n"
          + "| 1004 | | " + reserved + " | A meaning might be defined later. |\n"
          + "| 1005 | No Status | " + longer + " | No status code was present. |\n"
          + "| 1006 | Abnormal | Deprecated | Gone without a close frame. |\n");
      assertEquals(List.of("1004", "1005"), reserved(document), header);
      assertEquals(List.of(), warnings(document), header);
    }

    /** "Status" may be short for "status code": where no column is headed for the codes, it holds them. */
    @Test
    void aStatusColumnBesideNoCodeColumnHoldsTheCodes() {
      PageRead document = read("| Status | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| 1004 | | Reserved. |\n");
      assertEquals(List.of("1000", "1004"), ranges(document));
      assertEquals(List.of("1004"), reserved(document));
      assertEquals(List.of("1 warning CODE_COLUMN_INFERRED"), warnings(document));
    }

    @Test
    void whereWordsAndMarkupDisagreeTheRowIsReservedWithAWarningAtItsLine() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>1004</td><td></td><td><strong>Reserved.</strong> Later.</td></tr>
          <tr><td>1005</td><td></td><td>Reserved. No code was given.</td></tr>
          <tr><td>1006</td><td></td><td><strong>Note:</strong> no close frame came.</td></tr>
          </table>
          """);
      assertEquals(List.of("1004", "1005", "1006"), reserved(document));
      assertEquals(List.of("5 warning RESERVED_WORDS_AND_MARKUP_DISAGREE", "6 warning RESERVED_WORDS_AND_MARKUP_DISAGREE"),
          warnings(document));
    }

    /**
     * A table that opens most descriptions in bold, of codes in use as of reserved ones, as a page
     * styled by hand may: bold sets no row apart there, and each row in bold had been read as
     * reserved, 1000 among them, each with a warning of its own. Bold is the table's mark for
     * reserved codes only where most rows whose words do not say reserved lack it; otherwise it is
     * the table's type, each row is reserved as its words say, and one warning says so at the first
     * bold row in use. A table that marks one row in use in bold by mistake keeps the mark.
     */
    @Test
    void boldOnMostRowsInUseIsTheTablesTypeNotItsMark() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | **Not used.** |
          | 1000 | Normal | **Fine.** |
          | 1001 | Away | **Gone.** |
          | 1002 | Protocol | **Bad frames.** |
          | 1003 | Data | Bad data. |
          | 1004 | | **Reserved.** Later. |
          | 1005 | | Reserved. No code was given. |
          """);
      assertEquals(List.of("0–999", "1004", "1005"), reserved(document));
      assertEquals(List.of("4 warning BOLD_AS_TYPE_INFERRED"), warnings(document));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("3 of the 4 rows") && text.contains("line 6"), text);
      // every row in bold, in HTML
      PageRead allBold = read("""
          <table>
          <tr><th>Code</th><th>Description</th></tr>
          <tr><td>1000</td><td><b>Fine.</b></td></tr>
          <tr><td>1001</td><td><strong>Gone.</strong></td></tr>
          <tr><td>1004</td><td><strong>Reserved.</strong></td></tr>
          </table>
          """);
      assertEquals(List.of("1004"), reserved(allBold));
      assertEquals(List.of("3 warning BOLD_AS_TYPE_INFERRED"), warnings(allBold));
      // one row in use in bold, beside two without: the mark, and that row reserved with a warning
      PageRead oneMistaken = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | **Fine.** |
          | 1001 | Away | Gone. |
          | 1002 | Protocol | Bad frames. |
          | 1004 | | **Reserved.** Later. |
          """);
      assertEquals(List.of("1000", "1004"), reserved(oneMistaken));
      assertEquals(List.of("3 warning RESERVED_WORDS_AND_MARKUP_DISAGREE"), warnings(oneMistaken));
    }

    /**
     * Struck text before the bold word for reserved ({@code ~~Obsolete.~~ **Reserved.**}) is taken
     * back, so the description opens in bold as the page marks reserved codes: the row had been
     * said to lack the bold type, which it has.
     */
    @Test
    void boldAfterStruckTextOpensTheDescription() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1004 | | **Reserved.** Later. |
          | 1005 | | ~~Obsolete.~~ **Reserved.** No status. |
          | 1006 | | <del>Gone.</del> Reserved. Closed abnormally. |
          """);
      assertEquals(List.of("1004", "1005", "1006"), reserved(document));
      assertEquals(List.of("6 warning RESERVED_WORDS_AND_MARKUP_DISAGREE"), warnings(document));
    }

    /**
     * The page's bold word for reserved, standing after the description's opening
     * ({@code Data of a type. **Reserved.**}), where a translator may move it: the row was read as
     * usable, with nothing said. It is read as reserved, with a warning at its line; bold that says
     * something else ({@code **May not**}), as real pages write it mid-sentence, is no such mark.
     */
    @Test
    void boldThatSaysReservedAfterTheOpeningMarksTheRowWithAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1003 | Unsupported | Data of a type it cannot accept. **Reserved.** |
          | 1004 | | Not defined yet; <strong>réservé</strong> pour plus tard. |
          | 3000 | | Used by libraries. **May not** be used by applications. |
          | 3001 | | Used by nothing, **not reserved**. |
          """);
      assertEquals(List.of("1003", "1004"), reserved(document));
      assertEquals(List.of("4 warning RESERVED_SAID_LATER_INFERRED", "5 warning RESERVED_SAID_LATER_INFERRED"),
          warnings(document));
      assertTrue(document.diagnostics().get(0).text().contains("says 'Reserved.' in bold after its opening"),
          document.diagnostics().toString());
    }

    /**
     * A later sentence that opens with the word for reserved ({@code Indicates no status. Reserved.},
     * a translation's order) had been passed over with nothing said. Prose uses the word in other
     * ways too ({@code ...; reserved codes are elsewhere}), so it does not make the row reserved, as
     * the opening or bold does: the row is read as not reserved, with a warning at its line that
     * quotes the sentence. The word inside a sentence ({@code not reserved}, {@code e.g. reserved})
     * is no such sentence.
     */
    @Test
    void aLaterSentenceThatOpensWithTheWordForReservedIsAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1005 | No Status | Indicates that no status code was given. Reserved. |
          | 1006 | Abnormal | Indica un cierre anormal; reservado para uso local. |
          | 1015 | TLS | TLS の失敗。予約済み。 |
          | 3000 | | Used by libraries. These codes are not reserved. |
          | 4000 | | For private use (e.g. reserved by agreement). |
          """);
      assertEquals(List.of(), reserved(document));
      assertEquals(List.of("4 warning RESERVED_WORD_LATER", "5 warning RESERVED_WORD_LATER",
          "6 warning RESERVED_WORD_LATER"), warnings(document));
      assertEquals("this row's description says 'Reserved.' after its opening; words that open a description,"
          + " or bold anywhere in it, make a row reserved, and these do not: the row is read as not reserved",
          document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().contains("'reservado para uso local.'"));
      assertTrue(document.diagnostics().get(2).text().contains("'予約済み。'"));
    }

    /**
     * Bold whose closing {@code **} stands between punctuation and a letter ({@code **保留值。**表示},
     * as Chinese is written, without a space) is no bold by CommonMark's rules, which would leave
     * the asterisks in the text and the row unmarked. It was written to be bold: it is read so,
     * with a warning at its line. Asterisks that are no such pair stay as written.
     */
    @Test
    void boldClosedBeforeALetterAfterPunctuationIsBold() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | 正常。 |
          | 1004 | | **保留值。**未來可能定義。 |
          | 1005 | | **Reserved.**No status was given. |
          | 1006 | | Sizes of 2 ** 16 bytes, as ** marks. |
          """);
      assertEquals(List.of("1004", "1005"), reserved(document));
      assertEquals("保留值。未來可能定義。", document.rows().get(1).description().plainText());
      assertTrue(document.rows().get(1).description().startsWithStrong());
      assertEquals("Sizes of 2 ** 16 bytes, as ** marks.", document.rows().get(3).description().plainText());
      assertEquals(List.of("4 warning STRONG_EMPHASIS_REPAIRED", "5 warning STRONG_EMPHASIS_REPAIRED"), warnings(document));
    }

    /**
     * CommonMark counts symbols as punctuation too, U+FFFD among them: {@code **保留值�**表示}, the
     * Traditional Chinese page whose full stop a decoder lost, is no bold by its rules either, and
     * had kept its asterisks, the row unmarked and read as a code in use where the page's other
     * reserved rows are bold. It is read as bold, as the full stop's is.
     */
    @Test
    void boldClosedBeforeALetterAfterASymbolIsBold() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | 正常。 |
          | 1004 | | **\uFFFD\uFFFD值\uFFFD**表示意外。 |
          | 1005 | | **Reserved $**No status was given. |
          | 1006 | | **保留。** |
          | 1007 | | Costs 2 $**5 a byte, as ** marks. |
          """);
      assertEquals(List.of("1004", "1005", "1006"), reserved(document));
      assertEquals("\uFFFD\uFFFD值\uFFFD表示意外。", document.rows().get(1).description().plainText());
      assertTrue(document.rows().get(1).description().startsWithStrong());
      assertEquals("Costs 2 $**5 a byte, as ** marks.", document.rows().get(4).description().plainText());
      assertEquals(List.of("4 warning STRONG_EMPHASIS_REPAIRED", "5 warning STRONG_EMPHASIS_REPAIRED"),
          warnings(document).stream().filter(w -> w.contains("STRONG")).toList());
      assertTrue(document.diagnostics().stream().anyMatch(d -> d.text().equals("'**\uFFFD\uFFFD值\uFFFD**' is no bold by"
          + " CommonMark's rules, its closing '**' standing between a symbol and a letter; it was written as bold,"
          + " and is read so")), document.diagnostics()::toString);
    }

    @Test
    void aDamagedWordUnderTheMarkIsNoDisagreement() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>1004</td><td></td><td><strong>Wesewvé.</strong> Later.</td></tr>
          </table>
          """);
      assertEquals(List.of("1004"), reserved(document));
      assertEquals(List.of(), warnings(document));
    }

    @Test
    void aReservedColumnSaysItToo() {
      PageRead document = read("""
          | Code | Meaning | Reserved | Usage |
          | --- | --- | --- | --- |
          | 1000 | Normal Closure | No | Ends a connection that did its job. |
          | 1004 | Reserved | Yes | Nothing yet. |
          """);
      assertEquals(List.of("1004"), reserved(document));
    }

    /**
     * A Reserved column is read by its header in every language whose descriptions are read for
     * the word for reserved, not only in those of the corpus: a Russian or Ukrainian table's
     * column was a column of some other thing, with a warning, and its yes marked nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Reserved       | Yes
        Réservé        | Oui
        Reservado      | Sí
        Riservato      | Sì
        Reserviert     | Ja
        Зарезервирован | Да
        Зарезервировано | Да
        Зарезервовано  | Так
        Zarezerwowany  | Tak
        Gereserveerd   | Ja
        Rezervováno    | Ano
        Rezerve        | Evet
        Dicadangkan    | Ya
        Reserverad     | Ja
        Dành riêng     | Có
        予約済み        | はい
        保留           | 是
        预留           | 是
        예약됨          | 예
        """)
    void aReservedColumnIsReadByItsHeaderInEachLanguage(String header, String yes) {
      PageRead document = read("| Code | Name | " + header + " | Description |\n| --- | --- | --- | --- |\n"
          + "| 1003 | Three | | Data. |\n| 1004 | Four | " + yes + " | Later. |\n");
      assertEquals(List.of("1004"), reserved(document), header);
      assertEquals(List.of(), warnings(document), header);
    }

    /**
     * A Reserved column's cell is yes (in the corpus's languages, a tick, the word for reserved
     * itself), no (a cross, a dash, nothing), or neither: then it is read as no, with a warning at
     * its line that quotes it, never in silence.
     */
    @Test
    void aReservedCellThatSaysNeitherYesNorNoIsAWarning() {
      List<String> yes = List.of("Yes", "yes, since 2011", "Oui", "Ja", "Sí", "Да", "是", "はい", "예", "✓", "x",
          "Reserved", "Réservé", "予約済み", "Tak", "Так", "Ya", "Evet", "Ano", "Có");
      List<String> no = List.of("No", "no.", "Non", "Nein", "Não", "Нет", "否", "いいえ", "아니요", "✗", "×", "-", "—", "",
          "Nie", "Nee", "Ні", "Tidak", "Nej", "Hayır", "Ne", "Không");
      for (String cell : yes) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of("1004"), reserved(document), cell);
        assertEquals(List.of(), warnings(document), cell);
      }
      for (String cell : no) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of(), reserved(document), cell);
        assertEquals(List.of(), warnings(document), cell);
      }
      for (String cell : List.of("Maybe", "?", "TBD", "See RFC 6455")) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of(), reserved(document), cell);
        assertEquals(List.of("4 warning RESERVED_CELL_UNCLEAR"), warnings(document), cell);
        assertTrue(document.diagnostics().get(0).text().contains("'" + cell + "'"), document.diagnostics().get(0).text());
      }
    }

    /**
     * An image in a cell says what its alternative text says, as a browser reads it out: a tick
     * drawn as an image with {@code alt="yes"} marks the row reserved. One without that text says
     * nothing a reader can tell, and is a warning, not a silent no.
     */
    @Test
    void anImageInAReservedCellSaysWhatItsTextSays() {
      for (String cell : List.of("![yes](tick.svg)", "<img src=\"tick.svg\" alt=\"Reserved\">", "![✓](tick.svg \"Reserved\")")) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of("1004"), reserved(document), cell);
        assertEquals(List.of(), warnings(document), cell);
      }
      for (String cell : List.of("![no](cross.svg)", "<img src=\"cross.svg\" alt=\"No\">")) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of(), reserved(document), cell);
        assertEquals(List.of(), warnings(document), cell);
      }
      for (String cell : List.of("![](tick.svg)", "<img src=\"tick.svg\">", "<img src=\"tick.svg\" alt=\"\">")) {
        PageRead document = read(reservedColumn(cell));
        assertEquals(List.of(), reserved(document), cell);
        assertEquals(List.of("4 warning RESERVED_CELL_UNCLEAR"), warnings(document), cell);
        assertTrue(document.diagnostics().get(0).text().contains("an image without text"),
            document.diagnostics().get(0).text());
      }
    }

    /** A table whose second row, 1004, has the cell given in its Reserved column. */
    private static String reservedColumn(String cell) {
      return "| Code | Name | Reserved | Description |\n| --- | --- | --- | --- |\n| 1003 | Three | No | Data. |\n"
          + "| 1004 | Four | " + cell + " | Later. |\n";
    }
  }

  @Nested
  class Columns {

    /** Headers in MDN's locales the corpus lacks: Korean writes the code column as 코드 or 상태 코드. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        코드      | 이름     | 설명
        상태 코드  | 이름     | 설명
        Код       | Имя      | Описание
        Код       | Ім'я     | Опис
        Kod       | Ad       | Açıklama
        Kod       | İsim     | Açıklama
        Kód       | Jméno    | Popis
        Mã        | Tên      | Mô tả
        Kode      | Nama     | Deskripsi
        Kod       | Namn     | Beskrivning
        """)
    void headersInOtherLocalesOfMdnAreReadByTheirWords(String code, String name, String description) {
      PageRead document = read("| " + code + " | " + name + " | " + description + " |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | Done. |\n| 1001 | Away | Gone. |\n");
      assertEquals(List.of("1000", "1001"), ranges(document), code);
      assertEquals("Away", document.rows().get(1).name(), code);
      assertEquals(List.of(), warnings(document), code);
    }

    /**
     * A header in the plural ({@code Codes}, {@code Valores}, {@code Descripciones}) names the same
     * column as in the singular: "Codes" had been read as a column of no known kind, the codes
     * found only by position, with a warning. The singular comes before a word one letter off:
     * Portuguese "Nomes" is the names, not "notes".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Codes        | Names    | Descriptions
        Status codes | Meanings | Details
        Valeurs      | Noms     | Descriptions
        Códigos      | Nombres  | Descripciones
        Valores      | Nombres  | Usages
        Valores      | Nomes    | Usages
        """)
    void headersInThePluralAreReadAsInTheSingular(String code, String name, String description) {
      PageRead document = read("| " + name + " | " + description + " | " + code + " |\n| --- | --- | --- |\n"
          + "| Normal | Done. | 1000 |\n| Away | Gone. | 1001 |\n");
      assertEquals(List.of("1000", "1001"), ranges(document), code);
      assertEquals("Away", document.rows().get(1).name(), code);
      assertEquals("Gone.", document.rows().get(1).description().plainText(), code);
      assertEquals(List.of(), warnings(document), code);
    }

    /**
     * A header word with two letters swapped, the commonest typo ({@code Decsription}), was read as
     * a column of no known kind and left unread: every description of the page lost, with a
     * warning. A swap is read as one letter off is, as the word it was typed for; a word of fewer
     * than five letters, which a swap may make another word, is not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Stauts code | Name    | Decsription
        Code        | Nmae    | Desrciption
        Código      | Nombre  | Desrcipción
        Statuscdoe  | Nmae    | Descriptoin
        """)
    void headerWordsWithTwoLettersSwappedAreReadAsTheWord(String code, String name, String description) {
      PageRead document = read("| " + code + " | " + name + " | " + description + " |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | Done. |\n| 1001 | Away | Gone. |\n");
      assertEquals(List.of("1000", "1001"), ranges(document), code);
      assertEquals("Gone.", document.rows().get(1).description().plainText(), description);
    }

    /**
     * A header that names the name and description columns in the other order than the rows hold
     * them (a translation that reordered the header only) swapped every name and description, with
     * only a side warning. Where in most rows that have both the name is a sentence twice as long
     * as the description, a warning at the header says so; the columns are still read as the
     * header names them.
     */
    @Test
    void namesLongerThanDescriptionsAreAWarning() {
      PageRead swapped = read("""
          | Code | Description | Name |
          | --- | --- | --- |
          | 1000 | Normal Closure | The connection successfully completed its purpose. |
          | 1001 | Going Away | The endpoint is going away, a server down or a page left. |
          | 1002 | Protocol Error | The endpoint met an error in the protocol. |
          | 1003 | Unsupported Data | The endpoint received data it cannot accept. |
          """);
      assertEquals("The endpoint is going away, a server down or a page left.", swapped.rows().get(1).name());
      assertEquals(List.of("1 warning NAMES_LONGER_THAN_DESCRIPTIONS"), warnings(swapped));
      assertEquals("in 4 of the 4 rows that have both, the name is a sentence twice as long as the description or"
          + " more (line 3: named"
          + " 'The connection successfully completed its purpose.', described 'Normal Closure'): the header may"
          + " name the two columns in the wrong order; they are read as it names them",
          swapped.diagnostics().get(0).text());

      // a long name here and there, as RFC 6455's "Invalid frame payload data", is no such sign
      PageRead usual = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          | 1001 | Going Away | Gone away. |
          | 1007 | Invalid frame payload data | Bad data. |
          | 1008 | Policy Violation | Its policy was violated. |
          """);
      assertEquals(List.of(), warnings(usual));
    }

    @Test
    void aHeaderCellWithDigitsIsNeverData() {
      PageRead document = read("""
          | Close code (uint16) | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          | 1001 | Going Away | Leaving. |
          """);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
    }

    /**
     * Once a header has named the columns, a row the document does not mark as a header is the
     * first of the table's body, whatever its words: a code cell written "Code 1000" is an error
     * at its line, where it was read as a second header row that took the names and descriptions
     * of every row and dropped 1000 with only warnings.
     */
    @Test
    void aRowBelowAHeaderThatNamedTheColumnsIsABodyRowWhateverItsWords() {
      for (String table : List.of(
          "| Status code | Name | Description |\n| --- | --- | --- |\n"
              + "| Code 1000 | Normal Closure | Done. |\n| 1001 | Going Away | Gone. |\n",
          "<table>\n<thead><tr><th>Status code</th><th>Name</th><th>Description</th></tr></thead>\n"
              + "<tbody><tr><td>Code 1000</td><td>Normal Closure</td><td>Done.</td></tr>\n"
              + "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr></tbody>\n</table>\n",
          // a header the document does not mark, named by its words alone
          "<table>\n<tr><td>Status code</td><td>Name</td><td>Description</td></tr>\n"
              + "<tr><td>Code 1000</td><td>Normal Closure</td><td>Done.</td></tr>\n"
              + "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n</table>\n")) {
        PageRead document = read(table);
        assertEquals(List.of("3 error NOT_A_CODE"), lines(document.diagnostics()), table);
        assertEquals("'Code 1000' is not a close code: expected a number such as 1000, or a range such as 3000–3999",
            document.diagnostics().get(0).text(), table);
        assertEquals(List.of("1001"), ranges(document), table);
        assertEquals("Going Away", document.rows().get(0).name(), table);
        assertEquals("Gone.", document.rows().get(0).description().plainText(), table);
      }
    }

    /**
     * A row of words below a header that names no more than one column is the header still: a title
     * above the columns' names ("Close codes", across the table or in its first cell), or a blank
     * pipe-table header with the names in the first row.
     */
    @Test
    void wordsBelowAHeaderThatNamesNoColumnNameTheColumns() {
      for (String table : List.of(
          "| | | |\n| --- | --- | --- |\n| Code | Name | Description |\n| 1000 | Normal Closure | Done. |\n",
          "| Close codes | | |\n| --- | --- | --- |\n| Code | Name | Description |\n| 1000 | Normal Closure | Done. |\n",
          "<table>\n<tr><th colspan=\"3\">Close codes</th></tr>\n"
              + "<tr><td>Code</td><td>Name</td><td>Description</td></tr>\n"
              + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n</table>\n")) {
        PageRead document = read(table);
        assertFalse(document.hasErrors(), document.diagnostics().toString());
        assertEquals(List.of("1000"), ranges(document), table);
        assertEquals("Normal Closure", document.rows().get(0).name(), table);
        assertEquals("Done.", document.rows().get(0).description().plainText(), table);
        assertEquals(List.of(), warnings(document), table);
      }
    }

    @Test
    void theDescriptionIsTheColumnHeadedForItNotTheThirdOne() {
      PageRead document = read("""
          | Code | IANA meaning | Reserved | Custom | Usage |
          | --- | --- | --- | --- | --- |
          | 1000 | Normal Closure | No | No | A connection that did its job. |
          | 4000 | | No | Yes | Yours to define. |
          """);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      PageRow normal = document.rows().get(0);
      assertEquals("Normal Closure", normal.name());
      assertEquals("A connection that did its job.", normal.description().plainText());
      assertEquals("Yours to define.", document.rows().get(1).description().plainText());
      assertEquals(List.of(), warnings(document));
    }

    /**
     * An image in a name or a description reads as its alternative text, in Markdown and HTML, where
     * it was dropped: a description that opens with a warning sign drawn as an image says so.
     */
    @Test
    void anImageInACellReadsAsItsAlternativeText() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal ![(closure)](c.svg) | ![Deprecated:](warning.svg) Do *not* use [![RFC](rfc.svg) 6455](https://www.rfc-editor.org/rfc/rfc6455). |
          | 1001 | Going Away | <img src="w.svg" alt="Deprecated:"> Gone <img src="x.svg">now. |
          """);
      assertEquals("Normal (closure)", document.rows().get(0).name());
      assertEquals("Deprecated: Do not use RFC 6455.", document.rows().get(0).description().plainText());
      assertEquals("Deprecated: Gone now.", document.rows().get(1).description().plainText());
      assertEquals(List.of(), warnings(document));
    }

    @Test
    void columnsAreFoundInAnyOrder() {
      PageRead document = read("""
          <table>
          <thead><tr><th>Code</th><th>Description</th><th>Name</th></tr></thead>
          <tr><td>1000</td><td>Done.</td><td>Normal Closure</td></tr>
          </table>
          """);
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals("Done.", document.rows().get(0).description().plainText());
    }

    @Test
    void contactAndReferenceAreNeverADescription() {
      PageRead document = read("""
          | Code | Meaning | Contact | Reference |
          | --- | --- | --- | --- |
          | 1000 | Normal Closure | hybi@example.org | RFC 6455 |
          """);
      PageRow normal = document.rows().get(0);
      assertEquals("Normal Closure", normal.name());
      assertTrue(normal.description().isEmpty(), normal.description().plainText());
      // the columns known to hold nothing read here are said nothing of; that no row has a description is
      assertEquals(List.of("1 warning NO_DESCRIPTIONS"), warnings(document));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Statuscode       | Bedeutung | Beschreibung
        Código de Status | Nome      | Descrição
        ステータスコード      | 意味        | 説明
        状态码              | ?名称       | ?描述
        Mã trạng thái    | Ý nghĩa   | Mô tả
        status code      | nom       | descwiption
        Kod statusu      | Nazwa     | Opis
        Statuscode       | Naam      | Beschrijving
        Код стану        | Назва     | Опис
        Kode status      | Nama      | Deskripsi
        Statuskod        | Namn      | Beskrivning
        Durum kodu       | Anlam     | Açıklama
        Stavový kód      | Název     | Popis
        """)
    void headersAreReadInEveryLocale(String code, String name, String description) {
      PageRead document = read("| " + description + " | " + name + " | " + code + " |\n| --- | --- | --- |\n"
          + "| Fin. | Normal | 1000 |\n");
      assertFalse(document.hasErrors(), code + ": " + document.diagnostics());
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("Normal", document.rows().get(0).name());
      assertEquals("Fin.", document.rows().get(0).description().plainText());
    }

    @Test
    void aColumnWhoseHeaderNamesNothingKnownIsAWarningAtTheHeaderNotASilentGap() {
      PageRead document = read("""
          Codes:

          | Code | Nmae | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          """);
      assertEquals("", document.rows().get(0).name()); // the column is not guessed at
      assertEquals("Fine.", document.rows().get(0).description().plainText());
      assertEquals(List.of("3 warning COLUMN_UNREAD"), warnings(document));
      assertTrue(document.diagnostics().get(0).text().startsWith("column 2, headed 'Nmae', is left unread"),
          document.diagnostics().get(0).text());
    }

    /**
     * Two columns under one header text left unread had two warnings alike, word for word, at the
     * header's line ("the column headed '��' is left unread"): which was which could not be told.
     * Each warning numbers its column, as the warning for a column without a header does.
     */
    @Test
    void columnsLeftUnreadUnderOneHeaderTextAreToldApartByNumber() {
      PageRead document = read("""
          | Code | Name | Description | Seen | Seen |
          | --- | --- | --- | --- | --- |
          | 1000 | Normal | Fine. | a | b |
          """);
      List<String> texts = document.diagnostics().stream().map(d -> d.text()).toList();
      assertEquals(2, texts.size(), texts.toString());
      assertTrue(texts.get(0).startsWith("column 4, headed 'Seen', is left unread: "), texts.get(0));
      assertTrue(texts.get(1).startsWith("column 5, headed 'Seen', is left unread: "), texts.get(1));
    }

    /**
     * A header of two rows, a cell above spanning columns that the row below names one by one:
     * a column the lower row leaves blank, or that a cell above spans down into, is named by the
     * cell above it, as a reader sees it.
     */
    @Test
    void aColumnTheLowerHeaderRowLeavesBlankIsNamedByTheCellAboveIt() {
      for (String rows : List.of(
          "<tr><th colspan=\"2\">Close code</th><th>Description</th></tr>\n<tr><th>Code</th><th>Name</th><th></th></tr>",
          "<tr><th colspan=\"2\">Close code</th><th>Description</th></tr>\n<tr><th>Code</th><th>Name</th></tr>",
          "<tr><th colspan=\"2\">Close code</th><th rowspan=\"2\">Description</th></tr>\n<tr><th>Code</th><th>Name</th></tr>",
          "<tr><th colspan=\"3\">Close codes</th></tr>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>")) {
        String lowerRow = rows;
        PageRead document = read("""
            <table>
              <thead>
                %s
              </thead>
              <tbody>
                <tr><th scope="row">1000</th><td>Normal Closure</td><td>Done.</td></tr>
                <tr><th scope="row">1001</th><td>Going Away</td><td>Gone.</td></tr>
              </tbody>
            </table>
            """.formatted(lowerRow));
        assertEquals(List.of("1000", "1001"), ranges(document), lowerRow);
        assertEquals("Going Away", document.rows().get(1).name(), lowerRow);
        assertEquals("Gone.", document.rows().get(1).description().plainText(), lowerRow);
        assertEquals(List.of(), warnings(document), lowerRow);
      }
    }

    /** A column with text under a header that names it nowhere is said, not dropped in silence. */
    @Test
    void aColumnWithTextUnderABlankHeaderIsAWarningAtTheHeader() {
      PageRead document = read("""
          Codes:

          | Code | Name | |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("", document.rows().get(0).description().plainText()); // the column is not guessed at
      // and so no row has a description
      assertEquals(List.of("3 warning COLUMN_WITHOUT_HEADER", "3 warning NO_DESCRIPTIONS"), warnings(document));
      assertEquals("column 3 has no header, so its text is left unread (first: 'Fine.', line 5)",
          document.diagnostics().get(0).text());
      // a blank column under a blank header is no loss: only the lack of descriptions is said
      PageRead blank = read("| Code | Name | |\n| --- | --- | --- |\n| 1000 | Normal | |\n");
      assertEquals(List.of("1 warning NO_DESCRIPTIONS"), warnings(blank));
    }

    @Test
    void cellsPastTheHeadersAreAWarningAtTheirRowNotASilentCut() {
      // In a pipe table a '|' ends a cell even inside code, unless written '\|': the text after it
      // falls into cells no header names, which Markdown drops without a word.
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine \\| done. |
          | 1002 | Protocol error | A `|` in code. |
          """);
      assertEquals("A `", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning CELLS_PAST_HEADER"), warnings(document));
      assertEquals("this row has 4 cells where the header row has 3; the cells past column 3 are not read"
          + " (in a Markdown table, a '|' ends a cell, even in code, unless written '\\|')",
          document.diagnostics().get(0).text());

      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td><td>Stray.</td></tr>
          <tr><td>1001</td><td colspan="2">Going away.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 warning CELLS_PAST_HEADER"), warnings(html));
      // a '|' splits no cell of an HTML table, so the warning does not point at one
      assertEquals("this row has 4 cells where the header row has 3; the cells past column 3 are not read",
          html.diagnostics().get(0).text());

      // a header a column short of every row: one warning, at the first row, that counts them, not one a row
      PageRead headerShort = read("| Code | Name |\n| --- | --- |\n| 1000 | Normal | Fine. |\n| 1001 | Away | Gone. |\n"
          + "| 1002 | Error | Broken. |\n");
      assertEquals(List.of("1 warning NO_DESCRIPTIONS", "3 warning CELLS_PAST_HEADER"), warnings(headerShort));
      String text = headerShort.diagnostics().get(1).text();
      assertTrue(text.endsWith("; 3 row(s) so, from this line to line 5"), text);
    }

    @Test
    void aCodeColumnUnderWordsNotKnownIsReadWithAWarningThatSaysSo() {
      PageRead document = read("""
          | Κωδικός | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          """);
      assertEquals(1000, document.rows().get(0).range().from());
      assertEquals(List.of("1 warning CODE_COLUMN_INFERRED"), warnings(document));
      assertEquals("the header names no code column in words closecodes knows, so column 1, headed 'Κωδικός',"
          + " is read as the codes: the first column no other takes", document.diagnostics().get(0).text());
    }

    @Test
    void aSecondColumnOfTheSameRoleIsAWarningAtTheHeader() {
      PageRead document = read("""
          | Code | Description | Beschreibung |
          | --- | --- | --- |
          | 1000 | Fine. | Gut. |
          """);
      assertEquals("Fine.", document.rows().get(0).description().plainText());
      assertEquals(List.of("1 warning COLUMN_UNREAD"), warnings(document));
      assertTrue(document.diagnostics().get(0).text().endsWith("column 2 before it holds the description"),
          document.diagnostics().get(0).text());
    }

    /**
     * Of two columns headed for the codes ("Code" over constants' names, "Value" over numbers), the
     * codes are the one whose cells hold them, whichever comes first; the other is left unread with
     * its warning. The first had been taken, and the page found to have no table.
     */
    @Test
    void ofTwoColumnsHeadedForTheCodesTheCodesAreTheOneThatHoldsThem() {
      for (boolean numbersFirst : List.of(false, true)) {
        String header = numbersFirst ? "| Value | Code | Description |" : "| Code | Value | Description |";
        String normal = numbersFirst ? "| 1000 | CLOSE_NORMAL | Done. |" : "| CLOSE_NORMAL | 1000 | Done. |";
        String away = numbersFirst ? "| 1001 | CLOSE_GOING_AWAY | Gone. |" : "| CLOSE_GOING_AWAY | 1001 | Gone. |";
        PageRead document = read(header + "\n| --- | --- | --- |\n" + normal + "\n" + away + "\n");
        assertEquals(List.of("1000", "1001"), ranges(document), header);
        assertEquals("Gone.", document.rows().get(1).description().plainText(), header);
        assertEquals(List.of("1 warning COLUMN_UNREAD"), warnings(document), header);
        assertTrue(document.diagnostics().get(0).text().endsWith(numbersFirst ? "column 1 before it holds the code"
            : "its cells hold no code, and column 2 after it holds them"), document.diagnostics().get(0).text());
      }
    }

    /**
     * "Meaning" heads the name in IANA's registry, which has no description; beside a column
     * headed for the name, and with none for the description, it is the description, on either
     * side of the name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Code       | Name        | Meaning
        Código     | Nombre      | Significado
        Statuscode | Bezeichnung | Bedeutung
        コード       | 名前          | 意味
        状态码        | 名称          | 含义
        Code       | Meaning     | Name
        """)
    void aMeaningBesideTheNameIsTheDescription(String code, String first, String second) {
      boolean nameFirst = !first.equals("Meaning");
      PageRead document = read("| " + code + " | " + first + " | " + second + " |\n| --- | --- | --- |\n"
          + (nameFirst ? "| 1000 | Normal | Fine. |\n" : "| 1000 | Fine. | Normal |\n"));
      assertEquals(List.of(), warnings(document), first);
      assertEquals("Normal", document.rows().get(0).name(), first);
      assertEquals("Fine.", document.rows().get(0).description().plainText(), first);
    }

    /** With a column headed for the description too, a meaning beside the name is left unread, and said. */
    @Test
    void aMeaningBesideANameAndADescriptionIsLeftUnread() {
      PageRead document = read("""
          | Code | Meaning | Name | Description |
          | --- | --- | --- | --- |
          | 1000 | Normal closure | Normal | Fine. |
          """);
      assertEquals("Normal", document.rows().get(0).name());
      assertEquals("Fine.", document.rows().get(0).description().plainText());
      assertEquals(List.of("1 warning COLUMN_UNREAD"), warnings(document));
      assertTrue(document.diagnostics().get(0).text().endsWith("column 3 after it holds the name"),
          document.diagnostics().get(0).text());
    }

    /**
     * Notes or comments on each code are what the page says of it: the description where no
     * column is headed for one, in any locale; beside one, left unread, and said, never in silence.
     */
    @ParameterizedTest
    @CsvSource({"Notes", "Note", "Comments", "Commentaire", "Remarks", "Remarques", "Anmerkungen", "Hinweis",
        "Observaciones", "Observações", "Notas", "備考", "备注", "비고", "Примечание", "Uwagi", "Opmerking"})
    void aNotesColumnBesideNoDescriptionIsTheDescription(String notes) {
      PageRead document = read("| Code | Name | " + notes + " |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n");
      assertEquals(List.of(), warnings(document), notes);
      assertEquals("Normal", document.rows().get(0).name(), notes);
      assertEquals("Fine.", document.rows().get(0).description().plainText(), notes);
    }

    @Test
    void aNotesColumnBesideADescriptionIsLeftUnreadWithAWarning() {
      PageRead document = read("""
          | Code | Name | Notes | Description |
          | --- | --- | --- | --- |
          | 1000 | Normal | Since 2011. | Fine. |
          """);
      assertEquals("Fine.", document.rows().get(0).description().plainText());
      assertEquals(List.of("1 warning COLUMN_UNREAD"), warnings(document));
      assertTrue(document.diagnostics().get(0).text().endsWith("column 4 after it holds the description"),
          document.diagnostics().get(0).text());
    }

    /**
     * A table may give a range as two columns, where it starts and where it ends; read as one
     * column, "1016 | 2999" would be the one code 1016, and 1017 to 2999 unknown to the page.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        From   | To
        Start  | End
        First  | Last
        Code   | To
        Von    | Bis
        De     | À
        Desde  | Hasta
        Da     | A
        De     | Até
        От     | До
        から     | まで
        从      | 至
        부터     | 까지
        Từ     | Đến
        """)
    void aRangeGivenAsTwoColumnsIsReadAsOne(String from, String to) {
      PageRead document = read("| " + from + " | " + to + " | Name | Description |\n| --- | --- | --- | --- |\n"
          + "| 1000 | | Normal | Fine. |\n| 1004 | 1004 | | Reserved. |\n| 1016 | 2999 | | Future. |\n");
      assertEquals(List.of("1000", "1004", "1016–2999"), ranges(document), from + " | " + to);
      assertEquals(List.of(), warnings(document), from + " | " + to);
      assertEquals("Future.", document.rows().get(2).description().plainText());
    }

    /** Under words not known, the column after the codes is where ranges end when every cell says so. */
    @Test
    void aColumnOfRangeEndsUnderWordsNotKnownIsReadByItsCellsWithAWarning() {
      PageRead document = read("""
          | Κωδικός | Έως | Name | Description |
          | --- | --- | --- | --- |
          | 1000 | | Normal | Fine. |
          | 1001 | 1001 | Away | Gone. |
          | 3000 | 3999 | | Registered. |
          """);
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      assertEquals(List.of("1 warning CODE_COLUMN_INFERRED", "1 warning RANGE_END_COLUMN_INFERRED"), warnings(document));
      assertEquals("column 2, headed 'Έως' in words closecodes does not know, is read as where each row's codes end:"
          + " each of its cells is empty or one code at or past the one beside it, as a range's end is",
          document.diagnostics().get(1).text());

      PageRead blank = read("| Code | | Description |\n| --- | --- | --- |\n| 1000 | — | Fine. |\n"
          + "| 1016 | 2999 | Future. |\n");
      assertEquals(List.of("1000", "1016–2999"), ranges(blank));
      assertEquals(List.of("1 warning RANGE_END_COLUMN_INFERRED"), warnings(blank));
      assertTrue(blank.diagnostics().get(0).text().startsWith("column 2, which has no header, is read as where"),
          blank.diagnostics().get(0).text());
    }

    /** A column of other numbers, or of codes before the row's own, is no column of range ends. */
    @Test
    void aColumnOfOtherNumbersIsNoColumnOfRangeEnds() {
      PageRead years = read("""
          | Code | Αριθμός | Description |
          | --- | --- | --- |
          | 1000 | 2011 | Fine. |
          | 1012 | 1012 | Restart. |
          | 1016 | 12 | Future. |
          """);
      assertEquals(List.of("1000", "1012", "1016"), ranges(years));
      assertEquals(List.of("1 warning COLUMN_UNREAD"), warnings(years));
    }

    /**
     * Under a header that says so, a cell of where the range ends that is neither empty nor one code
     * at or past the one code beside it (or a range's own end) is an error at its row.
     */
    @Test
    void aRangeEndThatIsNoCodePastTheStartIsAnErrorAtItsRow() {
      PageRead document = read("""
          | From | To | Description |
          | --- | --- | --- |
          | 1000 | | Fine. |
          | | 1011 | Lost its start. |
          | 2999 | 1016 | Future. |
          | 3000–3999 | 3999 | Registered. |
          | 4000–4999 | 4500 | Private. |
          | 5000 | soon | Undefined. |
          """);
      assertEquals(List.of("5 error RANGE_BACKWARDS", "7 error RANGE_END_UNFIT", "8 error RANGE_END_UNFIT"),
          document.diagnostics().stream().filter(d -> d.isError()).map(d -> d.line() + " error " + d.message()).toList());
      assertEquals("'4500' cannot end '4000–4999': a cell of where ranges end holds nothing, or one code at or past"
          + " the one code beside it", document.diagnostics().stream().filter(d -> d.line() == 7).findFirst()
          .orElseThrow().text());
      // a lost start, as '–1011' in one cell, begins where the row before ends
      assertEquals(List.of("1000", "1001–1011", "3000–3999"), ranges(document));
      assertEquals(List.of("4 warning RANGE_START_INFERRED"), warnings(document));
    }

    @Test
    void aTableWithNoHeaderIsReadByPositionWithAWarning() {
      PageRead document = read("<table>\n<tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>\n</table>\n");
      assertEquals("Normal", document.rows().get(0).name());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION"), warnings(document));
      assertEquals("this table's columns are read by their position (code, name, description), since it has no"
          + " header row; a header row naming them makes the reading sure", document.diagnostics().get(0).text());
    }

    /**
     * Without a header that names its columns, the codes are in the first column whose every cell
     * is a code, where the first is not: a table may open with the names.
     */
    @Test
    void aTableWithNoHeaderWhoseCodesAreNotFirstIsReadFromTheColumnOfCodes() {
      PageRead greek = read("""
          | Όνομα | Κωδικός | Περιγραφή |
          | --- | --- | --- |
          | Κανονικό κλείσιμο | 1000 | Η σύνδεση ολοκληρώθηκε. |
          | Αποχώρηση | 1001 | Το άκρο φεύγει. |
          | | 1016–2999 | Για το μέλλον. |
          """);
      assertEquals(List.of("1000", "1001", "1016–2999"), ranges(greek));
      assertEquals("Αποχώρηση", greek.rows().get(1).name());
      assertEquals("Το άκρο φεύγει.", greek.rows().get(1).description().plainText());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION"), warnings(greek));
      assertEquals("this table's columns are read by their position (name, code, description), since the words of"
          + " its header row name no code, name or description column; a header row naming them makes the reading"
          + " sure", greek.diagnostics().get(0).text());

      PageRead html = read("<table>\n<tr><td>Normal</td><td>1000</td><td></td><td>Fine.</td></tr>\n"
          + "<tr><td></td><td>3000</td><td>3999</td><td>Registered.</td></tr>\n</table>\n");
      assertEquals(List.of("1000", "3000–3999"), ranges(html));
      assertEquals("Normal", html.rows().get(0).name());
      assertEquals("Registered.", html.rows().get(1).description().plainText());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION", "1 warning RANGE_END_COLUMN_INFERRED"), warnings(html));
      assertTrue(html.diagnostics().get(0).text().contains("(name, code, where its range ends, description)"),
          html.diagnostics().get(0).text());
    }

    /**
     * A header row the document marks as one ({@code <th>}) below the first row is no row of codes:
     * the column of codes is still the one whose every other cell is a code, and the reading by
     * position is said, where it was no table at all.
     */
    @Test
    void aMarkedHeaderRowBelowTheFirstRowDoesNotHideTheColumnOfCodes() {
      PageRead document = read("<table>\n<tr><td>Closed.</td><td>1000</td><td>Fine.</td></tr>\n"
          + "<tr><th>Name</th><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>Away.</td><td>1001</td><td>Gone.</td></tr>\n</table>\n");
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Away.", document.rows().get(1).name());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION"), warnings(document));
      assertTrue(document.diagnostics().get(0).text().contains("(name, code, description)"),
          document.diagnostics().get(0).text());
    }

    /** Without a header, a second column that says where each range ends is read so, not as names. */
    @Test
    void aTableWithNoHeaderWhoseSecondColumnEndsRangesIsReadSo() {
      PageRead document = read("""
          <table>
          <tr><td>1000</td><td></td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1004</td><td>1004</td><td>Reserved</td><td>Reserved.</td></tr>
          <tr><td>1016</td><td>2999</td><td></td><td>Future.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1004", "1016–2999"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals("Future.", document.rows().get(2).description().plainText());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION", "1 warning RANGE_END_COLUMN_INFERRED"), warnings(document));
      assertEquals("this table's columns are read by their position (code, where its range ends, name, description),"
          + " since it has no header row; a header row naming them makes the reading sure",
          document.diagnostics().get(0).text());
      // a second column of names stays the names
      PageRead names = read("<table>\n<tr><td>1000</td><td>1</td><td>Fine.</td></tr>\n"
          + "<tr><td>1001</td><td>Away</td><td>Gone.</td></tr>\n</table>\n");
      assertEquals(List.of("1000", "1001"), ranges(names));
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION"), warnings(names));
    }
  }

  /** Text set higher or lower is a note or an exponent: it never runs on into the digits before it. */
  @Nested
  class Superscripts {

    @Test
    void aNoteMarkerAfterACodeIsNoDigitOfIt() {
      for (String cell : List.of("<td>1000<sup>1</sup></td>", "<td><code>1000</code><sup>[1]</sup></td>",
          "<td>1000<sub>2</sub></td>")) {
        PageRead document = read("<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n<tr>" + cell
            + "<td>Normal</td><td>Done.</td></tr>\n<tr><td>1001</td><td>Away</td><td>Gone.</td></tr></table>\n");
        assertEquals(List.of("1001"), ranges(document), cell);
        assertEquals(List.of("2 error NOT_A_CODE"), lines(document.diagnostics()), cell);
      }
      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000<sup>1</sup> | Normal | Done. |\n"
          + "| 1001 | Away | Gone. |\n");
      assertEquals(List.of("3 error NOT_A_CODE"), lines(markdown.diagnostics()));
      assertTrue(markdown.diagnostics().get(0).text().contains("'1000^1'"), markdown.diagnostics().get(0).text());
    }

    @Test
    void aDescriptionKeepsItsExponentApart() {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1009 | Message Too Big | Longer than 2<sup>16</sup> bytes, as H<sub>2</sub>O. |\n");
      assertEquals("Longer than 2^16 bytes, as H_2O.", document.rows().get(0).description().plainText());
    }
  }

  /**
   * A page's relative links are relative to its own address on MDN, as a browser reads them there:
   * its locale and slug, from its path as MDN lays its files out, else its front matter, else the
   * page of {@code CloseEvent} (or of its property) in English. A link into the site that starts
   * with {@code /} is the generator's to make absolute, and any other address stays as written.
   */
  @Nested
  class RelativeLinks {

    private static final String ROW = "| Status code | Name | Description |\n| --- | --- | --- |\n"
        + "| 1000 | Normal | See [a](#values), [b](WebSocket), [c](../WebSocket), [d](/en-US/docs/Web/API/WebSocket),"
        + " [e](https://example.org/x), [f](mailto:a@example.org). |\n";

    private List<String> hrefs(PageRead document) {
      return document.rows().get(0).description().inlines().stream()
          .filter(Inline.Link.class::isInstance)
          .map(link -> ((Inline.Link) link).href()).toList();
    }

    @Test
    void areResolvedAgainstThePagesAddress() {
      String fr = "https://developer.mozilla.org/fr/docs/web/api/closeevent";
      assertEquals(List.of(fr + "#values", "https://developer.mozilla.org/fr/docs/web/api/WebSocket",
              "https://developer.mozilla.org/fr/docs/web/WebSocket", "/en-US/docs/Web/API/WebSocket",
              "https://example.org/x", "mailto:a@example.org"),
          hrefs(Reading.page("files/fr/web/api/closeevent/index.md", ROW)));
      String ja = "https://developer.mozilla.org/ja/docs/Web/API/CloseEvent/code";
      assertEquals(ja + "#values", hrefs(Reading.page("page.md",
          "---\nslug: Web/API/CloseEvent/code\n---\n\nSee [the site](/ja/docs/Web), [again](/ja/docs/Web/API).\n\n" + ROW)).get(0));
      String english = "https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent";
      assertEquals(List.of(english + "#values", "https://developer.mozilla.org/en-US/docs/Web/API/WebSocket"),
          hrefs(read(ROW)).subList(0, 2));
      assertEquals(english + "/code#values",
          hrefs(read("---\ntitle: \"CloseEvent: code property\"\n---\n\n" + ROW)).get(0));
    }

    @Test
    void reachTheOpeningAndThePropertiesToo() {
      PageRead document = read("The [event](#x) is sent.\n\n- {{domxref(\"CloseEvent.code\")}}\n  - : A [code](#codes).\n\n"
          + ROW);
      List<Inline> opening = document.prose().summary().inlines();
      assertTrue(opening.contains(new Inline.Link(
          "https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent#x", List.of(new Inline.Text("event")))),
          opening.toString());
      assertTrue(document.prose().code().inlines().toString().contains("CloseEvent#codes"),
          document.prose().code().inlines().toString());
    }
  }

  /**
   * A link written by reference ({@code [text][label]}, {@code [label][]}, {@code [label]}) is the
   * link its definition gives, wherever on the page that stands, as Markdown has it: a table cell or
   * a paragraph read alone still links, and never shows its brackets as text.
   */
  @Nested
  class ReferenceLinks {

    private static final String TABLE = "| Status code | Name | Description |\n| --- | --- | --- |\n"
        + "| 1000 | Normal | Done, see [the RFC][rfc 6455]. |\n"
        + "| 1001 | Going away | See [Spec][] and [spec]. |\n";

    private static final String DEFINITIONS = "\n[RFC  6455]: https://www.rfc-editor.org/rfc/rfc6455 \"The RFC\"\n"
        + "   [spec]: <https://websockets.spec.whatwg.org/>\n";

    @Test
    void aCellLinksToWhatTheDefinitionGives() {
      PageRead document = read(TABLE + DEFINITIONS);
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals(List.of(
              new Inline.Text("Done, see "),
              new Inline.Link("https://www.rfc-editor.org/rfc/rfc6455", List.of(new Inline.Text("the RFC"))),
              new Inline.Text(".")),
          document.rows().get(0).description().inlines());
      assertEquals("See Spec and spec.", document.rows().get(1).description().plainText());
      assertEquals(2, document.rows().get(1).description().inlines().stream()
          .filter(inline -> inline instanceof Inline.Link link && link.href().equals("https://websockets.spec.whatwg.org/"))
          .count(), document.rows().get(1).description().inlines().toString());
    }

    @Test
    void theOpeningLinksToo() {
      PageRead document = read("The [event][] is sent.\n\n" + TABLE + "\n[event]: #x\n");
      assertTrue(document.prose().summary().inlines().contains(new Inline.Link(
              "https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent#x", List.of(new Inline.Text("event")))),
          document.prose().summary().inlines().toString());
    }

    @Test
    void definitionsAheadOfTheOpeningAreNoParagraphOfIt() {
      for (String page : List.of("[event]: #x\n[rfc 6455]: #y\n\nThe [event][] is sent.\n\n",
          "[event]: #x\n[rfc 6455]: #y\nThe [event][] is sent.\n\n",
          "[rfc 6455]: #y\n[event]: #x\n  \"A title on a line of its own\"\n\nThe [event][] is sent.\n\n")) {
        PageRead document = read(page + TABLE);
        assertEquals(List.of(new Inline.Text("The "), new Inline.Link(
                "https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent#x", List.of(new Inline.Text("event"))),
            new Inline.Text(" is sent.")), document.prose().summary().inlines(), page);
        assertEquals("https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent#y",
            ((Inline.Link) document.rows().get(0).description().inlines().get(1)).href(), page);
      }
    }

    @Test
    void aDefinitionInACodeBlockDefinesNothingAndALabelWithoutOneStaysText() {
      PageRead document = read(TABLE + "\n```\n[rfc 6455]: https://example.org/\n```\n");
      assertEquals("Done, see [the RFC][rfc 6455].", document.rows().get(0).description().plainText());
      assertEquals("See [Spec][] and [spec].", document.rows().get(1).description().plainText());
    }

    @Test
    void aDefinitionsLineInsideAParagraphIsTextOfIt() {
      PageRead document = read(TABLE + "\nSee also:\n[rfc 6455]: https://example.org/\n");
      assertEquals("Done, see [the RFC][rfc 6455].", document.rows().get(0).description().plainText());
    }
  }

  /**
   * Text struck through is text the page takes back, shown as {@code ~~text~~} as Markdown writes
   * it: a struck code is no code of the table but an error that quotes it, in HTML as in Markdown.
   */
  @Nested
  class StruckThrough {

    @Test
    void aStruckCodeIsAnErrorNotACode() {
      for (String cell : List.of("<del>1004</del>", "<s>1004</s>", "<strike>1004</strike>", "~~1004~~")) {
        PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Done. |\n| "
            + cell + " | Reserved | Taken back. |\n");
        assertEquals(List.of("4 error NOT_A_CODE"), lines(document.diagnostics()), cell);
        assertTrue(document.diagnostics().get(0).text().contains("'~~1004~~'"), document.diagnostics().get(0).text());
      }
    }

    @Test
    void aDescriptionShowsWhatItStrikes() {
      PageRead document = read("<table><tr><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Closed <del>badly</del> well.</td></tr></table>\n");
      assertEquals("Closed ~~badly~~ well.", document.rows().get(0).description().plainText());
    }
  }

  /**
   * A list in a description is a list, as a browser shows it: each item a line of its own, with its
   * bullet or its number, where its items had run together into one sentence. A quotation keeps
   * the quotation marks a browser draws around it.
   */
  @Nested
  class ListsAndQuotations {

    private static String description(String cell) {
      PageRead document = read("<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>" + cell + "</td></tr></table>\n");
      assertEquals(List.of("1000"), ranges(document), cell);
      return document.rows().get(0).description().textWithLines();
    }

    @Test
    void eachItemOfAListIsALineOfItsOwn() {
      assertEquals("The connection closed, for one of:\n\u2022 the work was done\n\u2022 the peer left\nNothing failed.",
          description("The connection closed, for one of:<ul>\n <li>the work was done </li>\n <li> the peer left\n"
              + "</li></ul>Nothing failed."));
      assertEquals("\u2022 Done.\n\u2022 Gone.", description("<ul><li>Done.</li><li>Gone.</li></ul>"));
    }

    @Test
    void aNumberedListKeepsItsNumbers() {
      assertEquals("Steps:\n1. close\n2. wait", description("Steps: <ol><li>close</li><li>wait</li></ol>"));
      assertEquals("Steps:\n3. close\n4. wait", description("Steps: <ol start=\"3\"><li>close</li><li>wait</li></ol>"));
    }

    @Test
    void aListInsideAnItemIsSetInUnderIt() {
      assertEquals("One of:\n\u2022 a close, either\n  \u2022 clean\n  \u2022 not\n  as sent\n\u2022 an error",
          description("One of:<ul><li>a close, either<ul><li>clean</li><li>not</li></ul>as sent</li>"
              + "<li>an error</li></ul>"));
    }

    @Test
    void aListInAMarkdownCellIsAListToo() {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | For one of: <ul><li>done</li><li>gone</li></ul> |\n");
      assertEquals("For one of:\n\u2022 done\n\u2022 gone", document.rows().get(0).description().textWithLines());
      assertEquals(List.of("For one of: done gone"), descriptions(document)); // the words, as the reader reads them
    }

    /**
     * A line break or a paragraph inside a description opens a line, as a browser shows it, where
     * the lines had run together ({@code Reserved<br>Used by X} as {@code Reserved Used by X}); a
     * cell's one paragraph is no line of its own.
     */
    @Test
    void aLineBreakOrAParagraphInADescriptionOpensALine() {
      assertEquals("Reserved\nUsed by X", description("Reserved<br>Used by X"));
      assertEquals("Para one\nPara two", description("<p>Para one</p>\n<p> Para two </p>"));
      assertEquals("Only one.", description("\n  <p>Only one.</p>\n"));
      assertEquals("a\nb\nc", description("<br>a<br><br>b<div>c</div><br>"));
      assertEquals("Either:\n\u2022 a\n  b\n\u2022 c", description("<p>Either:</p><ul><li><p>a</p><p>b</p></li><li>c</li></ul>"));
      assertEquals("Either\nClean\nclosed well\nNot\ngone\nA quotation.\nEnd.",
          description("Either<dl><dt>Clean</dt><dd>closed well</dd><dt>Not</dt><dd>gone</dd></dl><blockquote>A quotation."
              + "</blockquote>End."));
      PageRead document = read("<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal<br>Closure</td><td>Reserved<br>Used by X</td></tr></table>\n");
      assertEquals(List.of("Reserved Used by X"), descriptions(document)); // the words, as the reader reads them
      assertEquals("Normal Closure", document.rows().get(0).name());
      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal | Reserved<br>Used by X<br/> |\n");
      assertEquals("Reserved\nUsed by X", markdown.rows().get(0).description().textWithLines());
    }

    /**
     * Every element a browser shows as a block opens a line as a paragraph does: a disclosure's
     * summary and what it discloses, a heading, a section, a figure and its caption, a rule, a
     * listing; they had run into the words beside them ({@code Protocol error.More} for a
     * {@code <details>}).
     */
    @Test
    void everyElementABrowserShowsAsABlockOpensALine() {
      assertEquals("Protocol error.\nSent on a bad frame.",
          description("<details><summary>Protocol error.</summary>Sent on a bad frame.</details>"));
      for (String block : List.of("h4", "section", "article", "aside", "header", "footer", "figure", "figcaption",
          "address", "center", "fieldset", "legend", "main", "nav", "hgroup", "search", "form", "pre", "menu")) {
        assertEquals("Before\nInside\nAfter", description("Before<" + block + ">Inside</" + block + ">After"), block);
      }
      assertEquals("Above\nBelow", description("Above<hr>Below"));
    }

    /** An element a browser never shows (a template, a script) leaves no space where it stood. */
    @Test
    void anElementNeverShownLeavesNoSpace() {
      for (String hidden : List.of("<template>T</template>", "<script>s()</script>", "<style>p{}</style>",
          "<span hidden> H</span>", "<noembed>N</noembed>")) {
        assertEquals("No code.", description("No code" + hidden + "."), hidden);
      }
    }

    /** A code or a name in a list of one item is the code or the name, as it was: no mark is part of it. */
    @Test
    void aCodeOrANameInAListIsReadWithoutItsMark() {
      PageRead document = read("<table><tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td><ul><li>1000</li></ul></td><td><ol><li>Normal Closure</li></ol></td><td>Done.</td></tr>\n"
          + "<tr><td><ol><li>1001</li><li>1002</li></ol></td><td>Away</td><td>Gone.</td></tr></table>\n");
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals(List.of("3 error NOT_A_CODE"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("'1001 1002'"), document.diagnostics().get(0).text());
    }

    @Test
    void aQuotationKeepsItsQuotationMarks() {
      assertEquals("A \u201cprotocol\u201d error, \u201cas \u2018said\u2019 here\u201d.",
          description("A <q>protocol</q> error, <q>as <q>said</q> here</q>."));
    }
  }

  /**
   * What a Markdown page shows as code or hides in a comment is not the page's content: a table
   * there is an example or an editor's leftover, never the close-code table.
   */
  @Nested
  class CodeAndComments {

    private static final String TABLE = """
        | Code | Name | Description |
        | --- | --- | --- |
        | 1000 | Normal Closure | Fine. |
        | 1001 | Going Away | Gone. |
        """;

    private static final String EXAMPLE_ROWS = """
        | Code | Name | Description |
        | --- | --- | --- |
        | 1000 | Example | Example. |
        | 1001 | Example | Example. |
        | 1002 | Example | Example. |
        """;

    private static List<String> names(PageRead document) {
      return document.rows().stream().map(PageRow::name).toList();
    }

    /**
     * A pipe table inside a quotation, or one of MDN's callouts ({@code > [!NOTE]}), is a table, as
     * GitHub shows it: its rows are read at their own lines; a quoted line with a pipe is no row,
     * and a table in a code block inside a quotation is an example.
     */
    @Test
    void aPipeTableInAQuotationIsATable() {
      PageRead document = read("""
          # CloseEvent

          > [!NOTE]
          > The codes, a | b:
          >
          > | Code | Name | Description |
          > | --- | --- | --- |
          > | `1000` | Normal Closure | Fine. |
          > | `1001` | Going Away | Leaving. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals(8, document.rows().get(0).location().line());
      assertEquals("Going Away", document.rows().get(1).name());

      PageRead example = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | Normal Closure | Fine. |

          > An example:
          >
          > ```
          > | Code | Name | Description |
          > | --- | --- | --- |
          > | `1001` | Example | Not real. |
          > ```
          """);
      assertEquals(List.of("1000"), ranges(example));
      assertEquals(List.of(), lines(example.diagnostics()));
    }

    /**
     * An HTML table inside a quotation is read as GitHub shows it: a cell's text that wraps onto
     * the next quoted line goes on without the line's quotation marker.
     */
    @Test
    void anHtmlTableInAQuotationIsReadWithoutItsMarkers() {
      PageRead document = read("""
          > [!NOTE]
          > The codes:
          >
          > <table>
          >   <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          >   <tr><td>1000</td><td>Normal</td><td>Fine, and
          >   more text.</td></tr>
          >   <tr><td
          >   >1001</td><td>Away</td><td>Gone.</td></tr>
          > > <tr><td>1002</td><td>Error</td><td>Broken.</td></tr>
          > </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals("Fine, and more text.", document.rows().get(0).description().plainText());
      // in the block the quotation holds, a second marker is the tag's end or text, as HTML writes it
      assertEquals("Gone.", document.rows().get(1).description().plainText());
    }

    /**
     * A quotation starts on the line after a paragraph, without a blank line between, as it does
     * on GitHub: the HTML it holds is read without its markers, and the paragraph ends before it.
     */
    @Test
    void aQuotationRightAfterAParagraphHoldsItsHtmlWithoutMarkers() {
      PageRead document = read("""
          The codes follow.
          > <table>
          >   <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          >   <tr><td>1000</td><td>Normal</td><td>Fine, and
          >   more text.</td></tr>
          > </table>
          """);
      assertEquals(List.of("1000"), ranges(document));
      assertEquals("Fine, and more text.", document.rows().get(0).description().plainText());
    }

    /**
     * A quotation inside a list item starts where the item's content does, four spaces in under
     * one of MDN's definitions ({@code   - : text}): the table it holds is read as GitHub shows it,
     * in Markdown or HTML, and the item's content goes on after it. Four columns past the item's
     * content, the same lines are code.
     */
    @Test
    void aQuotationInsideAListItemHoldsATable() {
      String definition = "- `code`\n  - : The close code.\n\n";
      String html = "<table>\n  <tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "  <tr><td>1000</td><td>Normal Closure</td><td>Fine, and\n  more text.</td></tr>\n"
          + "  <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n</table>\n";
      for (String quoted : List.of(TABLE, "[!NOTE]\n" + TABLE, html)) {
        String quotation = ("> " + quoted.replace("\n", "\n> ")).replaceAll("\n> $", "\n");
        for (String page : List.of(definition + quotation.indent(4), "1. The codes:\n\n" + quotation.indent(3),
            "- The codes:\n\n  More text.\n\n" + quotation.indent(5))) {
          PageRead document = read(page);
          assertEquals(List.of("Normal Closure", "Going Away"), names(document), page);
          assertEquals(List.of(), lines(document.diagnostics()), page);
          assertEquals(page.lines().toList().indexOf(page.lines().filter(line -> line.contains("1000")).findFirst()
              .orElseThrow()) + 1, document.rows().get(0).location().line(), page);
        }
      }
      // a quotation may open on the item's own line too, in Markdown or HTML
      for (String quoted : List.of(TABLE, html)) {
        for (String marker : List.of("- ", "1. ", "- - ")) {
          String indent = " ".repeat(marker.length());
          String page = marker + "> " + quoted.strip().replace("\n", "\n" + indent + "> ") + "\n";
          PageRead document = read(page);
          assertEquals(List.of("Normal Closure", "Going Away"), names(document), page);
          assertEquals(List.of(), lines(document.diagnostics()), page);
        }
      }
      // the item's content after the quotation: a table there is read, not taken for code
      PageRead after = read(definition + "    > [!NOTE]\n    > Codes follow.\n\n" + TABLE.indent(4));
      assertEquals(List.of("Normal Closure", "Going Away"), names(after));
      // four columns past the item's content, a quoted table is an example
      PageRead example = read(definition + ("> " + EXAMPLE_ROWS.replace("\n", "\n> ")).indent(8) + "\n" + TABLE);
      assertEquals(List.of("Normal Closure", "Going Away"), names(example));
      assertEquals(List.of(), lines(example.diagnostics()));
    }

    /**
     * Outside a quotation, a {@code >} that starts a line of HTML is HTML: a tag's end or the
     * text's own, as GitHub keeps it. So is one alone on its line, where a formatter puts a long
     * tag's end: it had been read as a blank line in a quotation, the tag run on into the next one.
     */
    @Test
    void aLineOfHtmlOutsideAQuotationMayStartWithItsOwnAngleBracket() {
      PageRead document = read("""
          <table>
            <tr><th>Code</th><th>Name</th><th>Description</th></tr>
            <tr><td
            >1000</td><td>Normal</td><td>Fine, but
            > 999.</td></tr>
            <tr><td>1001</td><td>Away</td><td><strong>Reserved.</strong
          >
          Gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Fine, but > 999.", document.rows().get(0).description().plainText());
      assertEquals("Reserved. Gone.", document.rows().get(1).description().plainTextOnOneLine());
      assertEquals(List.of(), lines(document.diagnostics()));
    }

    @Test
    void aTableInAFencedCodeBlockIsAnExample() {
      for (String fenced : List.of("```md\n" + EXAMPLE_ROWS + "```\n", "~~~~\n" + EXAMPLE_ROWS + "~~~\n~~~~ \t\n",
          "  ```html\n  <table><tr><th>Code</th><th>Name</th></tr>\n  <tr><td>1000</td><td>Example</td></tr>\n"
              + "  <tr><td>1001</td><td>Example</td></tr>\n  <tr><td>1002</td><td>Example</td></tr></table>\n  ```\n")) {
        PageRead document = read("The event.\n\n" + fenced + "\n" + TABLE);
        assertEquals(List.of("Normal Closure", "Going Away"), names(document), fenced);
        assertEquals(List.of(), document.diagnostics(), fenced);
      }
    }

    /**
     * Four spaces more than the list item holding it (or than the page's margin, outside any list)
     * make a line code where it cannot go on a paragraph, as GitHub shows it: a table there is an
     * example, in Markdown or HTML.
     */
    @Test
    void aTableIndentedAsCodeIsAnExample() {
      String indented = EXAMPLE_ROWS.indent(4);
      String html = "<table><tr><th>Code</th><th>Name</th></tr>\n<tr><td>1000</td><td>Example</td></tr>\n"
          + "<tr><td>1001</td><td>Example</td></tr>\n<tr><td>1002</td><td>Example</td></tr></table>\n";
      for (String example : List.of("\n" + indented, "\n" + html.indent(4), "\n\t" + EXAMPLE_ROWS.replace("\n", "\n\t"),
          "\n- An item:\n\n" + EXAMPLE_ROWS.indent(6), "\n1. An item\n\n" + EXAMPLE_ROWS.indent(7),
          "\n- An item\n\nA paragraph.\n\n" + indented, "\n> A quote:\n>\n" + indented.replace("    ", ">     "),
          "\n- An item\n---\n\n" + indented, "\n- An item\n# A heading\n" + indented)) {
        PageRead document = read("The event.\n" + example + "\n" + TABLE);
        assertEquals(List.of("Normal Closure", "Going Away"), names(document), example);
        assertEquals(List.of(), document.diagnostics(), example);
      }
      // The code ends where a line is indented less; a table may start there.
      PageRead document = read("The event.\n\n" + indented + TABLE);
      assertEquals(List.of("Normal Closure", "Going Away"), names(document));
      assertEquals(List.of(), document.diagnostics());
    }

    /**
     * Where the page's only table of close codes is code or in a comment, often by mistake (a
     * table indented too far), the error is at that table's line and says where it stands, not that
     * the page has no table.
     */
    @Test
    void aPageWhoseOnlyTableIsCodeOrACommentIsAnErrorAtThatTable() {
      String html = "<table><tr><th>Code</th><th>Name</th></tr>\n<tr><td>1000</td><td>Normal</td></tr></table>\n";
      Map<String, String> whereByPage = new LinkedHashMap<>();
      whereByPage.put("The codes:\n\n" + TABLE.indent(4), "3:indented code");
      whereByPage.put("The codes:\n\n" + html.indent(4), "3:indented code");
      whereByPage.put("The codes:\n\n```md\n" + TABLE + "```\n", "4:a fenced code block");
      whereByPage.put("The codes:\n\n~~~html\n" + html + "~~~\n", "4:a fenced code block");
      whereByPage.put("The codes:\n\n<!--\n" + TABLE + "-->\n", "4:an HTML comment");
      // an HTML table in a comment, whose markup the page does not parse, had been "no table found" at line 1
      whereByPage.put("The codes:\n\n<!--\n" + html + "-->\n", "4:an HTML comment");
      whereByPage.put("The codes:\n\n<!-- " + html + "-->\n", "3:an HTML comment");
      whereByPage.forEach((page, where) -> {
        PageRead document = read(page);
        String line = where.substring(0, where.indexOf(':'));
        assertEquals(List.of(line + " error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(document.diagnostics()), page);
        assertTrue(document.diagnostics().get(0).text().contains(where.substring(where.indexOf(':') + 1)),
            document.diagnostics().get(0).text());
      });
      // and in an element the page hides, said at the element and then at the table
      PageRead hidden = read("The codes:\n\n<div hidden>\n" + html + "</div>\n");
      assertEquals(List.of("3 warning HIDDEN_ROW_SKIPPED", "4 error TABLE_ONLY_IN_CODE_OR_COMMENT"),
          lines(hidden.diagnostics()));
      assertTrue(hidden.diagnostics().get(1).text().contains("an element the page hides"),
          hidden.diagnostics().get(1).text());
      // and in an element whose content HTML reads as no markup (a template, a script, a text area),
      // which had been "no close-code table found" at line 1
      for (String element : List.of("template", "script", "textarea", "TEMPLATE")) {
        PageRead unread = read("The codes:\n\n<" + element + ">\n" + html + "</" + element + ">\nMore.\n");
        assertEquals(List.of("4 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(unread.diagnostics()), element);
        assertTrue(unread.diagnostics().get(0).text().contains("an element whose content HTML reads as no markup of"
            + " the page (<template>, <script>, <textarea> and the like)"), unread.diagnostics().get(0).text());
      }
    }

    /**
     * The same indentation inside a list item, as MDN's definitions hold the table, or on a
     * paragraph's next line, is the item's or the paragraph's, and is read.
     */
    @Test
    void aTableIndentedInsideAListItemIsItsContent() {
      for (String page : List.of("- `code`\n  - : The codes:\n\n" + TABLE.indent(4),
          "1. The codes:\n\n" + TABLE.indent(4), "- The codes:\n\n  More text.\n\n" + TABLE.indent(4),
          "> - The codes:\n>\n" + TABLE.indent(4).replace("    ", ">    "), "The codes:\n" + TABLE.indent(4),
          "- A list\nwhose text goes on:\n\n" + TABLE.indent(4), "-\tThe codes, after a tab:\n\n" + TABLE.indent(6),
          "2)   The codes:\n\n" + TABLE.indent(8))) {
        PageRead document = read(page);
        assertEquals(List.of("Normal Closure", "Going Away"), names(document), page);
      }
    }

    @Test
    void aTableInAnHtmlCommentIsNotRead() {
      PageRead document = read("The event.\n\n<!--\n" + EXAMPLE_ROWS + "-->\n\n" + TABLE);
      assertEquals(List.of("Normal Closure", "Going Away"), names(document));
      assertEquals(List.of(), document.diagnostics());

      PageRead onlyInAComment = read("The event.\n\n<!-- old table\n" + TABLE + "-->\n");
      assertEquals(List.of("4 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(onlyInAComment.diagnostics()));
    }

    /**
     * Markup in a code block is an example's: a comment, a CDATA section or a script it opens and
     * does not close there is shown as code and opens nothing of the page, so it hides no table
     * after the block, as a browser shows it.
     */
    @Test
    void markupACodeBlockOpensEndsWithTheBlock() {
      String htmlTable = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n"
          + "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n</table>\n";
      List<String> examples = List.of("```html\n<!-- a comment opened\n```\n",
          "The example:\n\n    <!-- indented code\n",
          "```xml\n<![CDATA[ data\n```\n",
          "```html\n<script>\n```\n",
          "```html\n<p>A <!-- comment\n```\n");
      for (String example : examples) {
        for (String table : List.of(htmlTable, TABLE)) {
          PageRead document = read("The event.\n\n" + example + "\n" + table + "\nIt ends:\n\n```html\n--> ]]> </script>\n```\n");
          assertEquals(List.of("Normal Closure", "Going Away"), names(document), example + table);
          assertEquals(List.of(), lines(document.diagnostics()), example + table);
        }
      }
      // a comment or a script that closes inside its block is the example's own, and hides nothing either
      PageRead closed = read("```html\n<!-- a note -->\n<script>let code = 1000;</script>\n```\n\n" + htmlTable);
      assertEquals(List.of("Normal Closure", "Going Away"), names(closed));
      assertEquals(List.of(), lines(closed.diagnostics()));
    }

    /**
     * A code block or comment never closed hides the rest of the page: where that leaves no
     * table, the error is at the line it opens on and says so, rather than that the page has none.
     */
    @Test
    void aBlockNeverClosedThatHidesTheTableIsTheErrorsLine() {
      for (String opening : List.of("```js\nsocket.close(1000);\n\n", "<!-- an editor's note\n\n")) {
        PageRead document = read("The event.\n\n" + opening + TABLE);
        assertEquals(List.of("3 error UNCLOSED_BLOCK_HIDES_TABLE"), lines(document.diagnostics()), opening);
      }
    }

    /**
     * A comment that opens inside a line and does not close on it is text there, as CommonMark has
     * it, and hides no row; one that opens a line and never closes hides the rest of the page,
     * which is said at its line even where a table was found above it, and is an error where
     * the rest holds rows of close codes.
     */
    @Test
    void onlyACommentThatOpensALineHidesTheLinesAfterIt() {
      PageRead inline = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal <!-- check | Fine. |\n"
          + "| 1001 | Away | Gone. |\n| 1002 | Error | Bad. |\n");
      assertEquals(List.of("1000", "1001", "1002"), ranges(inline));
      assertEquals(List.of(), inline.diagnostics());

      PageRead after = read(TABLE + "\n<!-- notes to add later\nSee the RFC.\n");
      assertEquals(List.of("1000", "1001"), ranges(after));
      assertEquals(List.of("6 warning UNCLOSED_BLOCK_HIDES_REST"), lines(after.diagnostics()));

      PageRead rowsAfter = read(TABLE + "\n<!-- rows to add later\n| 1002 | Error | Bad. |\n");
      assertEquals(List.of("6 error TABLE_ROWS_IN_UNCLOSED_BLOCK"), lines(rowsAfter.diagnostics()));
    }

    /**
     * A comment or code block never closed that opens among a table's rows hides the rows after
     * it, and an HTML table's end: the table read would be its first rows only. That is an error
     * at the line it opens on, counting the rows it hides, not a table cut short with exit 0.
     */
    @Test
    void aBlockNeverClosedAmongTheRowsIsAnErrorThatCountsTheRowsItHides() {
      String header = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n";
      String rows = "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n"
          + "<tr><td>1002</td><td>Protocol error</td><td>Bad.</td></tr>\n</table>\n";
      PageRead html = read(header + "<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n<!-- to check\n" + rows);
      assertEquals(List.of("4 error TABLE_ROWS_IN_UNCLOSED_BLOCK"), lines(html.diagnostics()));
      assertEquals("the comment opened here is never closed, so the rest of the page is a comment, and 2 row(s) of"
          + " close codes in it, to line 6, are not read; close it with --> where it should end",
          html.diagnostics().get(0).text());

      String pipe = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n";
      for (String opening : List.of("<!-- to check\n", "```\n")) {
        PageRead document = read(pipe + opening + "| 1001 | Going Away | Gone. |\n| 1002 | Protocol error | Bad. |\n");
        assertEquals(List.of("4 error TABLE_ROWS_IN_UNCLOSED_BLOCK"), lines(document.diagnostics()), opening);
      }

      // a comment opened inside a cell runs on to the end of the page in a browser's markup too
      for (String file : List.of("page.md", "page.html")) {
        PageRead inACell = Reading.page(file, header + "<tr><td>1000</td><td>Normal Closure</td><td>Fine. <!-- check</td></tr>\n"
            + rows);
        assertEquals(List.of("3 error TABLE_ROWS_IN_UNCLOSED_BLOCK"), lines(inACell.diagnostics()), file);
      }
    }

    /**
     * A comment the markup opens inside a line and never closes takes in the rest of the page, as
     * in a browser: after the table, that is said as a comment opened on its own line is; before
     * it, it is the error that the page has no table.
     */
    @Test
    void aCommentTheMarkupNeverClosesIsSaidWhereverItOpens() {
      String table = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n</table>\n";
      PageRead after = read(table + "\n<p>See also <!-- the RFC</p>\n\nMore text.\n");
      assertEquals(List.of("1000"), ranges(after));
      assertEquals(List.of("6 warning UNCLOSED_BLOCK_HIDES_REST"), lines(after.diagnostics()));

      PageRead before = read("<p>The codes <!-- draft</p>\n\n" + table);
      assertEquals(List.of("1 error UNCLOSED_BLOCK_HIDES_TABLE"), lines(before.diagnostics()));
    }

    /**
     * A paragraph wholly in italics is an aside, as MDN writes "_This interface also inherits
     * properties from its parent, Event._" and a translation its note on itself: it had opened the
     * Javadoc of {@code CloseEvent}. The first paragraph of prose after it does; one that only opens
     * in italics is prose.
     */
    @Test
    void aParagraphWhollyInItalicsIsNoProse() {
      String htmlTable = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n</table>\n";
      PageRead markdown = read("_This page was translated by the community._\n\n"
          + "A CloseEvent is sent when a connection closes.\n\n" + htmlTable);
      assertEquals("A CloseEvent is sent when a connection closes.", markdown.prose().summary().plainText());
      PageRead html = read("<p><em>Cette page est une traduction.</em></p>\n<p><i>Nota</i> <em>bene.</em></p>\n"
          + "<p>A CloseEvent is sent when a connection closes.</p>\n" + htmlTable);
      assertEquals("A CloseEvent is sent when a connection closes.", html.prose().summary().plainText());
      PageRead opening = read("*CloseEvent* is sent when a connection closes.\n\n" + htmlTable);
      assertEquals("CloseEvent is sent when a connection closes.", opening.prose().summary().plainText());
    }

    /**
     * A comment inside a paragraph may close on a later line of it, as CommonMark reads inline
     * HTML, and hides what it holds; one that does not close within its paragraph is text.
     */
    @Test
    void aCommentInAParagraphMayCloseOnALaterLineOfIt() {
      String htmlTable = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n</table>\n";
      PageRead closed = read("A CloseEvent is sent <!-- an editor's\nnote --> when a connection closes.\n\n" + htmlTable);
      assertEquals("A CloseEvent is sent when a connection closes.", closed.prose().summary().plainText());
      assertEquals(List.of(), lines(closed.diagnostics()));

      // what it holds is no markup of the page either: a list of codes there is none
      PageRead list = read("A CloseEvent is sent <!-- <ul><li><code>3000</code></li><li><code>3001</code></li></ul>\n"
          + "--> when a connection closes.\n\n" + htmlTable);
      assertEquals(List.of("1000"), ranges(list));
      assertEquals(List.of(), lines(list.diagnostics()));

      PageRead open = read("A CloseEvent is sent <!-- when\na connection closes.\n\n" + htmlTable);
      assertEquals(List.of("1000"), ranges(open));
      assertEquals(List.of(), lines(open.diagnostics()));
    }

    /** A code span at the start of a line, three backticks and all, opens no code block. */
    @Test
    void codeSpansOfThreeBackticksOpenNoCodeBlock() {
      PageRead document = read("```close()``` ends the connection.\n\n" + TABLE);
      assertEquals(List.of("Normal Closure", "Going Away"), names(document));
    }

    @Test
    void proseInACommentOrACodeBlockIsNeitherSummaryNorDefinition() {
      PageRead document = read("""
          <!--
          An old opening.
          - {{domxref("CloseEvent.code")}}
            - : An old definition.
          -->
          ```
          - {{domxref("CloseEvent.reason")}}
            - : An example's definition.
          ```

          The event.

          - {{domxref("CloseEvent.reason")}}
            - : Why it closed.

          """ + TABLE);
      assertEquals("The event.", document.prose().summary().plainText());
      assertEquals("", document.prose().code().plainText());
      assertEquals("Why it closed.", document.prose().reason().plainText());
    }
  }

  @Nested
  class WholeTables {

    /** A table in the layout of RFC 6455's registry table: rule lines between rows, cells wrapped. */
    private static final String GRID = """
        The registry starts with these values.

             |Status Code | Meaning         | Contact       | Reference |
            -+------------+-----------------+---------------+-----------|
             | 1000       | Normal Closure  | a@example.org | RFC 6455  |
            -+------------+-----------------+---------------+-----------|
             | 1004       | ---Reserved---- | a@example.org | RFC 6455  |
            -+------------+-----------------+---------------+-----------|
             | 1007       | Invalid frame   | a@example.org | RFC 6455  |
             |            | payload data    |               |           |
            -+------------+-----------------+---------------+-----------|
             | 1015       | TLS handshake   | a@example.org | RFC 6455  |
            -+------------+-----------------+---------------+-----------|
        """;

    /**
     * A note across the table among its rows (one cell spanning every column, opening with a word:
     * "Codes 1012 to 1014 were registered after RFC 6455.") is no row of codes, though it names
     * some: it is passed over with a warning that quotes it, where it failed the page. A cell
     * across the row that opens with a number is a row damaged, and stays an error.
     */
    @Test
    void aNoteAcrossTheTableIsPassedOverWithAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td colspan="3">Codes 1012 to 1014 were registered after RFC 6455.</td></tr>
          <tr><td>1012</td><td>Service Restart</td><td>Restarting.</td></tr>
          <tr><td colspan="3">1013 Try Again Later Overloaded.</td></tr>
          <tr><td colspan="2">See 1014 below.</td><td>Bad Gateway</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1012"), ranges(document));
      assertEquals(List.of("4 warning NOTE_ROW_SKIPPED", "6 error NOT_A_CODE", "7 error NOT_A_CODE"),
          lines(document.diagnostics()));
      assertEquals("this row, among the codes, is one cell across the table that does not open with a code, and is"
          + " passed over as a note: 'Codes 1012 to 1014 were registered after RFC 6455.'",
          document.diagnostics().get(0).text());
    }

    /**
     * MDN lists a table's codes in ascending order. A row that breaks it where the rows around it
     * keep it (1090 between 1008 and 1010) is most likely mistyped, and its code lost: it is read
     * as written, with a warning at its line that names the rows around it. A range and the codes
     * inside it that follow it (3000–3999, then 3000) keep the order.
     */
    @Test
    void aRowThatBreaksTheTablesOrderIsAWarningAtItsLine() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          | 1008 | Policy Violation | Against policy. |
          | 1090 | Message Too Big | Too big. |
          | 1010 | Mandatory Ext. | No extension. |
          | 1011 | Internal Error | Failed. |
          | 3000–3999 | | For libraries. |
          | 3000 | Unauthorized | Not authorized. |
          """);
      assertEquals(List.of("1000", "1008", "1090", "1010", "1011", "3000–3999", "3000"), ranges(document));
      assertEquals(List.of("5 warning CODE_OUT_OF_ORDER"), warnings(document));
      assertEquals("1090 breaks the ascending order of the codes around it: the row before it is 1008 (line 4),"
          + " the row after it 1010 (line 6); it is read as written, so check it for a mistyped code",
          document.diagnostics().get(0).text());
    }

    /**
     * A table that lists most of the codes RFC 6455 defines (1000–1011 and 1015) but not all has
     * lost a row, or mistyped its code: each code missing is a warning at the row it would stand
     * before. Generated without a registry, the code would be unknown to the checks.
     */
    @Test
    void aTableThatListsMostOfTheRfcsCodesButNotAllHasLostARow() {
      StringBuilder page = new StringBuilder("| Code | Name | Description |\n| --- | --- | --- |\n");
      for (int code : new int[] {1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1010, 1011, 1012, 1013}) {
        page.append("| ").append(code).append(" | Code ").append(code - 999).append(" | Text of ").append(code)
            .append(". |\n");
      }
      PageRead document = read(page.toString());
      assertEquals(List.of("12 warning RFC_CODE_NOT_LISTED", "15 warning RFC_CODE_NOT_LISTED"), warnings(document));
      assertEquals("the table has no row for 1009, one of the 13 codes RFC 6455 defines, though it has rows for 11 of"
          + " them: a row may have been lost, or its code mistyped, before the row of 1010",
          document.diagnostics().get(0).text());
      assertEquals("the table has no row for 1015, one of the 13 codes RFC 6455 defines, though it has rows for 11 of"
          + " them: a row may have been lost, or its code mistyped, after the row of 1013",
          document.diagnostics().get(1).text());
    }

    /**
     * A code missing is placed by the codes, not by where the rows stand: beside a mistyped row out
     * of order (1080 for 1008), 1008 stands before 1009 and 1015 before 1016–2999.
     */
    @Test
    void aMissingCodeIsPlacedBeforeTheNextCodeUpNotTheNextRowDown() {
      StringBuilder page = new StringBuilder("| Code | Name | Description |\n| --- | --- | --- |\n");
      for (String code : List.of("1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1080", "1009",
          "1010", "1011", "1016–2999")) {
        page.append("| ").append(code).append(" | | Text of ").append(code).append(". |\n");
      }
      PageRead document = read(page.toString());
      assertEquals(List.of("11 warning CODE_OUT_OF_ORDER", "12 warning RFC_CODE_NOT_LISTED",
          "15 warning RFC_CODE_NOT_LISTED"), warnings(document));
      assertTrue(document.diagnostics().get(1).text().endsWith("before the row of 1009"),
          document.diagnostics().get(1)::toString);
      assertTrue(document.diagnostics().get(2).text().endsWith("before the row of 1016–2999"),
          document.diagnostics().get(2)::toString);
    }

    /** A table of a few of the RFC's codes, or one whose ranges hold them, lacks none. */
    @Test
    void aTableOfAFewOfTheRfcsCodesOrOfRangesHoldingThemLacksNone() {
      PageRead excerpt = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Done. |\n"
          + "| 1001 | Away | Gone. |\n| 1011 | Error | Failed. |\n");
      assertEquals(List.of(), warnings(excerpt));
      PageRead ranges = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Done. |\n"
          + "| 1001–1003 | | Errors. |\n| 1004–1006 | | Reserved. |\n| 1007–1011 | | More errors. |\n"
          + "| 1012–1015 | | Later. |\n");
      assertEquals(List.of(), warnings(ranges));
    }

    /**
     * A table whose rows cover the codes from 0 to 4999, as every MDN table does, but leave some
     * out between two rows ({@code 1015}, then {@code 1017–2999}) has a bound mistyped: the codes
     * left out get no meaning from the page, and its range's constant and the checks built from
     * the page's ranges change with them. A warning at the row after them names them; it had been
     * read with nothing said. A table that does not reach from 0 to 4999 is an excerpt, and its
     * gaps are its author's.
     */
    @Test
    void codesInNoRowOfATableOfTheWholeSpanAreAWarning() {
      String head = "| Code | Name | Description |\n| --- | --- | --- |\n| 0–999 | | Unused. |\n"
          + "| 1000–1015 | | Defined. |\n";
      String tail = "| 3000–3999 | | Registered. |\n| 4000–4999 | | Private. |\n";
      PageRead gap = read(head + "| 1017–2999 | | Future. |\n" + tail);
      assertEquals(List.of("5 warning CODES_IN_NO_ROW"), warnings(gap));
      String text = gap.diagnostics().get(0).text();
      assertTrue(text.startsWith("no row holds 1016,") && text.contains("1000–1015, line 4"), text);
      PageRead wider = read(head + "| 1016–2899 | | Future. |\n" + tail);
      assertEquals(List.of("6 warning CODES_IN_NO_ROW"), warnings(wider));
      assertTrue(wider.diagnostics().get(0).text().startsWith("no row holds 2900–2999,"),
          wider.diagnostics().get(0).text());

      // the whole span, a code inside a range listed too: no gap
      PageRead whole = read(head + "| 1016–2999 | | Future. |\n"
          + tail.replace("| 4000", "| 3001 | | One. |\n| 4000"));
      assertEquals(List.of(), warnings(whole));
      // an excerpt: not from 0 to 4999, or with few of the codes RFC 6455 defines
      PageRead notFromZero = read(head.replace("| 0–999 | | Unused. |\n", "") + "| 1017–2999 | | Future. |\n" + tail);
      assertEquals(List.of(), warnings(notFromZero));
      PageRead few = read(head.replace("1000–1015", "1000") + "| 1017–2999 | | Future. |\n" + tail);
      assertEquals(List.of(), warnings(few));
    }

    /**
     * RFC 6455 divides the codes into 0–999, 1000–2999, 3000–3999 and 4000–4999, each used in its
     * own way, and defines none from 5000; no table of MDN's has a range across their bounds. A
     * range that runs across one ({@code 4000–49999}, {@code 1016–3999}, {@code 0–9999}: a digit
     * added or mistyped) holds the codes of the next, or codes no close frame may carry, and had
     * been read with nothing said, a range the registry does not know generated from it. A warning
     * at its row names the bound. A range within one of the RFC's, or from 5000 on, says nothing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        0–999     | 4000–49999 | 4999
        0–999     | 1016–3999  | 2999
        0–9999    | 1016–2999  | 999
        0–999     | 3000–4000  | 3999
        """)
    void aRangeAcrossTheBoundsOfTheRfcsRangesIsAWarning(String first, String other, String bound) {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| " + first + " | | Unused. |\n"
          + "| 1000 | Normal | Done. |\n| " + other + " | | Other. |\n");
      String across = first.equals("0–999") ? other : first;
      int line = first.equals("0–999") ? 5 : 3;
      assertEquals(List.of(line + " warning RANGE_ACROSS_RFC_BOUNDS"), warnings(document), across);
      assertEquals(across + " runs past " + bound + ", where one of RFC 6455's ranges ends (0–999, 1000–2999,"
          + " 3000–3999, 4000–4999; none from 5000), as no range of MDN's tables does: the codes either side of"
          + " it are not used alike, so check the range's bounds for a digit added or mistyped",
          document.diagnostics().get(0).text());
    }

    @Test
    void aRangeWithinTheRfcsRangesOrPastThemSaysNothing() {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| 0–999 | | Unused. |\n"
          + "| 1000 | Normal | Done. |\n| 1016–1999 | | Future. |\n| 2000–2999 | | Extensions. |\n"
          + "| 3000–3999 | | Registered. |\n| 4000–4999 | | Private. |\n| 5000–65535 | | Invalid. |\n");
      assertEquals(List.of(), warnings(document));
    }

    /**
     * Every table of an MDN page, in each version and locale, covers the codes from 0 to 4999, its
     * ranges with them. One that lists most of the codes RFC 6455 defines but stops short of 4999,
     * or starts above 0, has lost rows (a copy that missed its last lines, a merge that dropped
     * them), and the codes past it get no meaning from the page: it had been read as an excerpt,
     * with nothing said. On a page that MDN's front matter (a {@code slug}) makes one of its pages,
     * a warning at the row beside them names them; a page without it may be an excerpt, whose ends
     * are its author's, and so is a table of a few of the RFC's codes.
     */
    @Test
    void anMdnTableThatStopsShortOfTheWholeSpanIsAWarning() {
      String frontMatter = "---\ntitle: CloseEvent.code\nslug: Web/API/CloseEvent/code\n---\n\n";
      String head = "| Code | Name | Description |\n| --- | --- | --- |\n";
      String zero = "| 0–999 | | Unused. |\n";
      String codes = "| 1000–1015 | | Defined. |\n";
      String middle = "| 1016–2999 | | Future. |\n| 3000–3999 | | Registered. |\n";
      String end = "| 4000–4999 | | Private. |\n";
      String after = "\n## Specifications\n\nRFC 6455.\n";
      PageRead shortOfTheEnd = read(frontMatter + head + zero + codes + middle + after);
      assertEquals(List.of("11 warning CODES_PAST_THE_TABLE"), warnings(shortOfTheEnd));
      assertEquals("no row holds 4000–4999, though the table of an MDN page, as its front matter makes this one,"
          + " covers every code from 0 to 4999: rows after the row of 3000–3999 may have been lost, and the page"
          + " gives those codes no meaning", shortOfTheEnd.diagnostics().get(0).text());
      PageRead notFromZero = read(frontMatter + head + codes + middle + end + after);
      assertEquals(List.of("8 warning CODES_PAST_THE_TABLE"), warnings(notFromZero));
      assertTrue(notFromZero.diagnostics().get(0).text().startsWith("no row holds 0–999, ")
          && notFromZero.diagnostics().get(0).text().contains("rows before the row of 1000–1015 may"),
          notFromZero.diagnostics().get(0).text());
      PageRead both = read(frontMatter + head + codes + "| 1016–2999 | | Future. |\n" + after);
      assertEquals(List.of("8 warning CODES_PAST_THE_TABLE", "9 warning CODES_PAST_THE_TABLE"), warnings(both));
      assertTrue(both.diagnostics().get(1).text().startsWith("no row holds 3000–4999, "),
          both.diagnostics().get(1).text());

      // the whole span; no MDN front matter, an excerpt maybe; a few of the RFC's codes, an excerpt
      assertEquals(List.of(), warnings(read(frontMatter + head + zero + codes + middle + end + after)));
      assertEquals(List.of(), warnings(read(head + zero + codes + middle + after)));
      assertEquals(List.of(), warnings(read(frontMatter + head + "| 1000 | Normal | Done. |\n| 1001 | Away | Gone. |\n"
          + after)));
    }

    /** At either end of the table, the one row beside it is named. */
    @Test
    void aRowOutOfOrderAtTheTablesStartNamesTheRowAfterIt() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1100 | Normal Closure | Done. |
          | 1001 | Going Away | Gone. |
          | 1002 | Protocol error | Broken. |
          | 1003 | Unsupported Data | Wrong type. |
          """);
      assertEquals(List.of("3 warning CODE_OUT_OF_ORDER"), warnings(document));
      assertEquals("1100 breaks the ascending order of the codes around it: the row after it is 1001 (line 4);"
          + " it is read as written, so check it for a mistyped code", document.diagnostics().get(0).text());
    }

    /**
     * Two usable codes the page describes in the same words are a row copied from another: the
     * later's Javadoc would carry the earlier's meaning. A warning at the later row; text that
     * sets codes aside ("Reserved.") may well be said of several.
     */
    @Test
    void aDescriptionTwoUsableCodesShareIsAWarningAtTheLaterRow() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | The purpose was fulfilled. |
          | 1001 | Going Away | the purpose was fulfilled |
          | 1004 | | Reserved. |
          | 1014 | | Reserved. |
          | 3000–3999 | | The purpose was fulfilled. |
          """);
      // its small letter, among the capitals, is said too
      assertEquals(List.of("4 warning DESCRIPTION_OF_ANOTHER_ROW", "4 warning DESCRIPTION_OPENS_MID_SENTENCE"),
          warnings(document));
      assertEquals("1001 is described here in the words 1000 is at line 3: one of the two rows may have been copied"
          + " from the other and not wholly changed; both are read as written", document.diagnostics().get(0).text());
      PageRead spanned = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1012</td><td>Service Restart</td><td rowspan="2">Registered after RFC 6455.</td></tr>
          <tr><td>1013</td><td>Try Again Later</td></tr>
          </table>
          """);
      // one cell spanning two rows says one thing of both codes: no copy
      assertEquals(spanned.rows().get(0).description(), spanned.rows().get(1).description());
      assertEquals(List.of(), warnings(spanned));
    }

    /**
     * Two codes the page gives one name are a row copied from another and not all of it changed:
     * a warning at the later row, naming the earlier. The name is compared as words (case, accents
     * and punctuation aside); a name that only says the code is reserved is no code's own name.
     */
    @Test
    void aNameTwoCodesShareIsAWarningAtTheLaterRow() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          | 1001 | Normal closure. | Gone. |
          | 1002 | Protocol error | Broken. |
          | 1004 | Reserved | Not to be used. |
          | 1015 | Reserved | Reserved for TLS. |
          | 3000–3999 | Normal Closure | For libraries. |
          """);
      assertEquals(List.of("4 warning NAME_OF_ANOTHER_ROW"), warnings(document));
      assertEquals("1001 is named 'Normal closure.' here, as 1000 is at line 3: one of the two rows may have been"
          + " copied from the other and not wholly changed; both are read as written",
          document.diagnostics().get(0).text());
      assertEquals(List.of(), warnings(read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normale Schließung | Done. |
          | 1001 | Abgang | Gone. |
          | 1002 | | Broken. |
          | 1003 | | Wrong type. |
          """)));
    }

    /**
     * A table in another order throughout (descending, or as its author pleased) is no typo: more
     * than a few rows, or more than a quarter of them, out of order say nothing.
     */
    @Test
    void aTableInAnotherOrderThroughoutSaysNothingOfIt() {
      PageRead descending = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1003 | Unsupported Data | Wrong type. |
          | 1002 | Protocol error | Broken. |
          | 1001 | Going Away | Gone. |
          | 1000 | Normal Closure | Done. |
          """);
      assertEquals(List.of("1003", "1002", "1001", "1000"), ranges(descending));
      assertEquals(List.of(), warnings(descending));
      PageRead two = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1001 | Going Away | Gone. |\n"
          + "| 1000 | Normal Closure | Done. |\n");
      assertEquals(List.of(), warnings(two));
    }

    /**
     * A pipe table may open on a list item's own line ({@code - | Code | Name |}), its rows below
     * at the item's content, as GitHub shows it: its first row is its header, and its columns are
     * read by their words, not by position. The next item's table is a table of its own.
     */
    @Test
    void aTableThatOpensOnAListItemsLineHasItsHeader() {
      for (String marker : List.of("- ", "* ", "1. ", "2) ", "-   ")) {
        String indent = " ".repeat(marker.length());
        String page = marker + "| Description | Name | Code |\n" + indent + "| --- | --- | --- |\n"
            + indent + "| Closed. | Normal Closure | 1000 |\n" + indent + "| Away. | Going Away | 1001 |\n";
        PageRead document = read(page);
        assertEquals(List.of("1000", "1001"), ranges(document), page);
        assertEquals("Going Away", document.rows().get(1).name(), page);
        assertEquals("Away.", document.rows().get(1).description().plainText(), page);
        assertEquals(List.of(), lines(document.diagnostics()), page);
      }
      PageRead two = read("""
          - | Code | Name | Description |
            | --- | --- | --- |
            | 1000 | Normal Closure | Done. |
            | 1001 | Going Away | Gone. |
          - | Code | Name | Description |
            | --- | --- | --- |
            | 1000 | Normal Closure | Done. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(two));
      assertEquals(List.of("7 warning TABLE_NOT_READ"), lines(two.diagnostics()));
    }

    /**
     * Five or more spaces after a list item's marker make its first line indented code, as
     * CommonMark and GitHub read it: a pipe table or a quotation there is an example in code, not
     * a table of the page.
     */
    @Test
    void aTableOrQuotationFiveSpacesPastAnItemsMarkerIsCode() {
      String table = """
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Done. |
          """;
      for (String marker : List.of("-     ", "1.      ", "-\t  ", "- -      ")) {
        for (String quote : List.of("", "> ")) {
          String indent = " ".repeat(marker.replace("\t", "   ").length());
          String example = marker + quote + "| Code | Name | Description |\n" + indent + quote + "| --- | --- | --- |\n"
              + indent + quote + "| 4999 | Example | Only an example. |\n";
          String page = table + "\nAn example:\n\n" + example;
          PageRead document = read(page);
          assertEquals(List.of("1000"), ranges(document), page);
          assertEquals(List.of(), lines(document.diagnostics()), page);
        }
      }
      // four columns past the marker are still the item's content, with a tab too
      for (String marker : List.of("-    ", "-\t ")) {
        String page = marker + "| Code | Name | Description |\n     | --- | --- | --- |\n     | 1000 | Normal Closure | Done. |\n";
        PageRead content = read(page);
        assertEquals(List.of("1000"), ranges(content), page);
        assertEquals("Normal Closure", content.rows().get(0).name(), page);
        assertEquals(List.of(), lines(content.diagnostics()), page);
      }
    }

    @Test
    void aTableWithRuleLinesBetweenRowsReadsInFullWithWrappedCellsJoined() {
      PageRead document = read(GRID);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("1000", "1004", "1007", "1015"), ranges(document));
      assertEquals(List.of("Normal Closure", "---Reserved----", "Invalid frame payload data", "TLS handshake"),
          document.rows().stream().map(PageRow::name).toList());
      assertTrue(document.rows().stream().allMatch(row -> row.description().isEmpty()));
      assertEquals(List.of("1004"), reserved(document));
      assertEquals(9, document.rows().get(2).location().line());
    }

    /**
     * A grid table in a Markdown page (Pandoc's form) holds Markdown in its cells: code spans,
     * strong emphasis, links, even across the lines of a wrapped cell.
     */
    @Test
    void aGridTablesCellsAreReadAsMarkdown() {
      PageRead document = read("""
          +-------------+----------------+----------------------------+
          | Status code | Name           | Description                |
          +=============+================+============================+
          | `1000`      | Normal Closure | The purpose was fulfilled. |
          +-------------+----------------+----------------------------+
          | `1001`      | Going Away     | The endpoint is **going    |
          |             |                | away**, [a server down](/x).|
          +-------------+----------------+----------------------------+
          | `3000`–     |                | **Reserved.**              |
          | `3999`      |                |                            |
          +-------------+----------------+----------------------------+
          """);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      assertEquals("The endpoint is going away, a server down.", document.rows().get(1).description().plainText());
      assertEquals(List.of("3000–3999"), reserved(document));
    }

    /**
     * A grid whose rule lines only frame it and set its header apart, as a database console or a
     * text-table tool draws one, has a row on each line: only rule lines between its rows make the
     * lines between two of them one row, wrapped. Read as one row, its codes had been a cell
     * "1000 1001 1004", an error that named no cause.
     */
    @Test
    void aGridFramedOnlyAroundItsHeaderHasARowOnEachLine() {
      PageRead document = read("""
          +------+----------------+-------------+
          | Code | Name           | Description |
          +------+----------------+-------------+
          | 1000 | Normal Closure | Done.       |
          | 1001 | Going Away     | Gone.       |
          | 1004 | Reserved       | Reserved.   |
          +------+----------------+-------------+
          """);
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals(List.of("1000", "1001", "1004"), ranges(document));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"),
          document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("1004"), reserved(document));
      assertEquals(5, document.rows().get(1).location().line());
    }

    /**
     * A table drawn with box-drawing characters ({@code │ ─ ┼}, light, heavy or double), as a
     * console prints one, or a pipe table written with full-width bars ({@code ｜}), as an input
     * method types them, or a console's or an Org table whose delimiter row crosses its cells with
     * {@code +}, is text to a Markdown reader: it is read as the same table drawn with {@code |}, {@code -}
     * and {@code +}, with a warning from its first line to its last.
     */
    @Test
    void aTableDrawnWithLookalikeLinesIsReadWithAWarning() {
      for (String drawn : List.of("""
          ┌──────┬────────────────┬─────────────┐
          │ Code │ Name           │ Description │
          ├──────┼────────────────┼─────────────┤
          │ 1000 │ Normal Closure │ Done.       │
          │ 1001 │ Going Away     │ Gone.       │
          │ 1004 │ Reserved       │ Reserved.   │
          └──────┴────────────────┴─────────────┘
          """, """
          ╔══════╦════════════════╦═════════════╗
          ║ Code ║ Name           ║ Description ║
          ╠══════╬════════════════╬═════════════╣
          ║ 1000 ║ Normal Closure ║ Done.       ║
          ║ 1001 ║ Going Away     ║ Gone.       ║
          ║ 1004 ║ Reserved       ║ Reserved.   ║
          ╚══════╩════════════════╩═════════════╝
          """, """
          ｜ Code ｜ Name ｜ Description ｜
          ｜ －－－ ｜ －－－ ｜ －－－ ｜
          ｜ `1000` ｜ Normal Closure ｜ Done. ｜
          ｜ `1001` ｜ Going Away ｜ Gone. ｜
          ｜ `1004` ｜ Reserved ｜ **Reserved.** ｜
          """)) {
        PageRead document = read("Close codes\n\n" + drawn);
        assertEquals(List.of("1000", "1001", "1004"), ranges(document), drawn);
        assertEquals(List.of("Normal Closure", "Going Away", "Reserved"),
            document.rows().stream().map(PageRow::name).toList(), drawn);
        assertEquals(List.of("1004"), reserved(document), drawn);
        assertEquals(List.of("3 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(document.diagnostics()), drawn);
        String text = document.diagnostics().get(0).text();
        int last = drawn.split("\n").length + 2;
        assertTrue(text.startsWith(drawn.split("\n").length + " line(s)") && text.endsWith("to line " + last), text);
      }
      // a database console's table without its frame: its delimiter row crosses with '+'
      PageRead console = read("""
          Close codes

           code |      name      | description
          ------+----------------+-------------
           1000 | Normal Closure | Done.
           1001 | Going Away     | Gone.
           1004 | Reserved       | **Reserved.**
          """);
      assertEquals(List.of("1000", "1001", "1004"), ranges(console));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"),
          console.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("4 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(console.diagnostics()));
      assertTrue(console.diagnostics().get(0).text().startsWith("1 line(s) draw"), console.diagnostics().toString());
      // an Emacs Org table: its header's rule crosses with '+' inside the outer pipes
      PageRead org = read("""
          Close codes

          | Code | Name           | Description   |
          |------+----------------+---------------|
          | 1000 | Normal Closure | Done.         |
          | 1001 | Going Away     | Gone.         |
          | 1004 | Reserved       | **Reserved.** |
          """);
      assertEquals(List.of("1000", "1001", "1004"), ranges(org));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"), org.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("4 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(org.diagnostics()));
      // in a code block, such a table is an example, named as one drawn with '|' is
      PageRead example = read("Close codes\n\n```\n┌──────┬──────┐\n│ Code │ Name │\n├──────┼──────┤\n│ 1000 │ Norm │\n"
          + "│ 1001 │ Away │\n└──────┴──────┘\n```\n");
      assertEquals(List.of("4 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(example.diagnostics()));
      // a box-drawing character in a cell's words is a word's, not a line's
      PageRead inWords = read("| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal │ Closure | Done. |\n");
      assertEquals(List.of("Normal │ Closure"), inWords.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of(), lines(inWords.diagnostics()));
      // nor is a tree's branch a table's line
      PageRead tree = read("The files:\n\n├── src\n│   └── main\n\n"
          + "| Code | Description |\n| --- | --- |\n| 1000 | Done. |\n");
      assertEquals(List.of("1000"), ranges(tree));
      assertEquals(List.of(), lines(tree.diagnostics()));
    }

    /**
     * Read by position, a table's names and descriptions are the columns after the codes that hold
     * something: a MediaWiki table that writes a row on one line ({@code | 1000 || Normal || Fine.})
     * splits into cells with an empty one between each two, and its names had been read as the
     * descriptions, its descriptions lost, with warnings that said only that the columns were read
     * by position.
     */
    @Test
    void columnsReadByPositionAreThoseThatHoldSomething() {
      PageRead document = read("""
          Close codes

          | 1000 || Normal Closure || Fine.
          | 1001 || Going Away || Gone.
          | 1004 || Reserved || Reserved.
          """);
      assertEquals(List.of("1000", "1001", "1004"), ranges(document));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"),
          document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("Fine.", "Gone.", "Reserved."), descriptions(document));
      assertEquals(List.of("1004"), reserved(document));
      assertTrue(lines(document.diagnostics()).contains("3 warning COLUMNS_BY_POSITION"), document.diagnostics().toString());
    }

    /**
     * An Org table's cells are in Org's markup, as pandoc writes a page's table: {@code =1000=} and
     * {@code ~3000~} are code, {@code --} an en dash, {@code *Reserved.*} bold and
     * {@code [[URL][text]]} a link. Read as Markdown, {@code =0=--=999=} had been no close code,
     * and the page an error; Markdown's own marks ({@code **Reserved.**}) stay as they are, and a
     * pipe table's cells are Markdown still.
     */
    @Test
    void anOrgTablesCellsAreReadInOrgsMarkup() {
      PageRead org = read("""
          Close codes

          | Status code      | Meaning        | Description                                         |
          |------------------+----------------+-----------------------------------------------------|
          | =0=--=999=       |                | Not used.                                           |
          | =1000=           | Normal Closure | Done, as [[https://www.rfc-editor.org/rfc/rfc6455][RFC 6455]] says. |
          | =1004=           | Reserved       | *Reserved.* A meaning might be defined later.       |
          | =1005=           | No Status      | **Reserved.** No status was given.                  |
          | ~3000~--~3999~   |                | For libraries---and frameworks, see [[Ranges]].     |
          """);
      assertEquals(List.of("0–999", "1000", "1004", "1005", "3000–3999"), ranges(org));
      assertEquals(List.of("0–999", "1004", "1005"), reserved(org));
      assertEquals(List.of("Not used.", "Done, as RFC 6455 says.", "Reserved. A meaning might be defined later.",
          "Reserved. No status was given.", "For libraries\u2014and frameworks, see Ranges."), descriptions(org));
      assertTrue(org.rows().get(2).description().startsWithStrong());
      assertEquals(List.of("4 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(org.diagnostics()));
      // in a pipe table, the same cells are Markdown's: =1000= is no close code there
      PageRead markdown = read("| Code | Name |\n| --- | --- |\n| =1000= | Normal |\n");
      assertEquals(List.of("3 error NO_CODE_UNDER_CODE_HEADER"), lines(markdown.diagnostics()));
    }

    /**
     * Only the line of dashes under a pipe table's header is its delimiter row. Another one, between
     * its rows or under its last, which a Markdown reader shows as a row of dashes, is passed over
     * with a warning and makes no header of the row above it. An Emacs Org table's rules, above its
     * header, between groups of its rows and under its last, are its own lines, under the one
     * warning of look-alike lines: its names and descriptions are read. So is a grid's rule drawn as
     * an Org rule under its header.
     */
    @Test
    void aRuleAmongAPipeTablesRowsIsNoDelimiterRow() {
      PageRead markdown = read("""
          Close codes

          | Code | Name           | Description |
          |------|----------------|-------------|
          | 1000 | Normal Closure | Done.       |
          | 1001 | Going Away     | Gone.       |
          |------|----------------|-------------|
          | 1004 | Reserved       | Reserved.   |
          |:-----|----------------|-------------|
          """);
      assertEquals(List.of("1000", "1001", "1004"), ranges(markdown));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"),
          markdown.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("7 warning RULE_ROW_SKIPPED", "9 warning RULE_ROW_SKIPPED"), lines(markdown.diagnostics()));
      PageRead org = read("""
          Close codes

          |------+----------------+-------------|
          | Code | Name           | Description |
          |------+----------------+-------------|
          | 1000 | Normal Closure | Done.       |
          | 1001 | Going Away     | Gone.       |
          |------+----------------+-------------|
          | 1004 | Reserved       | Reserved.   |
          |------+----------------+-------------|
          """);
      assertEquals(List.of("1000", "1001", "1004"), ranges(org));
      assertEquals(List.of("Normal Closure", "Going Away", "Reserved"), org.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("Done.", "Gone.", "Reserved."), descriptions(org));
      assertEquals(List.of("3 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(org.diagnostics()));
      String text = org.diagnostics().get(0).text();
      assertTrue(text.startsWith("4 line(s)") && text.endsWith("to line 10"), text);
      // a grid whose rule under its header is drawn so, as Python's tabulate draws its psql table
      PageRead grid = read("""
          Close codes

          +------+----------------+-------------+
          | Code | Name           | Description |
          |------+----------------+-------------|
          | 1000 | Normal Closure | Done.       |
          | 1001 | Going Away     | Gone.       |
          +------+----------------+-------------+
          """);
      assertEquals(List.of("1000", "1001"), ranges(grid));
      assertEquals(List.of("Done.", "Gone."), descriptions(grid));
      assertEquals(List.of("5 warning LOOKALIKE_TABLE_LINES_REPAIRED"), lines(grid.diagnostics()));
    }

    /**
     * A row with text and no code above the first code, which the page does not mark a header,
     * reads as a caption: it is passed over, with a warning that quotes it, never silently.
     */
    @Test
    void aRowOfTextAboveTheCodesIsPassedOverWithAWarning() {
      PageRead document = read("| Code | Name | Description |\n| --- | --- | --- |\n| **Single codes** | | |\n"
          + "| | | |\n| 1000 | Normal | Fine. |\n");
      assertEquals(List.of("1000"), ranges(document));
      assertEquals(List.of("3 warning CAPTION_ROW_SKIPPED"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("'Single codes'"), document.diagnostics().get(0).text());
    }

    /**
     * An HTML table's row groups are one table, as HTML shows it: its {@code <tbody>}s in order, then
     * its {@code <tfoot>}, wherever that is written; never a table that "goes on" after itself.
     */
    @Test
    void aTablesRowGroupsAreOneTable() {
      PageRead document = read("""
          <table>
          <thead><tr><th>Status code</th><th>Name</th><th>Description</th></tr></thead>
          <tfoot><tr><td>4000–4999</td><td></td><td>Yours to use.</td></tr></tfoot>
          <tbody>
          <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>Leaving.</td></tr>
          </tbody>
          <tbody><tr><td>1002</td><td>Protocol Error</td><td>Bad.</td></tr></tbody>
          <tbody></tbody>
          <tbody><tr><td>1003</td><td>Unsupported Data</td><td>Bad data.</td></tr></tbody>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003", "4000–4999"), ranges(document));
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals("Unsupported Data", document.rows().get(3).name());
    }

    /**
     * Rows written straight in a {@code <table>} beside its {@code <tbody>} are a row group of their
     * own, as HTML makes them: a header row before the body is the table's header, and its columns,
     * in any order, are read by their names; rows after the body follow it.
     */
    @Test
    void rowsStraightInTheTableBesideItsBodyAreARowGroupOfTheirOwn() {
      PageRead document = read("""
          <table>
          <tr><th>Description</th><th>Status code</th><th>Name</th></tr>
          <tbody>
          <tr><td>Done.</td><td>1000</td><td>Normal Closure</td></tr>
          <tr><td>Leaving.</td><td>1001</td><td>Going Away</td></tr>
          </tbody>
          <tbody><tr><td>Bad.</td><td>1002</td><td>Protocol Error</td></tr></tbody>
          <tr><td>Bad data.</td><td>1003</td><td>Unsupported Data</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(document));
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals("Bad data.", document.rows().get(3).description().plainText());

      PageRead bodyFirst = read("""
          <table>
          <tbody>
          <tr><th>Status code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>
          </tbody>
          <tr><td>1001</td><td>Going Away</td><td>Leaving.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>Bad.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(bodyFirst));
      assertEquals(List.of(), lines(bodyFirst.diagnostics()));
    }

    /**
     * An element written between a table and its rows ({@code <div>}, an {@code <a name>} left
     * open, {@code <form>}) is moved out of the table by a browser, and its rows stay where they
     * are: they are the table's rows, where they had been left out with exit 0 (RFC 6455's codes
     * among them said missing, others not at all) or read as a table of their own.
     */
    @Test
    void rowsInAnElementThatStandsInTheTableAreItsRows() {
      List<List<String>> wrappers = List.of(List.of("<div class=\"more\">", "</div>"), List.of("<a name=\"more\">", ""),
          List.of("<form>", "</form>"), List.of("<span><div>", "</div></span>"));
      for (List<String> wrapper : wrappers) {
        PageRead document = read("<table>\n<thead><tr><th>Code</th><th>Name</th><th>Description</th></tr></thead>\n"
            + "<tbody>\n<tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>\n" + wrapper.get(0) + "\n"
            + "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n"
            + "<tr><td>3000</td><td>Unauthorized</td><td>Not allowed.</td></tr>\n" + wrapper.get(1) + "\n"
            + "<tr><td>4000</td><td>Private</td><td>Yours.</td></tr>\n</tbody>\n</table>\n");
        assertEquals(List.of("1000", "1001", "3000", "4000"), ranges(document), wrapper.get(0));
        assertEquals(List.of(), lines(document.diagnostics()), wrapper.get(0));
        assertEquals(7, document.rows().get(2).location().line(), wrapper.get(0));
      }
      // rows whose tag is mangled, as the received page's are, are rows by the cells they hold
      PageRead mangled = read("<tabwe>\n<tbody>\n<tw><td>Code</td><td>Name</td><td>Description</td></tw>\n"
          + "<tw><td>1000</td><td>Normal Closure</td><td>Fine.</td></tw>\n<div>\n"
          + "<tw><td>1001</td><td>Going Away</td><td>Gone.</td></tw>\n"
          + "<tw><td>3000</td><td>Unauthorized</td><td>Not allowed.</td></tw>\n</div>\n"
          + "<tw><td>4000</td><td>Private</td><td>Yours.</td></tw>\n</tbody>\n</tabwe>\n");
      assertEquals(List.of("1000", "1001", "3000", "4000"), ranges(mangled));
      assertEquals(List.of("1 warning TAG_NAME_REPAIRED", "3 warning TAG_NAME_REPAIRED"), lines(mangled.diagnostics()));
    }

    /**
     * A table left open in a cell takes in the rows after it, in a browser as here: the table read
     * would be the inner one, the outer one's first rows lost with exit 0. Where a table of codes
     * holds the one read in a cell, that is an error at the outer one's first code left out.
     */
    @Test
    void aTableOfCodesInACellOfAnotherIsAnError() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1001</td><td>Going Away<table><tr><td>x</td></tr></td><td>Gone.</td></tr>
          <tr><td>1002</td><td>Protocol error</td><td>Bad.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Bad data.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 error TABLE_AROUND_THE_TABLE"), lines(document.diagnostics()));
      assertEquals("this table's row of 1000 is not read: the close-code table read, at line 4, stands inside one of"
          + " its cells, as a table or a cell left open makes it; close the inner table where it ends, or take it"
          + " out of the cell", document.diagnostics().get(0).text());
    }

    /**
     * A table in a cell of the close-code table is read as the cell's words, as its text shows in
     * the cell; codes it holds that the table does not are said at their row, where they had gone
     * into a name or a description without a word.
     */
    @Test
    void codesOfATableInACellThatTheTableLacksAreAWarning() {
      String rows = """
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Bad data.</td></tr>
          <tr><td>1008</td><td>Policy Violation</td><td>Against policy, where %s fit not.</td></tr>
          <tr><td>1009</td><td>Message Too Big</td><td>Too big; see <code>1003</code> and <code>3000</code>.</td></tr>
          </table>
          """;
      String head = "<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n";
      PageRead lacking = read(head + rows.formatted(
          "<table><tr><td>1020</td><td>Odd</td></tr>\n<tr><td>1021</td><td>Odder</td></tr></table>"));
      assertEquals(List.of("1000", "1003", "1008", "1009"), ranges(lacking));
      assertEquals(List.of("5 warning TABLE_IN_A_CELL_READ"), lines(lacking.diagnostics()));
      assertEquals("this table, in a cell of the close-code table at line 1, is read as that cell's words, so 1020,"
          + " which it holds and that table does not, is no code of the page; if it is one, give it a row of that"
          + " table", lacking.diagnostics().get(0).text());
      assertEquals("Against policy, where 1020 Odd 1021 Odder fit not.",
          lacking.rows().get(2).description().plainText());

      // codes the table holds are read in their own rows, and a cell naming two codes is no table
      PageRead held = read(head + rows.formatted(
          "<table><tr><td>1003</td><td>Data</td></tr>\n<tr><td>1009</td><td>Size</td></tr></table>"));
      assertEquals(List.of(), lines(held.diagnostics()));
    }

    /**
     * A code cell spanning rows ({@code rowspan}) makes the rows below it rows of the same code,
     * each with a name and a description of its own: an error that says the span is why, where it
     * had been "listed twice" alone. A description spanning rows is shared, as the page shows it.
     */
    @Test
    void aCodeCellSpanningRowsIsAnErrorThatSaysSo() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td rowspan="3">1001</td><td>Going Away</td><td>Gone.</td></tr>
          <tr><td>Leaving</td><td>Left.</td></tr>
          <tr><td>Away</td><td>Away.</td></tr>
          <tr><td>1002</td><td>Protocol error</td><td>Bad.</td></tr>
          </table>
          """);
      assertEquals(List.of("5 error CODE_CELL_SPANS_ROWS", "6 error CODE_CELL_SPANS_ROWS"), lines(document.diagnostics()));
      assertEquals("this row's code cell, 1001, is the one of the row at line 4, which spans it (rowspan), so the"
          + " rows would name one code twice; give this row a code cell of its own, or make the rows one",
          document.diagnostics().get(0).text());
      assertEquals("this row's code cell, 1001, is the one of the row at line 4, which spans it (rowspan), so the"
          + " rows would name one code twice; give this row a code cell of its own, or make the rows one",
          document.diagnostics().get(1).text());

      PageRead shared = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td rowspan="2">Gone, or bad.</td></tr>
          <tr><td>1002</td><td>Protocol error</td></tr>
          </table>
          """);
      assertEquals(List.of("Fine.", "Gone, or bad.", "Gone, or bad."), descriptions(shared));
      assertEquals(List.of(), lines(shared.diagnostics()));
    }

    /**
     * A row of one cell is a row of the table like the others, in HTML as in Markdown; that its
     * name and description are empty is said at its line.
     */
    @Test
    void aRowOfOneCellIsARowOfTheTable() {
      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1004</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1004", "1001"), ranges(html));
      assertEquals(List.of("4 warning CELLS_SHORT_OF_HEADER"), lines(html.diagnostics()));

      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n| 1004 |\n");
      assertEquals(List.of("1000", "1004"), ranges(markdown));
    }

    /**
     * A row the page marks a header inside the table (a sub-heading, the header repeated) and a
     * row with nothing in it are no rows of codes, and no error; a row with text and no code is.
     */
    @Test
    void aHeaderRowOrAnEmptyRowInsideTheTableIsNoRowOfCodes() {
      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td colspan="3"><strong>Single codes</strong></td></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><th colspan="3">Ranges</th></tr>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>3000–3999</td><td></td><td>Registered.</td></tr>
          <tr><td>Later</td><td colspan="2">Not a code.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "3000–3999"), ranges(html));
      assertEquals(List.of("3 warning CAPTION_ROW_SKIPPED", "8 error NOT_A_CODE"), lines(html.diagnostics()));
      assertTrue(html.diagnostics().get(0).text().contains("'Single codes';"), html.diagnostics().get(0).text());

      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "|  |  |  |\n| 1001 | Away | Gone. |\n");
      assertEquals(List.of("1000", "1001"), ranges(markdown));
      assertEquals(List.of(), markdown.diagnostics());
    }

    /**
     * Among the codes, a row whose only text is in its code cell, or in one cell spanning the row,
     * and holds no digit is a sub-heading the page did not mark: passed over, with a warning that
     * quotes it. Text in another cell makes it a row that lost its code, an error as before.
     */
    @Test
    void aSubHeadingAmongTheCodesIsPassedOverWithAWarning() {
      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td colspan="3"><strong>Ranges</strong></td></tr>
          <tr><td>3000–3999</td><td></td><td>Registered.</td></tr>
          <tr><td></td><td>Lost</td><td>Its code is gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "3000–3999"), ranges(html));
      assertEquals(List.of("4 warning SUBHEADING_ROW_SKIPPED", "6 error NOT_A_CODE"), lines(html.diagnostics()));
      assertTrue(html.diagnostics().get(0).text().contains("'Ranges'"), html.diagnostics().get(0).text());

      PageRead markdown = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "| **Ranges** | | |\n| 3000–3999 | | Registered. |\n");
      assertEquals(List.of("1000", "3000–3999"), ranges(markdown));
      assertEquals(List.of("4 warning SUBHEADING_ROW_SKIPPED"), lines(markdown.diagnostics()));
    }

    /**
     * Rows passed over as sub-headings as many as the rows of codes, three or more, are no
     * sub-headings but the table's words in rows of their own: a MediaWiki table ({@code {| … |}})
     * writes each cell on a line of its own, which reads as a table of one column, and the page had
     * read as its codes without a name or a description, nothing reserved, with exit 0. It is an
     * error at the first such row, where no row of codes has a description: rows that have theirs,
     * each with a note in a row of its own, are a table whose notes are passed over.
     */
    @Test
    void rowsPassedOverAsManyAsTheCodesAreAnError() {
      PageRead document = read("""
          {|
          ! Code
          ! Description
          |-
          | <code>1000</code>
          | Fine.
          |-
          | <code>1001</code>
          | Gone.
          |-
          | <code>1004</code>
          | '''Reserved.'''
          |}
          """);
      List<String> errors = lines(document.diagnostics().stream().filter(Diagnostic::isError).toList());
      assertEquals(List.of("9 error WORDS_IN_ROWS_OF_THEIR_OWN"), errors);
      assertEquals("3 rows among the codes hold no code and are passed over as sub-headings, from this line to"
          + " line 13, where 3 hold codes: the table's words stand in rows of their own (as a MediaWiki table's,"
          + " {| ... |}, which closecodes does not read), and its names and descriptions would be lost; write the"
          + " table as a pipe table or in HTML, a row for each code", document.diagnostics().stream()
          .filter(Diagnostic::isError).findFirst().orElseThrow().text());
      assertEquals(List.of(), document.rows());

      // rows of codes that have their descriptions, each with a note in a row of its own, are read
      PageRead noted = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td colspan="3">Sent by either side.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          <tr><td colspan="3">Sent by either side.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>Broken.</td></tr>
          <tr><td colspan="3">Sent by either side.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(noted));
      assertEquals(List.of("4 warning SUBHEADING_ROW_SKIPPED", "6 warning SUBHEADING_ROW_SKIPPED",
          "8 warning SUBHEADING_ROW_SKIPPED"), lines(noted.diagnostics()));
    }

    /**
     * A code in digits other than ASCII's (full-width １００１, as an East Asian editor may type it,
     * or mathematical 𝟏𝟎𝟎𝟏) is not read as the code it looks like, for a code must be what its
     * text is; but the error says what the digits are and what to write, rather than that the
     * cell is no number, or, where every code is so written, that the page has no table of codes.
     */
    @Test
    void aCodeInDigitsOtherThanAsciisIsAnErrorThatSaysSo() {
      PageRead one = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine. |
          | １００１ | Going Away | Gone. |
          """);
      assertEquals(List.of("4 error CODE_DIGITS_NOT_ASCII"), lines(one.diagnostics()));
      String text = one.diagnostics().get(0).text();
      assertTrue(text.contains("'１００１'") && text.contains("U+FF11") && text.contains("write 1001"), text);

      PageRead every = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 0–999 | | Not used. |
          | 𝟏𝟎𝟎𝟎 | Normal Closure | Fine. |
          | 𝟏𝟎𝟎𝟏 | Going Away | Gone. |
          """);
      assertEquals(List.of("4 error CODE_DIGITS_NOT_ASCII"), lines(every.diagnostics()));
      text = every.diagnostics().get(0).text();
      assertTrue(text.contains("U+1D7CF") && text.contains("write 1000"), text);

      PageRead range = read("<table>\n<tr><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>１０００</td><td>Fine.</td></tr>\n<tr><td>３０００–３９９９</td><td>Registered.</td></tr>\n</table>\n");
      assertEquals(List.of("3 error CODE_DIGITS_NOT_ASCII"), lines(range.diagnostics()));
      text = range.diagnostics().get(0).text();
      assertTrue(text.contains("write 1000"), text);
    }

    /**
     * A code written with a thousands separator ({@code 1 000}, {@code 1,000}, {@code 1.000},
     * {@code 1'000}, as locales write numbers) is an error that says so and what to write, where a
     * table of them all was "numbers, but none of 1000–1015", and a row "not a close code" alone.
     */
    @Test
    void aCodeWrittenWithAThousandsSeparatorIsAnErrorThatSaysSo() {
      for (String separator : List.of(" ", "\u00a0", "\u202f", ",", ".", "'")) {
        PageRead one = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n"
            + "| 1" + separator + "001 | Going Away | Gone. |\n");
        assertEquals(List.of("4 error CODE_DIGITS_GROUPED"), lines(one.diagnostics()), separator);
        String text = one.diagnostics().get(0).text();
        assertTrue(text.endsWith("' is not read as a close code: its digits are grouped in thousands,"
            + " which a code is not written with; write 1001"), text);

        PageRead every = read("| Code | Name | Description |\n| --- | --- | --- |\n| 0–999 | | Not used. |\n"
            + "| 1" + separator + "000 | Normal Closure | Fine. |\n| 3" + separator + "000–3" + separator + "999 | | Registered. |\n");
        assertEquals(List.of("4 error CODE_DIGITS_GROUPED"), lines(every.diagnostics()), separator);
      }
      assertEquals("'1 001' is not read as a close code: its digits are grouped in thousands, which a code is not"
          + " written with; write 1001", read("| Code | Description |\n| --- | --- |\n| 1000 | Fine. |\n| 1 001 | Gone. |\n")
              .diagnostics().get(0).text());
      // a range's two codes are not one number grouped, nor are digits in threes of another kind
      PageRead range = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n"
          + "| 1001 | Going Away | Gone. |\n| 3000 999 | | Odd. |\n");
      assertEquals(List.of("5 error NOT_A_CODE"), lines(range.diagnostics()));
    }

    /**
     * A row of codes that the markup marks a header (in {@code <thead>} below the header, or of
     * {@code <th>} cells, or a pipe table's first row, which Markdown makes its head) is a row the
     * browser shows with its code: read, with a warning, never dropped as a header row with the
     * columns then read by position.
     */
    @Test
    void aRowOfCodesMarkedAHeaderIsReadWithAWarning() {
      PageRead inHead = read("""
          <table>
          <thead>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          </thead>
          <tbody>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          </tbody>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(inHead));
      assertEquals("Normal Closure", inHead.rows().get(0).name());
      assertEquals(List.of("4 warning HEADER_MARK_REPAIRED"), lines(inHead.diagnostics()));
      String text = inHead.diagnostics().get(0).text();
      assertTrue(text.contains("1000"), text);

      PageRead ofThCells = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><th>1000</th><th>Normal Closure</th><th>Fine.</th></tr>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(ofThCells));
      assertEquals(List.of("3 warning HEADER_MARK_REPAIRED"), lines(ofThCells.diagnostics()));

      // every row so: one warning, which counts them
      PageRead allThCells = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><th>1000</th><th>Normal Closure</th><th>Fine.</th></tr>
          <tr><th>1001</th><th>Going Away</th><th>Gone.</th></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(allThCells));
      assertEquals(List.of("3 warning HEADER_MARK_REPAIRED"), lines(allThCells.diagnostics()));
      text = allThCells.diagnostics().get(0).text();
      assertTrue(text.contains("2 row(s) so, from this line to line 4"), text);

      // a table with no row that names its columns, whose first row Markdown makes its head
      PageRead headless = read("| 1000 | Normal Closure | Fine. |\n| --- | --- | --- |\n| 1001 | Going Away | Gone. |\n"
          + "| 1002 | Protocol Error | Broken. |\n");
      assertEquals(List.of("1000", "1001", "1002"), ranges(headless));
      assertEquals("Normal Closure", headless.rows().get(0).name());
      assertEquals(List.of("1 warning COLUMNS_BY_POSITION", "1 warning HEADER_MARK_REPAIRED"),
          lines(headless.diagnostics()));

      // a sub-heading marked so, and the header repeated, are still no rows
      PageRead subHeading = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><th colspan="3">Ranges</th></tr>
          <tr><td>3000–3999</td><td></td><td>Registered.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "3000–3999"), ranges(subHeading));
      assertEquals(List.of(), lines(subHeading.diagnostics()));
    }

    /**
     * A delimiter row of other than as many cells as the header row makes no table on GitHub or
     * MDN, which show the lines as a paragraph of pipes: the table is read all the same, as its
     * author meant it, with a warning at the delimiter row that says what the page shows.
     */
    @Test
    void aDelimiterRowOfOtherWidthThanTheHeaderIsReadWithAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- |
          | 1000 | Normal Closure | Fine. |
          | 1001 | Going Away | Gone. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("2 warning DELIMITER_ROW_REPAIRED"), lines(document.diagnostics()));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("2 cell(s)") && text.contains("3"), text);

      PageRead matching = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n");
      assertEquals(List.of(), lines(matching.diagnostics()));
    }

    /**
     * Lines of pipes with no delimiter row make no table on GitHub or MDN, which show them as one
     * paragraph: the table is read all the same, as its author meant it, with a warning at its
     * first line that says what the page shows, as for a delimiter row of the wrong width. It had
     * been read with nothing said.
     */
    @Test
    void aPipeTableWithoutADelimiterRowIsReadWithAWarning() {
      PageRead document = read("""
          Intro.

          | Code | Name | Description |
          | 1000 | Normal Closure | Fine. |
          | 1001 | Going Away | Gone. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Going Away", document.rows().get(1).name());
      assertEquals(List.of("3 warning TABLE_WITHOUT_DELIMITER_READ"), lines(document.diagnostics()));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("| --- | --- | --- |"), text);

      // a plain-text grid has rule lines, not a delimiter row, and no Markdown reader is asked of it
      PageRead grid = read("""
          +------+----------------+
          | Code | Name           |
          +------+----------------+
          | 1000 | Normal Closure |
          +------+----------------+
          | 1001 | Going Away     |
          +------+----------------+
          """);
      assertEquals(List.of("1000", "1001"), ranges(grid));
      assertTrue(lines(grid.diagnostics()).stream().noneMatch(line -> line.contains("DELIMITER")),
          grid.diagnostics().toString());
    }

    /**
     * A row written in HTML among a pipe table's rows ({@code <tr><td>1002</td>...}) starts an HTML
     * block, which ends the table: a Markdown reader shows the rows after it as text. Those rows
     * are the error of rows that go on after a table, at the HTML row. Where they outnumbered the
     * rows above it, they had been read as the page's table, by position, and the rows above it,
     * header and all, were dropped with exit 0: the element the HTML row stands in, the page
     * itself, was taken for a table that began on the page's first line and held them.
     */
    @Test
    void aRowWrittenInHtmlAmongAPipeTablesRowsIsAnError() {
      String before = "Intro.\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal Closure | Fine. |\n";
      String htmlRow = "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n";
      String after = "| 1002 | Protocol error | Broken. |\n| 1003 | Unsupported Data | Odd data. |\n";
      PageRead document = read(before + htmlRow + after);
      assertEquals(List.of("6 error TABLE_INTERRUPTED"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("ended at line 5"), document.diagnostics().get(0).text());

      // more rows above it than after: the same
      PageRead fewerAfter = read(before + "| 1004 | Reserved | Kept. |\n" + htmlRow + "| 1002 | Protocol error | Broken. |\n");
      assertEquals(List.of("7 error TABLE_INTERRUPTED"), lines(fewerAfter.diagnostics()));
    }

    /**
     * A line at the margin inside a table set in a list item ({@code # | `1001` | …}, a heading, where
     * a {@code #} took a space's place) ends the item, and the rows after it, still set in by four
     * spaces, are indented code: the Spanish page's table was read as its first two rows, the
     * codes from 1001 on left out, with nothing said. Rows of the table's shape, without a header
     * of their own, in code a few lines past its end, are the error of rows that go on after a
     * table, at the first of them; a code block of the table's rows further on, with lines of text
     * between, is an example and says nothing.
     */
    @Test
    void rowsThatGoOnInCodeAfterATableAreAnError() {
      String before = "## Value\n\n- : An integer.\n\n    | Code | Name | Description |\n    | --- | --- | --- |\n"
          + "    | `0`–`999` | | **Reserved.** Unused. |\n    | `1000` | Normal Closure | Fine. |\n";
      String after = "    | `1002` | Protocol error | Broken. |\n    | `1003` | Unsupported Data | Odd data. |\n";
      PageRead document = read(before + "# | `1001` | Going Away | Gone. |\n" + after);
      assertEquals(List.of("10 error TABLE_GOES_ON_IN_CODE"), lines(document.diagnostics()));
      assertEquals("rows of the close-code table go on here, after the table ended at line 8, but in indented code"
          + " (four spaces or more past the margin, or past the text of the list item it stands in, after a blank"
          + " line), which the page shows as code: a line between them may have ended the block the table stands"
          + " in; mend it, or indent it less, so that no part of the table is left unread",
          document.diagnostics().get(0).text());

      String example = "\nA code block of the rows, as they were once written:\n\n"
          + "Some words that set it apart.\n\n" + after;
      assertEquals(List.of(), lines(read(before + example).diagnostics()));
    }

    /**
     * A row written in Markdown among an HTML table's rows ({@code | 1001 | Going Away | Gone. |}) is
     * text in the table but in no cell, which a browser moves out, above the table: no row, and not
     * read, as a browser shows it, but a warning at its line says so where it holds a close code,
     * which had been dropped with nothing said. So is such text between a row's cells. Text there
     * without a code is passed over, as are words in a cell.
     */
    @Test
    void textInATableButInNoCellThatHoldsACodeIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, 1003 too.</td></tr>
          | `1001` | Going Away | Gone. |
          <tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr>
          <tbody>
          <tr><td>3000–3999</td> 4000–4999 <td></td><td>Registered.</td></tr>
          </tbody>
          </table>
          """);
      assertEquals(List.of("1000", "1002", "3000–3999"), ranges(document));
      assertEquals(List.of("4 warning LOOSE_TEXT_ROW_SKIPPED", "7 warning LOOSE_TEXT_ROW_SKIPPED"),
          lines(document.diagnostics()));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("1001") && text.contains("line 1"), text);

      PageRead noCode = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          Codes:
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          </table>
          """);
      assertEquals(List.of(), lines(noCode.diagnostics()));
    }

    /**
     * Words between a row's cells are a cell that lost its tag, or a line moved out of its cell
     * ({@code <td>} and {@code <td>Normal Closure</td>} swapped): a browser shows them above the
     * table, and the row reads without them, its name in its description's place, where it had been
     * read with nothing said. A warning at their line says so, quoting them. Words between rows
     * ({@code Codes:}) stay a label, and marks alone between cells say nothing.
     */
    @Test
    void wordsBetweenARowsCellsAreAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr>
          <td>1000</td>
          <td>
          <td>Normal Closure</td>
          The connection completed its purpose.
          </td>
          </tr>
          <tr><td>1001</td> , <td>Going Away</td> — <td>Gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).description().plainText());
      assertEquals(List.of("7 warning WORDS_IN_NO_CELL"), lines(document.diagnostics()));
      assertEquals("these words stand in the row at line 3 but in no cell, so a browser shows them above the table,"
          + " and they are not read: 'The connection completed its purpose.'; a cell's tag may have been lost or"
          + " moved: put them in a cell, or take them out of the row", document.diagnostics().get(0).text());
    }

    /**
     * So in a table whose rows' tags are misspelled, as the received page's {@code <tw>}: the two
     * lines of 1002 swapped read its name as its description and dropped the description, with
     * nothing said, for the words were looked for only in rows named {@code <tr>}.
     */
    @Test
    void wordsBetweenCellsOfRowsUnderAnotherNameAreAWarning() {
      PageRead document = read("""
          <table>
          <tw><th>Code</th><th>Name</th><th>Description</th></tw>
          <tw><td>1000</td><td>Normal Closure</td><td>Fine.</td></tw>
          <tw>
          <td>1002</td>
          <td>
          <td>Protocol Error</td>
          The endpoint got a protocol error.
          </td>
          </tw>
          </table>
          """);
      assertEquals("Protocol Error", document.rows().get(1).description().plainText());
      assertEquals(List.of("these words stand in the row at line 4 but in no cell, so a browser shows them above the"
          + " table, and they are not read: 'The endpoint got a protocol error.'; a cell's tag may have been lost or"
          + " moved: put them in a cell, or take them out of the row"),
          document.diagnostics().stream().filter(d -> d.message() == Message.WORDS_IN_NO_CELL)
              .map(d -> d.text()).toList());
    }

    /**
     * A row whose name and description cells were swapped whole had its description read as its
     * name, a sentence, and its name as its description, with nothing said: the table-wide warning
     * is for a header that names the columns in the wrong order, and needs most rows so. Where the
     * table's other rows have names shorter than their descriptions, a row whose name is a sentence
     * twice as long as its description or more is a warning at its line. A short description beside
     * a short name ("Done.") says nothing.
     */
    @Test
    void aRowWhoseNameAndDescriptionAreSwappedIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>The connection successfully completed its purpose.</td><td>Normal Closure</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>The endpoint is going away.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>The endpoint got a protocol error.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>The endpoint got data it cannot accept.</td></tr>
          <tr><td>1008</td><td>Policy Violation</td><td>Done.</td></tr>
          </table>
          """);
      assertEquals("Normal Closure", document.rows().get(0).description().plainText());
      assertEquals(List.of("3 warning NAME_AND_DESCRIPTION_SWAPPED"), lines(document.diagnostics()));
      assertEquals("this row's name is a sentence twice as long as its description or more (named 'The connection"
          + " successfully completed its purpose.', described 'Normal Closure'), where the table's 4 other rows"
          + " that have both are not: the row's two cells may have been swapped; they are read as the header"
          + " names them", document.diagnostics().get(0).text());

      // ideographs and kana each count as two letters do: a Japanese sentence is short in characters
      PageRead japanese = read("""
          <table>
          <tr><th>ステータスコード</th><th>名前</th><th>説明</th></tr>
          <tr><td>1000</td><td>この接続は、作成された目的を正常に完了した。</td><td>通常のクローズ</td></tr>
          <tr><td>1001</td><td>離脱</td><td>エンドポイントがなくなる。</td></tr>
          <tr><td>1002</td><td>プロトコルエラー</td><td>プロトコルエラーにより接続を終了した。</td></tr>
          <tr><td>1003</td><td>受け入れ不可なデータ</td><td>受け入れることができない種類のデータを受信した。</td></tr>
          </table>
          """);
      assertEquals(List.of("3 warning NAME_AND_DESCRIPTION_SWAPPED"), lines(japanese.diagnostics()));
    }

    /**
     * Where the table names its codes by their constants ({@code CLOSE_PROTOCOL_ERROR}, as the
     * Chinese pages do), a row whose description is such a constant and whose name is not had its
     * two cells swapped: {@code 由于协议错误而中断连接。} was read as 1002's name, too short a
     * sentence for the length test, with nothing said. A warning at its line says so where three
     * other rows or more have a constant for a name; a name and a description both constants say
     * nothing.
     */
    @Test
    void aRowWhoseDescriptionIsTheTablesKindOfNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>状态码</th><th>名称</th><th>描述</th></tr>
          <tr><td>1000</td><td><code>CLOSE_NORMAL</code></td><td>正常关闭。</td></tr>
          <tr><td>1001</td><td><code>CLOSE_GOING_AWAY</code></td><td>终端离开。</td></tr>
          <tr><td>1002</td><td>由于协议错误而中断连接。</td><td><code>CLOSE_PROTOCOL_ERROR</code></td></tr>
          <tr><td>1003</td><td><code>CLOSE_UNSUPPORTED</code></td><td>数据类型不支持。</td></tr>
          <tr><td>1005</td><td><code>CLOSE_NO_STATUS</code></td><td><code>CLOSE_NO_STATUS</code></td></tr>
          </table>
          """);
      assertEquals(List.of("5 this row's description is a constant's name ('CLOSE_PROTOCOL_ERROR') and its name is not"
          + " ('由于协议错误而中断连接。'), where the table's 4 other rows with a name and a description name their codes so:"
          + " the row's two cells may have been swapped; they are read as the header names them"),
          told(document, Message.CONSTANT_FOR_A_DESCRIPTION));
      assertEquals(List.of("5 warning CONSTANT_FOR_A_DESCRIPTION"), warnings(document));
    }

    /**
     * A description whose first line was lost opens mid-sentence: deleting the line
     * {@code <strong>Reserved.</strong> Indicates that a connection was closed abnormally (that is,
     * with no} left 1006 described as {@code close frame being sent) when ...}, in use, with nothing
     * said. Where the table's other descriptions that open with a letter of a case (at least three,
     * four times as many) open with a capital, one that opens with a small letter is a warning at
     * its row. One that opens with code ({@code `close()`}), or a table whose descriptions open with
     * small letters, says nothing.
     */
    @Test
    void aDescriptionOpeningMidSentenceIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>The connection completed its purpose.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>The endpoint is going away.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td><code>close()</code> was called on a protocol error.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>The endpoint got data it cannot accept.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td>
            close frame being sent) when a status code is expected.
          </td></tr>
          <tr><td>1007</td><td>Invalid Data</td><td>Data not consistent with the message type.</td></tr>
          </table>
          """);
      assertEquals(List.of("7 warning DESCRIPTION_OPENS_MID_SENTENCE"), lines(document.diagnostics()));
      assertEquals("this row's description opens with a small letter, 'close frame being sent) when a status code is"
          + " expected.', where the table's 4 other descriptions that open with a letter open with a capital: a line"
          + " that held its opening, and with it maybe the word for reserved, may have been lost; the row is read as"
          + " it stands", document.diagnostics().get(0).text());

      PageRead small = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | normal | the connection completed its purpose. |
          | 1001 | away | the endpoint is going away. |
          | 1002 | error | the endpoint got a protocol error. |
          """);
      assertEquals(List.of(), lines(small.diagnostics()));
    }

    /**
     * A tag that lost its {@code <} is text to a browser, and was read as text with nothing said:
     * {@code Normal Closure/td>} as a code's name, {@code strong>Reserved.} as a description that
     * does not open with the word for reserved, the row in use. A warning at the row quotes it and
     * says what it was, a start tag's attributes with it; so where another character stands in the
     * {@code <}'s place ({@code *strong>}), or a digit before a name of three letters or more
     * ({@code 1strong>}), or any character before a tag's name and attributes
     * ({@code xa href="…">}), there or after an opening bracket or quote ({@code (xspan class="…">}).
     * A {@code >} or {@code =} in words ({@code a -> b}, {@code x>y},
     * {@code a = b}, {@code (b> c)}, {@code 2b>}, {@code 1em>}) says nothing.
     */
    @Test
    void aTagThatLostItsOpenerIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure/td><td>Fine.</td></tr>
          <tr><td>1005</td><td>No Status</td><td>strong>Reserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal</td><td>*strong>Reserved.</strong> No frame.</td></tr>
          <tr><td>1007</td><td>Invalid</td><td>1strong>Reserved.</strong> Bad data.</td></tr>
          <tr><td>1008</td><td>Policy</td><td>When a -> b, or x>y, or a = b, or (b> c), 2b> or 1em> 0.</td></tr>
          <tr><td>1012</td><td>a href="https://example.org/">Service Restart</a></td><td>Restarting.</td></tr>
          <tr><td>1013</td><td>xa href="https://example.org/">Try Again Later</a></td><td><code>retry()</code> later.</td></tr>
          <tr><td>1014</td><td>1a href="https://example.org/">Bad Gateway</a></td><td><code>proxy</code> failed.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1005", "1006", "1007", "1008", "1012", "1013", "1014"), ranges(document));
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "4 warning TAG_WITHOUT_ITS_OPENER",
          "5 warning TAG_WITHOUT_ITS_OPENER", "6 warning TAG_WITHOUT_ITS_OPENER", "8 warning TAG_WITHOUT_ITS_OPENER",
          "9 warning TAG_WITHOUT_ITS_OPENER", "10 warning TAG_WITHOUT_ITS_OPENER"), lines(document.diagnostics()));
      PageRead bracketed = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1014</td><td>Bad Gateway</td><td>Failed (xspan class="x">see</span>).</td></tr>
          <tr><td>1015</td><td>TLS Handshake</td><td>Failed ("1span class="y">here</span>).</td></tr>
          </table>
          """);
      assertEquals(List.of("3 this row's description holds 'span class=\"x\">', a tag that lost its '<', which a"
          + " browser shows as text and which is read as text: write '<span class=\"x\">'",
          "4 this row's description holds 'span class=\"y\">', a tag that lost its '<', which a browser shows as"
          + " text and which is read as text: write '<span class=\"y\">'"),
          told(bracketed, Message.TAG_WITHOUT_ITS_OPENER));
      assertTrue(document.diagnostics().get(5).text().contains("name holds 'a href=\"https://example.org/\">'"),
          document.diagnostics().get(5).text());
      assertTrue(document.diagnostics().get(2).text().contains("description holds 'strong>'"),
          document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(3).text().contains("description holds 'strong>'"),
          document.diagnostics().get(3).text());
      assertTrue(document.diagnostics().get(4).text().contains("name holds 'a href=\"https://example.org/\">'"),
          document.diagnostics().get(4).text());
      assertEquals("this row's name holds '/td>', a tag that lost its '<', which a browser shows as text and which is"
          + " read as text: write '</td>'", document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().contains("description holds 'strong>'")
          && document.diagnostics().get(1).text().endsWith("write '<strong>'"), document.diagnostics().get(1).text());

      // a tag the page's damage misspelled (the received page's <stwong>), one whose '>' stands on the
      // next line, as a formatter writes a long tag, one of a single letter that opens the cell, and a
      // letter in the '<''s place of a misspelled one
      PageRead damaged = read("""
          <tabwe>
          <tw><th>Code</th><th>Name</th><th>Description</th></tw>
          <tw><td>0–999</td><td></td><td>stwong>Wésewvé et inutiwisé.</stwong></td></tw>
          <tw><td>1000</td><td>Normal</td><td>
            p>
            The connection completed its purpose.
            </p>
          </td></tw>
          <tw><td>1016–1999</td><td></td><td>
            stwong
              >Wésewvé pouw une utiwisation futuwe.</stwong
            >
          </td></tw>
          <tw><td>2000–2999</td><td></td><td>Not yet, <b>a></b> b.</td></tw>
          <tw><td>3000–3999</td><td></td><td>xstwong>Wésewvé.</stwong></td></tw>
          </tabwe>
          """);
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "4 warning TAG_WITHOUT_ITS_OPENER",
          "9 warning TAG_WITHOUT_ITS_OPENER", "15 warning TAG_WITHOUT_ITS_OPENER"), lines(damaged.diagnostics().stream()
              .filter(d -> d.message() == Message.TAG_WITHOUT_ITS_OPENER).toList()));
    }

    /**
     * Inside a cell's words, a tag that lost its {@code <} with the white space before it after a
     * full stop ({@code framework.strong>Meglio}, the Italian page), one whose name the received
     * page's filter damaged ({@code c-codesstwong>ne}, {@code passtwong> êtwe}), and one that lost
     * its {@code <} and its name's first letter after white space ({@code c-codes twong>ne}) put a
     * tag's name into the received page's 3000–3999 and the Italian one's with nothing said. Each is
     * told with the tag to write: a start tag where a word follows the {@code >}. An apostrophe
     * before a tag's name ({@code L'span>}) may be an end tag's, after a tag, which the tag's own
     * warning tells; a word of one letter ({@code x.y>z}) and words one letter before which make no
     * tag's name ({@code it is ok> fine}) say nothing.
     */
    @Test
    void aDamagedTagThatLostItsOpenerInsideACellsWordsIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Per framework.strong>Meglio non</strong> usarli.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>C-ces c-codesstwong>ne doivent pas</stwong> êtwe.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>C-ces c-codes twong>ne doivent pas</stwong> êtwe.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td><stwong>Ne doivent passtwong> êtwe u-utiwisés.</td></tr>
          <tr><td>1007</td><td>Invalid Data</td><td>When x.y>z, it is ok> fine.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003", "1007"), ranges(document));
      assertEquals(List.of(
          withoutOpener(3, "strong>", "<strong>"),
          withoutOpener(4, "stwong>", "<stwong>"),
          withoutOpener(5, "twong>", "<stwong>"),
          withoutOpener(6, "stwong>", "</stwong>")),
          told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "4 warning TAG_WITHOUT_ITS_OPENER",
          "5 warning TAG_WITHOUT_ITS_OPENER", "6 warning TAG_NAME_REPAIRED", "6 warning TAG_WITHOUT_ITS_OPENER"),
          warnings(document).stream().filter(w -> w.contains("TAG")).toList());
    }

    /**
     * A tag that lost more than its {@code <} leaves its attributes as text: {@code [ href="…">Ref]}
     * ({@code <a} deleted) and {@code 。a href="…">Ref]} ({@code [<} deleted) on the Japanese page,
     * {@code (pan style="line-height: 1.572;">per esempio} ({@code <s} deleted) and
     * {@code ( style="…">} ({@code <span} deleted) on the Italian one, each with nothing said. Where
     * a word a tag's name opens follows signs that end a word, or a letter of a script written
     * without spaces, or where a letter before the word makes one of HTML's names, the tag is told as
     * one that lost its {@code <}; where no letter stands before them in their word, quoted
     * attributes and the {@code >} that ends them are told as a tag's attributes without its
     * {@code <} and name. Letters before them are a name damaged otherwise, and
     * {@link DamagedTags} tells those it sees ({@code <s>an class="x">}). A quoted value in words
     * ({@code x = "y" > z}, {@code a="b" c}) and a tag written whole as text
     * ({@code &lt;a href="u"&gt;}) say nothing.
     */
    @Test
    void theAttributesOfATagThatLostItsOpenerAndNameAreAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1012</td><td>Service Restart</td><td>再起動しています。[ href="https://example.org/r">Ref]</td></tr>
          <tr><td>1013</td><td>Try Again Later</td><td>終了しています。a href="https://example.org/t">Ref]</td></tr>
          <tr><td>1007</td><td>Invalid Data</td><td>Dati (pan style="line-height: 1.572;">per esempio</span>).</td></tr>
          <tr><td>1008</td><td>Policy Violation</td><td>Dati ( style="color: red" lang="it">per esempio</span>).</td></tr>
          <tr><td>1009</td><td>Message Too Big</td><td>If x = "y" > z, or a="b" c, or &lt;a href="u"&gt; in text.</td></tr>
          </table>
          """);
      assertEquals(List.of("1012", "1013", "1007", "1008", "1009"), ranges(document));
      assertEquals(List.of(
          "3 this row's description holds 'href=\"https://example.org/r\">', the attributes of a tag that lost its '<'"
              + " and its name, which a browser shows as text and which is read as text: write the tag's '<' and"
              + " name before them",
          "6 this row's description holds 'style=\"color: red\" lang=\"it\">', the attributes of a tag that lost its"
              + " '<' and its name, which a browser shows as text and which is read as text: write the tag's '<' and"
              + " name before them"),
          told(document, Message.ATTRIBUTES_WITHOUT_THEIR_TAG));
      assertEquals(List.of(
          "4 this row's description holds 'a href=\"https://example.org/t\">', a tag that lost its '<', which a"
              + " browser shows as text and which is read as text: write '<a href=\"https://example.org/t\">'",
          "5 this row's description holds 'pan style=\"line-height: 1.572;\">', a tag that lost its '<', which a"
              + " browser shows as text and which is read as text: write '<span style=\"line-height: 1.572;\">'"),
          told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("3 warning ATTRIBUTES_WITHOUT_THEIR_TAG", "4 warning TAG_WITHOUT_ITS_OPENER",
          "5 warning TAG_WITHOUT_ITS_OPENER", "6 warning ATTRIBUTES_WITHOUT_THEIR_TAG"),
          warnings(document).stream().filter(w -> !w.endsWith("RFC_CODE_NOT_LISTED")).toList());
    }

    /**
     * A tag that lost its {@code <} and its name's first letter with it at the start of a cell
     * ({@code <td>ode>CLOSE_TOO_LARGE</code>}, {@code twong} above {@code >wésewvé…} on the received
     * page) put {@code ode>} into a name, and made a reserved row one in use, with nothing said: the
     * rest of the name is no tag's. Where a cell's words open with letters and a {@code >} that one
     * letter before them makes a tag's name, a warning at the row quotes them and the tag to write;
     * {@code Ok> fine} says nothing.
     */
    @Test
    void aTagThatLostItsOpenerAndFirstLetterIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1009</td><td>ode>CLOSE_TOO_LARGE</code></td><td>Too big.</td></tr>
          <tr><td>1015</td><td></td><td>twong
            >Wésewvé.</stwong> TLS failed.</td></tr>
          <tr><td>1016</td><td>Other</td><td>Ok> fine.</td></tr>
          </table>
          """);
      assertEquals(List.of("1009", "1015", "1016"), ranges(document));
      assertEquals(List.of("3 this row's name holds 'ode>', a tag that lost its '<', which a browser shows as text and"
          + " which is read as text: write '<code>'", "4 this row's description holds 'twong >', a tag that lost its"
          + " '<', which a browser shows as text and which is read as text: write '<stwong >'"),
          told(document, Message.TAG_WITHOUT_ITS_OPENER));
    }

    /**
     * An end tag that lost its {@code </} at the end of a cell's words runs into the word before it:
     * {@code <td>Unsupported Datatd>} on the Japanese page, and {@code CLOSE_TOO_LARGEcode>}, put
     * {@code td>} and {@code code>} into a code's name with nothing said, for the word is no tag's
     * name and starts no word. A tag's name of two letters or more and its {@code >} that end a
     * cell's words, straight after a letter or digit, are now told, with the end tag to write; so
     * is a tag's name and its {@code >} after a sign that ends a word ({@code normally.td>},
     * {@code Reserved.strong> It…} on the received page, where white space or the cell's end follows
     * it). A {@code >} inside the words ({@code x>y}), a word that ends so but is no tag's name at
     * its end ({@code Valid>}), and white space before the {@code >} ({@code min.td > or}) say nothing.
     */
    @Test
    void anEndTagThatLostItsOpenerAtTheEndOfACellIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1003</td><td>Unsupported Datatd><td>Cannot take it.</td></tr>
          <tr><td>1009</td><td><code>CLOSE_TOO_LARGEcode></td><td>Too big.</td></tr>
          <tr><td>1010</td><td>Missing Extension</td><td>When x>y and Valid></td></tr>
          <tr><td>1011</td><td>Internal Error</td><td>It ended normally.td></td></tr>
          <tr><td>1012</td><td>Service Restart</td><td><strong>Reserved.strong> It restarts, e.g.em> soon.</td></tr>
          <tr><td>1013</td><td>Try Again Later</td><td>Try in 2 min.td > or later.</td></tr>
          </table>
          """);
      assertEquals(List.of("1003", "1009", "1010", "1011", "1012", "1013"), ranges(document));
      assertEquals(List.of("3 this row's name holds 'td>', a tag that lost its '<', which a browser shows as text"
          + " and which is read as text: write '</td>'", "4 this row's name holds 'code>', a tag that lost its '<',"
          + " which a browser shows as text and which is read as text: write '</code>'",
          "6 this row's description holds 'td>', a tag that lost its '<', which a browser shows as text and which"
          + " is read as text: write '</td>'", "7 this row's description holds 'strong>', a tag that lost its '<',"
          + " which a browser shows as text and which is read as text: write '</strong>'"),
          told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "4 warning TAG_WITHOUT_ITS_OPENER",
          "6 warning TAG_WITHOUT_ITS_OPENER", "7 warning TAG_WITHOUT_ITS_OPENER"), warnings(document));
    }

    /** What {@link Message#TAG_WITHOUT_ITS_OPENER} says at a line of a description's tag, and the tag to write. */
    private static String withoutOpener(int line, String written, String toWrite) {
      return line + " this row's description holds '" + written + "', a tag that lost its '<', which a browser shows"
          + " as text and which is read as text: write '" + toWrite + "'";
    }

    /**
     * A tag that lost its {@code <} with the white space before it runs into the word before it
     * inside a cell's words too: {@code L'endpointem> ha terminato}, {@code frameworkem>.} and
     * {@code Meglio nonstrong> usarli} on the Italian page, {@code Ces codesstrong>ne doivent} on the
     * French one put a tag's name into a description with nothing said; so did {@code </td>} that
     * lost its {@code </} after two signs ({@code validi).td>}), and {@code </p>} after white space at
     * a cell's end ({@code rawr x3 p>}). Each is told, with the tag to write: an end tag where white
     * space, a sign or the cell's end follows the {@code >}, a start tag where a word does. A tag
     * written as text, whole ({@code &lt;thead&gt;}, {@code List&lt;Data&gt;}), one letter before a
     * short tag's name ({@code xem>}, which the test of a short tag damaged before its end tag takes
     * up), a word of one letter before a {@code >} inside the words ({@code a>b}, {@code p> 2}), a
     * word that ends in no tag's name ({@code Valid>}) and arrows ({@code 1000 -> 1001}) say nothing.
     */
    @Test
    void aTagThatLostItsOpenerInsideACellsWordsIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>L'<em>endpointem> ha terminato.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Per <em>frameworkem>. Meglio no.</td></tr>
          <tr><td>1005</td><td>No Status Received</td><td>Ces codesstrong>ne doivent pas</strong> servir.</td></tr>
          <tr><td>1007</td><td>Invalid Data</td><td>Dati (per esempio, non validi).td></td></tr>
          <tr><td>1010</td><td>Missing Extension</td><td>It ended, rawr x3 p></td></tr>
          <tr><td>1011</td><td>Internal Error</td><td>Use <code>List&lt;Data&gt;</code> or &lt;thead&gt;</td></tr>
          <tr><td>1012</td><td>Service Restart</td><td>When a>b and p> 2, xem> x, Valid> x, 1000 -> 1001.</td></tr>
          </table>
          """);
      assertEquals(List.of("1002", "1003", "1005", "1007", "1010", "1011", "1012"), ranges(document));
      assertEquals(List.of(
          withoutOpener(3, "em>", "</em>"),
          withoutOpener(4, "em>", "</em>"),
          withoutOpener(5, "strong>", "<strong>"),
          withoutOpener(6, "td>", "</td>"),
          withoutOpener(7, "p>", "</p>")),
          told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "4 warning TAG_WITHOUT_ITS_OPENER",
          "5 warning TAG_WITHOUT_ITS_OPENER", "6 warning TAG_WITHOUT_ITS_OPENER", "7 warning TAG_WITHOUT_ITS_OPENER"),
          warnings(document).stream().filter(w -> !w.endsWith("RFC_CODE_NOT_LISTED")).toList());
    }

    /**
     * Chinese and Japanese write no space between words, so a tag there that lost its {@code <}
     * follows a letter ({@code 應用程式strong>可不</strong>}, on the Chinese (Taiwan) page): it was
     * read as text in 3000–3999's description with nothing said; so was one after a sign that ends
     * such a word ({@code 予約済。strong>予想}). A start tag's name of two letters or more after a
     * letter of a script written without spaces, or after signs after one, is a warning as after
     * white space; after a letter of another script ({@code néem>}, {@code ŝcode>}) it may be words
     * and says nothing.
     */
    @Test
    void aTagThatLostItsOpenerInTextWithoutSpacesIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine, if néem> 2 and ŝcode> 3.</td></tr>
          <tr><td>3000–3999</td><td></td><td>程式庫與框架使用的值，應用程式strong>可不</strong>使用。</td></tr>
          <tr><td>4000–4999</td><td></td><td>アプリケーションがem>私的に</em>使用。</td></tr>
          <tr><td>1005</td><td>No Status Received</td><td>予約済。strong>予想</strong>外。</td></tr>
          </table>
          """);
      assertEquals(List.of("4 this row's description holds 'strong>', a tag that lost its '<', which a browser shows as"
          + " text and which is read as text: write '<strong>'",
          "5 this row's description holds 'em>', a tag that lost its '<', which a browser shows as text and which is"
          + " read as text: write '<em>'",
          "6 this row's description holds 'strong>', a tag that lost its '<', which a browser shows as text and which"
          + " is read as text: write '<strong>'"), told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("4 warning TAG_WITHOUT_ITS_OPENER", "5 warning TAG_WITHOUT_ITS_OPENER",
          "6 warning TAG_WITHOUT_ITS_OPENER"), warnings(document).stream()
              .filter(w -> !w.endsWith("CODE_OUT_OF_ORDER")).toList());
    }

    /**
     * A line a formatter put a long end tag's name on ({@code WebSocket.</strong}) deleted left its
     * {@code >} on the line below as text, at the end of 1016–1999's description, and the word
     * before it gone, with nothing said. A {@code >} alone that ends a cell's text, or opens it, is
     * a warning at the row; one between words ({@code when a > b}) says nothing.
     */
    @Test
    void aClosingSignAloneAtACellsEndIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, when a > b.</td></tr>
          <tr><td>1016–1999</td><td></td><td>
            <strong
              >Reserved for future use by the
            >
          </td></tr>
          <tr><td>3000–3999</td><td></td><td>
            >
            Used by libraries.
          </td></tr>
          </table>
          """);
      assertEquals("Reserved for future use by the >", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 this row's description ends in a '>' that closes no tag, as where the line above it"
          + " that held a tag's name was lost: a browser shows it as text, and it is read so",
          "9 this row's description opens with a '>' that closes no tag, as where the line above it that held a"
          + " tag's name was lost: a browser shows it as text, and it is read so"),
          told(document, Message.CLOSER_ALONE));
      assertEquals(List.of("4 warning CLOSER_ALONE", "9 warning CLOSER_ALONE"), warnings(document));
    }

    /**
     * A line of a cell copied twice, as an edit or a merge leaves it, put a sentence or half of one
     * into 3000–3999's description twice, and into 1000's name, with nothing said; so did a line of
     * a tag a formatter wrapped, its {@code >} with it. A warning at the row quotes what is
     * repeated, where twelve characters or more stand twice in a row, signs around words aside, or five
     * or more that end a sentence both times, as a short last line of a sentence copied twice
     * ({@code Code. Code.}), or where the whole cell is words of five characters or more twice, as a
     * pipe table's name copied twice ({@code Bad Gateway Bad Gateway}); words a description repeats
     * apart ({@code the server, and the server}) and short ones ({@code very very}, {@code etc. etc.},
     * {@code Bye bye}) say nothing.
     */
    @Test
    void aCellsTextRepeatedInARowIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>
            Normal Closure
            Normal Closure
          </td><td>The connection closed very very well.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>The server went down, and the server will not say why.</td></tr>
          <tr><td>1016–1999</td><td></td><td>
            <strong
              >Reserved for future use by the
              >Reserved for future use by the
              WebSocket standard.</strong
            >
          </td></tr>
          <tr><td>3000–3999</td><td></td><td>
            Available for use by libraries and frameworks.
            These codes must not be used by
            These codes must not be used by
            applications.
          </td></tr>
          <tr><td>4000–4999</td><td></td><td>
            Like the HTTP Status
            Code.
            Code.
          </td></tr>
          <tr><td>4001</td><td></td><td>Private, etc. etc. And so, so.</td></tr>
          <tr><td>4002</td><td>Bad Gateway Bad Gateway</td><td>A gateway failed.</td></tr>
          <tr><td>4003</td><td>Bye bye</td><td>Gone gone.</td></tr>
          </table>
          """);
      assertEquals(List.of("Normal Closure Normal Closure", "Going Away", "", "", "", "", "Bad Gateway Bad Gateway",
          "Bye bye"), document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of("3 this row's name holds 'Normal Closure' twice in a row, as a line copied twice does, and"
          + " is read so; write it once",
          "8 this row's description holds 'Reserved for future use by the' twice in a row, as a line copied twice"
          + " does, and is read so; write it once",
          "15 this row's description holds 'These codes must not be used by' twice in a row, as a line copied twice"
          + " does, and is read so; write it once",
          "21 this row's description holds 'Code.' twice in a row, as a line copied twice does, and is read so;"
          + " write it once",
          "27 this row's name holds 'Bad Gateway' twice in a row, as a line copied twice does, and is read so;"
          + " write it once"), told(document, Message.CELL_TEXT_REPEATED));
      assertEquals(List.of("3 warning CELL_TEXT_REPEATED", "8 warning CELL_TEXT_REPEATED",
          "15 warning CELL_TEXT_REPEATED", "21 warning CELL_TEXT_REPEATED", "27 warning CELL_TEXT_REPEATED"),
          warnings(document));
    }

    /**
     * A tag of one letter that opens a cell, on its own line as a formatter writes it, with a
     * character in its {@code <}'s place ({@code >p>}, {@code "p>}, {@code xp>}) is text to a
     * browser, which showed it before 1000's and 1001's descriptions, with nothing said; so is one
     * with a character in its name's place ({@code <1>}, {@code < >}). A warning at the row says so.
     * Signs in words ({@code a > b}, {@code <3}) and the arrows {@code <->} and {@code <=>} before a
     * space say nothing; {@code <->} before a word is {@code <p>} damaged, and so is {@code <=>} on a
     * line of its own after a tag, where a formatter puts a {@code <p>}; between a line's words, or
     * below words, it is an arrow.
     */
    @Test
    void aOneLetterTagDamagedAtACellsStartIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>
            >p>
            The connection completed.
            </p>
          </td></tr>
          <tr><td>1001</td><td>Going Away</td><td>
            xp>
            The endpoint left.
            </p>
          </td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>
            <1>
            A protocol error.
            </p>
          </td></tr>
          <tr><td>1003</td><td>Unsupported</td><td>< >Data it cannot take.</p></td></tr>
          <tr><td>1007</td><td>Invalid</td><td><->Data invalid, when a > b, or <3 it.</p></td></tr>
          <tr><td>1008</td><td>Policy</td><td><-> both ways, <=> too.</td></tr>
          <tr><td>4000</td><td>Too Big</td><td>
            <=>
            The message is too big.
            </p>
          </td></tr>
          <tr><td>4001</td><td>Extension</td><td>
            Client to server
            <->
            and back.
          </td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003", "1007", "1008", "4000", "4001"),
          ranges(document));
      assertEquals(List.of("3 this row's description holds 'p>', a tag that lost its '<', which a browser shows as"
          + " text and which is read as text: write '<p>'",
          "8 this row's description holds 'p>', a tag that lost its '<', which a browser shows as text and which"
          + " is read as text: write '<p>'"), told(document, Message.TAG_WITHOUT_ITS_OPENER));
      assertEquals(List.of("13 '<1>' is a tag without a name, which HTML does not read as a tag: a browser shows it"
          + " as text, and it is read so; write the tag's name after its '<'",
          "18 '< >' is a tag without a name, which HTML does not read as a tag: a browser shows it as text, and it is"
          + " read so; write the tag's name after its '<'",
          "19 '<->' is a tag without a name, which HTML does not read as a tag: a browser shows it as text, and it is"
          + " read so; write the tag's name after its '<'",
          "22 '<=>' is a tag without a name, which HTML does not read as a tag: a browser shows it as text, and it is"
          + " read so; write the tag's name after its '<'"), told(document, Message.TAG_WITHOUT_A_NAME));
      assertEquals(List.of("3 warning TAG_WITHOUT_ITS_OPENER", "8 warning TAG_WITHOUT_ITS_OPENER",
          "13 warning TAG_WITHOUT_A_NAME", "18 warning TAG_WITHOUT_A_NAME", "19 warning TAG_WITHOUT_A_NAME",
          "22 warning TAG_WITHOUT_A_NAME"), warnings(document));
    }

    /**
     * A {@code )} inside a Markdown link's address ends the address there
     * ({@code [Ref](https://www.ie)f.org/msg09670.html)}), and a browser shows the rest of it as text
     * after the link: 1012's and 1013's descriptions on the Brazilian page ended in an address's
     * half, with nothing said. So does a {@code [} in the place of a letter of the link's text
     * ({@code [R[f](…)}), which makes the link of what follows it and shows the rest as text. A
     * warning at the row quotes what is shown; a word after a link ({@code [note](…)s}), and a
     * {@code )} after it that closes a bracket opened before it ({@code ([this](…))}), say nothing.
     */
    @Test
    void aLinkCutShortInMarkdownIsAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1012` | Service Restart | The server restarts. \\[[Ref](https://www.ie)f.org/msg09670.html)] |
          | `1013` | Try Again Later | Overloaded. \\[[R[f](https://www.ietf.org/msg09670.html)] |
          | `1014` | Bad Gateway | See [the note](https://example.org/a)s, ([this](https://example.org/b)),\
           ([that](https://example.org/c)s) and \\[[Ref](https://example.org/d)]. |
          """);
      assertEquals(List.of("1012", "1013", "1014"), ranges(document));
      assertEquals(List.of("3 this row's description shows 'f.org/msg09670.html)' after the link to"
          + " 'https://www.ie': a ')' in the link's address ended it there, and a browser shows the rest as text,"
          + " as it is read; write the address whole, its ')' as '%29'"), told(document, Message.LINK_ADDRESS_CUT));
      assertEquals(List.of("4 this row's description shows '[R' before the link 'f': a '[' in the link's text opened it there,"
          + " and a browser shows what stands before it as text, as it is read; write the link's text whole,"
          + " its '[' as '\\['"), told(document, Message.LINK_TEXT_CUT));
      assertEquals(List.of("3 warning LINK_ADDRESS_CUT", "4 warning LINK_TEXT_CUT"), warnings(document));
    }

    /**
     * A link whose text was lost ({@code [](https://…)}, {@code <a href="…"></a>}) is shown as
     * nothing, and the word it held went from the row with nothing said; {@code [Re[](…)}, a
     * {@code [} in place of the text's last letter, showed {@code [Re} unexplained. A warning at the
     * row names the link's address, and the row reads as a browser shows it; a {@code [} before the
     * empty link is the cut text, as before a link with text. An anchor without an address
     * ({@code <a id="x"></a>}) and a link whose text is an image are no such link.
     */
    @Test
    void aLinkWithoutTextIsAWarning() {
      PageRead markdown = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1012` | Service Restart | The server restarts; see [](https://example.org/a). |
          | `1013` | Try Again Later | Overloaded. \\[[Re[](https://example.org/b)] |
          | `1014` | [](https://example.org/c) | A gateway got a bad answer. |
          """);
      assertEquals(List.of("1012", "1013", "1014"), ranges(markdown));
      assertEquals(List.of("The server restarts; see .", "Overloaded. [[Re]", "A gateway got a bad answer."),
          descriptions(markdown));
      assertEquals(List.of("3 this row's description holds a link to 'https://example.org/a' with no text, which a"
          + " browser shows as nothing, and it is read so: its text may have been lost; write it between the"
          + " link's brackets", "5 this row's name holds a link to 'https://example.org/c' with no text, which a"
          + " browser shows as nothing, and it is read so: its text may have been lost; write it between the"
          + " link's brackets"), told(markdown, Message.LINK_WITHOUT_TEXT));
      assertEquals(List.of("4 this row's description shows '[Re' before the link '': a '[' in the link's text opened"
          + " it there, and a browser shows what stands before it as text, as it is read; write the link's text"
          + " whole, its '[' as '\\['"), told(markdown, Message.LINK_TEXT_CUT));
      assertEquals(List.of("3 warning LINK_WITHOUT_TEXT", "4 warning LINK_TEXT_CUT", "5 warning LINK_WITHOUT_TEXT"),
          warnings(markdown));

      PageRead html = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1012</td><td>Service Restart</td><td>The server restarts; see <a href="https://example.org/a"> </a>.</td></tr>
          <tr><td>1013</td><td><a id="again"></a>Try Again Later</td><td>Overloaded; <a href="https://example.org/b"><img src="x.png" alt=""></a>.</td></tr>
          </table>
          """);
      assertEquals(List.of("1012", "1013"), ranges(html));
      assertEquals(List.of("The server restarts; see .", "Overloaded; ."), descriptions(html));
      assertEquals(List.of("3 warning LINK_WITHOUT_TEXT"), warnings(html));
    }

    /**
     * A tag that lost its {@code >} runs on into the next tag, and HTML reads all up to that tag's
     * {@code >} as one tag, whose words a browser does not show: {@code <strongReserved.</strong>}
     * hid the word for reserved, the row read in use; {@code </strong No code given.</td>} the rest of
     * a description; {@code <a href="…"Service Restart</a>} a name; {@code <td} the whole
     * description below it. All had been read with nothing said. A warning at the tag's line quotes
     * it up to the tag it runs into. A {@code <} in a quoted value, in a code span or a code block,
     * or in a comment says nothing, nor does a {@code <} that opens no tag ({@code a <3}).
     */
    @Test
    void aTagThatLostItsCloserIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td title="a<b">When a <3.</td></tr>
          <tr><td>1005</td><td>No Status</td><td><strongReserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal</td><td><strong>Reserved.</strong No frame.</td></tr>
          <tr><td>1012</td><td><a href="https://example.org/"Service Restart</a></td><td>Restarting.</td></tr>
          <tr><td>3000</td><td></td><td
            For use by libraries, <a href="https://example.org/">registered</a>.</td></tr>
          <!-- <td <b> -->
          </table>

          Words with `x<y<z>` in a code span.

          ```
          if (a <b && c <d>) {}
          ```
          """);
      assertEquals(List.of("1000", "1005", "1006", "1012", "3000"), ranges(document));
      // the description the run-on <td> left opens mid-sentence, and the run-on <a> has no text, which are said too
      assertEquals(List.of("4 warning TAG_WITHOUT_ITS_CLOSER", "5 warning TAG_WITHOUT_ITS_CLOSER",
          "6 warning TAG_WITHOUT_ITS_CLOSER", "6 warning LINK_WITHOUT_TEXT", "7 warning TAG_WITHOUT_ITS_CLOSER",
          "7 warning DESCRIPTION_OPENS_MID_SENTENCE"), lines(document.diagnostics()));
      assertEquals("'<strongReserved.' runs on into the tag after it, with no '>' between: HTML reads all up to"
          + " that tag's '>' as one tag, and a browser shows none of its words; write the '>' where the tag ends",
          document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().startsWith("'</strong No frame.' runs on"),
          document.diagnostics().get(1).text());
      assertTrue(document.diagnostics().get(2).text().startsWith("'<a href=\"https://example.org/\"Service Restart'"),
          document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(4).text().startsWith("'<td For use by libraries,' runs on"),
          document.diagnostics().get(4).text());
    }

    /**
     * In Markdown, a tag that runs on into the next is no tag, and GitHub and MDN show it as text:
     * {@code <strongReserved.</strong>} in a pipe table's cell is shown, and read, as
     * {@code <strongReserved.}. It is still a warning at its line, which says so, where it had said
     * that a browser shows none of its words, as it does in HTML.
     */
    @Test
    void aTagThatLostItsCloserInMarkdownIsShownAsText() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine. |
          | 1005 | No Status | <strongReserved.</strong> No code given. |
          """);
      assertEquals(List.of("1000", "1005"), ranges(document));
      assertEquals("<strongReserved. No code given.", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning TAG_WITHOUT_ITS_CLOSER_IN_MARKDOWN"), lines(document.diagnostics()));
      assertEquals("'<strongReserved.' runs on into the tag after it, with no '>' between: Markdown reads no tag"
          + " there, and GitHub and MDN show it as text, as it is read; write the '>' where the tag ends",
          document.diagnostics().get(0).text());
    }

    /**
     * A character put between a tag's {@code <} and its name ({@code <"strong>}, {@code </>td>},
     * {@code <"/td>}, {@code <*a href="…">}), or a tag's name lost ({@code < href="…">}, {@code <>}), leaves text
     * that HTML does not read as a tag: a browser shows it, and the word for reserved no longer opened
     * 1005's description, a link's address became 1012's name, with nothing said; so a character in
     * the place of a name before attributes ({@code <1 href="…">}). The page is still
     * read as a browser reads it, and a warning at the tag's line quotes it. A {@code <} before a
     * digit, white space or {@code =} that no tag's name follows, and one in a code span, a code
     * block or a comment, say nothing.
     */
    @Test
    void aTagWhoseOpeningWasDamagedIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>When a <3, a <= b or a < b.</td></tr>
          <tr><td>1005</td><td>No Status</td><td><"strong>Reserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</>td><td><strong>Reserved.</strong> No frame.</td></tr>
          <tr><td>1012</td><td><*a href="https://example.org/">Service Restart</a></td><td>Restarting.</td></tr>
          <tr><td>1013</td><td>< href="https://example.org/">Try Again Later</a></td><td>Busy.<>/td></tr>
          <tr><td>1014</td><td>Bad Gateway</td><td><> Bad gateway.<"/td></tr>
          <tr><td>1015</td><td><1 href="https://example.org/">TLS Handshake</a></td><td>Failed.</td></tr>
          <!-- <"b> -->
          </table>

          Words with `<"b>` in a code span.

          ```
          if (a <*b> c) {}
          ```
          """);
      assertEquals(List.of("1000", "1005", "1006", "1012", "1013", "1014", "1015"), ranges(document));
      assertFalse(document.rows().get(1).reserved(), "read as a browser shows it");
      // the row of '</>td>' tells the 'td>' its name shows, as a tag that lost its '<' does, too
      assertEquals(List.of("4 warning TAG_OPENING_DAMAGED", "5 warning TAG_OPENING_DAMAGED",
          "5 warning TAG_WITHOUT_ITS_OPENER", "6 warning TAG_OPENING_DAMAGED", "7 warning TAG_WITHOUT_A_NAME", "7 warning TAG_OPENING_DAMAGED",
          "8 warning TAG_WITHOUT_A_NAME", "8 warning TAG_OPENING_DAMAGED", "9 warning TAG_WITHOUT_A_NAME"),
          lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(8).text().startsWith("'<1 href=\"https://example.org/\">' is a tag without"
          + " a name"), document.diagnostics().get(8).text());
      assertEquals("'<\"strong>' has '\"' where its name should start, so that HTML does not read it as a tag:"
          + " a browser shows it as text, and it is read so; write '<strong>'", document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().startsWith("'</>td>' has '>' where")
          && document.diagnostics().get(1).text().endsWith("write '</td>'"), document.diagnostics().get(1).text());
      assertTrue(document.diagnostics().get(3).text().endsWith("write '<a href=\"https://example.org/\">'"),
          document.diagnostics().get(3).text());
      assertEquals("'< href=\"https://example.org/\">' is a tag without a name, which HTML does not read as a tag:"
          + " a browser shows it as text, and it is read so; write the tag's name after its '<'",
          document.diagnostics().get(4).text());
      assertTrue(document.diagnostics().get(5).text().startsWith("'<>/td>' has '>' where"),
          document.diagnostics().get(5).text());
      assertTrue(document.diagnostics().get(6).text().startsWith("'<>' is a tag without a name"),
          document.diagnostics().get(6).text());
      assertTrue(document.diagnostics().get(7).text().endsWith("write '</td>'"), document.diagnostics().get(7).text());
    }

    /**
     * A digit put before a tag's name ({@code <1strong>}), or a digit or sign put in place of its
     * first letter ({@code <1trong>}, {@code <-ode>}), leaves text that HTML does not read as a tag,
     * as a sign before it does: the word for reserved no longer opened 1005's description, and a
     * name lost its code span, with nothing said. A warning at its line quotes it and names the tag
     * where one tag is one edit from it; {@code a <3 b} and {@code <1d>}, a letter from several
     * tags, say nothing.
     */
    @Test
    void aDigitOrSignAtTheStartOfATagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>When a <3 b, or <1d>.</td></tr>
          <tr><td>1005</td><td>No Status</td><td><1strong>Reserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td><1trong>Reserved.</strong> No frame.</td></tr>
          <tr><td>1007</td><td><-ode>CLOSE_INVALID</code></td><td>Bad data.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1005", "1006", "1007"), ranges(document));
      assertFalse(document.rows().get(1).reserved(), "read as a browser shows it");
      List<String> told = told(document, Message.TAG_OPENING_DAMAGED);
      assertEquals(List.of("4 '<1strong>' has '1' where its name should start, so that HTML does not read it as a"
          + " tag: a browser shows it as text, and it is read so; write '<strong>'",
          "5 '<1trong>' has '1' where its name should start, so that HTML does not read it as a tag: a browser"
          + " shows it as text, and it is read so; write '<strong>'",
          "6 '<-ode>' has '-' where its name should start, so that HTML does not read it as a tag: a browser"
          + " shows it as text, and it is read so; write '<code>'"), told);
    }

    /**
     * White space between a tag's {@code <} and its name ({@code < strong>}, {@code <} at a line's
     * end and {@code p>} on the next, {@code < /td>}) leaves text that HTML does not read as a tag: a
     * browser shows it, and the word for reserved no longer opened 1005's description, with nothing
     * said; so white space in the place of a name's first letter ({@code < ode>}, where one tag's name
     * is one letter from it). A warning at the line of the {@code <} quotes it; {@code a < b > c},
     * where no {@code >} straight after a tag's name follows, says nothing.
     */
    @Test
    void whiteSpaceBeforeATagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>When a < b > c.</td></tr>
          <tr><td>1005</td><td>No Status</td><td>< strong>Reserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td><
          p>Reserved. No frame.</p>< /td></tr>
          <tr><td>1007</td><td>< ode>CLOSE_INVALID</code></td><td>Bad data.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1005", "1006", "1007"), ranges(document));
      assertFalse(document.rows().get(1).reserved(), "read as a browser shows it");
      List<String> told = told(document, Message.TAG_NAME_AFTER_WHITE_SPACE);
      assertEquals(List.of("4 '< strong>' has white space between its '<' and its name, so that HTML does not read it"
          + " as a tag: a browser shows it as text, and it is read so; write '<strong>'",
          "5 '< p>' has white space between its '<' and its name, so that HTML does not read it as a tag: a browser"
          + " shows it as text, and it is read so; write '<p>'",
          "6 '< /td>' has white space between its '<' and its name, so that HTML does not read it as a tag: a"
          + " browser shows it as text, and it is read so; write '</td>'",
          "7 '< ode>' has white space between its '<' and its name, so that HTML does not read it as a tag: a"
          + " browser shows it as text, and it is read so; write '<code>'"), told);
    }

    /**
     * A {@code >} put inside a tag ends it there, and a browser shows the rest as text:
     * {@code <s>trong>Reserved.} struck the word for reserved, which no longer opened 1005's
     * description, {@code </st>rong>} left {@code rong>} in 1006's, and {@code <a >href="…">},
     * {@code <a h>ref="…">} and {@code <a href>="…">} put a link's address in a name, with nothing
     * said; so did {@code <s>twong} with its {@code >} on the next line, as a formatter writes long
     * tags. A warning at the tag's line quotes it; a word and a {@code >} after a tag that make no
     * tag with its name ({@code <b>old>}), and a value after a tag without attributes
     * ({@code <td>="x"}), say nothing.
     */
    @Test
    void aTagCutByAStrayCloserIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, <b>old> is no tag.</td></tr>
          <tr><td>1005</td><td>No Status</td><td><s>trong>Reserved.</strong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td><strong>Reserved.</st>rong> No frame.</td></tr>
          <tr><td>1012</td><td><a >href="https://example.org/">Service Restart</a></td><td>Restarting.</td></tr>
          <tr><td>1013</td><td><a h>ref="https://example.org/">Try Again Later</a></td><td>Busy.</td></tr>
          <tr><td>1014</td><td><a href>="https://example.org/">Bad Gateway</a></td><td>="x" is no tag.</td></tr>
          <tr><td>1015</td><td></td><td><s>twong
            >Wésewvé.</stwong
          >
          </td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1005", "1006", "1012", "1013", "1014", "1015"), ranges(document));
      assertFalse(document.rows().get(1).reserved(), "read as a browser shows it");
      assertEquals(List.of("4 warning TAG_CUT_BY_A_STRAY_CLOSER", "5 warning TAG_CUT_BY_A_STRAY_CLOSER",
          "6 warning TAG_CUT_BY_A_STRAY_CLOSER", "7 warning TAG_CUT_BY_A_STRAY_CLOSER",
          "8 warning TAG_CUT_BY_A_STRAY_CLOSER", "9 warning TAG_CUT_BY_A_STRAY_CLOSER"), lines(document.diagnostics()));
      assertEquals("'<s>trong>' has a '>' inside it, where HTML ends the tag: a browser shows the rest ('trong>') as"
          + " text, and it is read so; write '<strong>'", document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().endsWith("write '</strong>'"), document.diagnostics().get(1).text());
      assertTrue(document.diagnostics().get(2).text().endsWith("write '<a href=\"https://example.org/\">'"),
          document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(3).text().endsWith("write '<a href=\"https://example.org/\">'"),
          document.diagnostics().get(3).text());
      assertTrue(document.diagnostics().get(4).text().endsWith("write '<a href=\"https://example.org/\">'"),
          document.diagnostics().get(4).text());
      assertTrue(document.diagnostics().get(5).text().endsWith("write '<stwong >'"), document.diagnostics().get(5).text());
    }

    /**
     * A {@code >} put inside the name of a tag that has attributes ({@code <s>pan style="…">},
     * {@code <sp>an style="…">} on the Italian page) makes a tag of the name's opening and shows the
     * rest of the name, the attributes and the {@code >} as text: {@code pan style="…">} went into
     * 1002's, 1008's and 1009's descriptions with nothing said, as a name's rest and its {@code >}
     * alone ({@code <s>trong>}) no longer did. A warning at the tag's line quotes it. A tag written
     * whole inside code ({@code <code>&lt;span class="z"&gt;</code>}) says nothing, where it had been
     * taken for a tag that lost its {@code <}.
     */
    @Test
    void aStrayCloserInANameBeforeAttributesIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td><s>pan style="color: red;">L'</span><em>endpoint</em> left.</td></tr>
          <tr><td>1001</td><td>Away</td><td>It left (<sp>an style='line-height: 1.5;'>for example</span>).</td></tr>
          <tr><td>1002</td><td>Error</td><td>When x = "y", or <code>&lt;span class="z"&gt;</code> is sent.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals(List.of("3 '<s>pan style=\"color: red;\">' has a '>' inside it, where HTML ends the tag: a browser"
          + " shows the rest ('pan style=\"color: red;\">') as text, and it is read so; write"
          + " '<span style=\"color: red;\">'",
          "4 '<sp>an style='line-height: 1.5;'>' has a '>' inside it, where HTML ends the tag: a browser shows the"
          + " rest ('an style='line-height: 1.5;'>') as text, and it is read so; write"
          + " '<span style='line-height: 1.5;'>'"), told(document, Message.TAG_CUT_BY_A_STRAY_CLOSER));
      assertEquals(List.of("3 warning TAG_CUT_BY_A_STRAY_CLOSER", "4 warning TAG_CUT_BY_A_STRAY_CLOSER"),
          warnings(document));
    }

    /**
     * A tag's {@code >} swapped with the {@code <} of the tag after it ({@code </span<>em>} for
     * {@code </span><em>}) puts the {@code <} in the first tag's name, which ends nothing, and shows
     * the second's name as text: {@code em>endpoint} in the Italian page's 1002 description, with
     * nothing said. Where the names either side of {@code <>} are tags' names, a warning at the line
     * quotes it.
     */
    @Test
    void aTagsCloserSwappedWithTheNextTagsOpenerIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1002</td><td>Error</td><td><span>L'</span<>em>endpoint</em> ended it.</td></tr>
          <tr><td>1003</td><td>Data</td><td><em>Data</em<>span style="color: red"> of a type</span> it cannot take.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 '</span<>em>' has a '>' inside it, where HTML ends the tag: a browser shows the rest"
          + " ('em>') as text, and it is read so; write '</span><em>'",
          "4 '</em<>span style=\"color: red\">' has a '>' inside it, where HTML ends the tag: a browser shows the rest"
          + " ('span style=\"color: red\">') as text, and it is read so; write '</em><span style=\"color: red\">'"),
          told(document, Message.TAG_CUT_BY_A_STRAY_CLOSER));
      assertEquals(List.of("3 warning TAG_CUT_BY_A_STRAY_CLOSER", "4 warning TAG_CUT_BY_A_STRAY_CLOSER"),
          warnings(document));
    }

    /**
     * A {@code >} in place of a letter of a tag's name the page misspelled ({@code <s>wong>} and
     * {@code </stw>ng>} for the received page's {@code <stwong>}) left {@code wong>} before the word
     * for reserved and {@code ng>} after it, the row read in use, with nothing said. Where one
     * letter between the two parts makes a name the reader repairs, and only one does, it is told as
     * where it makes a tag's name as written.
     */
    @Test
    void aStrayCloserInAMisspelledTagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1005</td><td>No Status</td><td><s>wong>Wésewvé.</stwong> No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td><stwong>Wésewvé.</stw>ng> No frame.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 '<s>wong>' has a '>' inside it, where HTML ends the tag: a browser shows the rest"
          + " ('wong>') as text, and it is read so; write '<stwong>'",
          "4 '</stw>ng>' has a '>' inside it, where HTML ends the tag: a browser shows the rest ('ng>') as text,"
          + " and it is read so; write '</stwong>'"), told(document, Message.TAG_CUT_BY_A_STRAY_CLOSER));
      assertEquals(List.of("3 warning TAG_CUT_BY_A_STRAY_CLOSER", "4 warning TAG_NAME_REPAIRED",
          "4 warning TAG_CUT_BY_A_STRAY_CLOSER"), warnings(document));
    }

    /**
     * White space inside a tag's name ({@code <s rong>}, {@code <s trong>}, {@code <s an style="…">},
     * or a line break, as in {@code <s\ntrong>}) ends the name there: HTML reads {@code <s>} with an
     * attribute, and struck 3000–3999's words through, with nothing said. A warning at the tag's line
     * quotes it where the two parts, with or without one letter between them, make a tag's name of
     * four letters or more, and only one; an attribute of its own ({@code <td nowrap>},
     * {@code <b old>}, {@code <a href="…">}) says nothing.
     */
    @Test
    void whiteSpaceInsideATagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td nowrap>1000</td><td><b old>Normal</b></td><td>See <a href="https://example.org/">this</a>.</td></tr>
          <tr><td>1015</td><td></td><td><s
          trong>Never</strong> sent.</td></tr>
          <tr><td>3000–3999</td><td></td><td>Libraries. These <s rong>must not</strong> be used by applications.</td></tr>
          <tr><td>4000–4999</td><td></td><td><s trong>Private use.</strong> <s an style="x">Any</span> use.</td></tr>
          </table>
          """);
      assertEquals(List.of("4 '<s trong>' has white space inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '<strong>'",
          "6 '<s rong>' has white space inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '<strong>'",
          "7 '<s trong>' has white space inside its name, where HTML ends the name: a browser reads it as '<s>' with"
          + " what follows as an attribute, and it is read so; write '<strong>'",
          "7 '<s an style=\"x\">' has white space inside its name, where HTML ends the name: a browser reads it as"
          + " '<s>' with what follows as an attribute, and it is read so; write '<span style=\"x\">'"),
          told(document, Message.TAG_NAME_SPLIT));
      assertEquals(List.of("4 warning TAG_NAME_SPLIT", "6 warning TAG_NAME_SPLIT", "7 warning TAG_NAME_SPLIT",
          "7 warning TAG_NAME_SPLIT"), warnings(document));
    }

    /**
     * A character reference with two letters swapped, one lost, one added or the {@code ;} moved
     * ({@code &paos;}, {@code &pos;}, {@code &lapos;}, {@code &apo;s} for the Italian page's
     * {@code &apos;}, a space after its {@code &}: {@code & quot;}, or its name in capitals:
     * {@code &APOS;}) is no reference HTML knows:
     * a browser shows it as text, which put
     * {@code L&paos;endpoint} in 1001's description, with nothing said. A warning at its line quotes
     * it with the references one letter from it; a reference HTML knows, a name of one or two
     * letters ({@code R&D;}), a name no reference is near ({@code &hello;}) and one in a Markdown
     * code span say nothing.
     */
    @Test
    void aCharacterReferenceOneLetterOffIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>L&apos;endpoint, R&D; and &hello; are done &amp; gone.</td></tr>
          <tr><td>1001</td><td>Away</td><td>L&paos;endpoint left.</td></tr>
          <tr><td>1002</td><td>Error</td><td>L&pos;endpoint, l&apo;s.</td></tr>
          <tr><td>1003</td><td>Data</td><td>L&lapos;endpoint&nbps;got data.</td></tr>
          <tr><td>1010</td><td>Extension</td><td>One or more& quot;extensions&quot;, Q& A, L&APOS;un.</td></tr>
          </table>
          """);
      assertEquals(List.of("4 '&paos;' is no character reference HTML knows, but near '&apos;': a browser"
          + " shows it as text, and it is read so; write the one meant",
          "5 '&pos;' is no character reference HTML knows, but near '&apos;': a browser shows it as text,"
          + " and it is read so; write the one meant",
          "5 '&apo;' is no character reference HTML knows, but near '&apos;': a browser shows it as text,"
          + " and it is read so; write the one meant",
          "6 '&lapos;' is no character reference HTML knows, but near '&apos;': a browser shows it as"
          + " text, and it is read so; write the one meant",
          "6 '&nbps;' is no character reference HTML knows, but near '&nbsp;': a browser shows it as"
          + " text, and it is read so; write the one meant",
          "7 '& quot;' is no character reference HTML knows, but near '&quot;': a browser shows it as"
          + " text, and it is read so; write the one meant",
          "7 '&APOS;' is no character reference HTML knows, but near '&apos;': a browser shows it as"
          + " text, and it is read so; write the one meant"), told(document, Message.REFERENCE_DAMAGED));
      assertEquals("L&paos;endpoint left.", document.rows().get(1).description().plainText());

      // past ten, one warning counts the rest, as a hostile page may hold thousands
      StringBuilder many = new StringBuilder("<table>\n<tr><th>Code</th><th>Name</th><th>Description</th></tr>\n");
      for (int code = 1000; code < 1012; code++) {
        many.append("<tr><td>").append(code).append("</td><td>N</td><td>L&paos;endpoint.</td></tr>\n");
      }
      PageRead hostile = read(many.append("</table>\n").toString());
      assertEquals(10, told(hostile, Message.REFERENCE_DAMAGED).size());
      assertEquals(List.of("13 2 more character reference(s), from this line to line 14, are near one HTML knows, so"
          + " that a browser shows them as text, as they are read"), told(hostile, Message.MORE_DAMAGED_REFERENCES));

      // HTML reads references inside <code> too; a Markdown code span shows what it holds as written
      PageRead inCode = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Write `&paos;`. |\n");
      assertEquals(List.of(), told(inCode, Message.REFERENCE_DAMAGED));
    }

    /**
     * A character reference whose {@code ;} was lost, put after white space or replaced by a space
     * ({@code l&aposautre}, {@code &apos ;}, {@code l&apos altro} for the Italian page's
     * {@code &apos;}) is text to HTML and Markdown, which put {@code l&aposautre} in a description
     * with nothing said. A warning at its line quotes it where the name of a reference that needs
     * its {@code ;} opens the word after the {@code &}; one HTML reads without it ({@code &quot},
     * {@code &amp}), words ({@code Q&A}, {@code AT&T}) and an address's parameters
     * ({@code ?a=1&image=2}) say nothing.
     */
    @Test
    void aCharacterReferenceWithoutItsSemicolonIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>L&apos ;endpoint, l&aposautre, l&apos altro.</td></tr>
          <tr><td>1001</td><td>Away</td><td>&quot;Away&quot and &amp, Q&A, AT&T.</td></tr>
          <tr><td>1002</td><td>Error</td><td>See <a href="https://example.org/?a=1&image=2&parts_3">this</a>.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 '&apos ;' is no character reference HTML knows, but near '&apos;': a browser shows it"
          + " as text, and it is read so; write the one meant",
          "3 '&aposautre' is no character reference HTML knows, but near '&apos;': a browser shows it as text,"
          + " and it is read so; write the one meant",
          "3 '&apos' is no character reference HTML knows, but near '&apos;': a browser shows it as text, and it"
          + " is read so; write the one meant"), told(document, Message.REFERENCE_DAMAGED));
      assertEquals(List.of("3 warning REFERENCE_DAMAGED", "3 warning REFERENCE_DAMAGED", "3 warning REFERENCE_DAMAGED"),
          warnings(document));
    }

    /**
     * HTML reads a reference it knows without a {@code ;} ({@code &lt}, {@code &reg}) inside a word
     * too: an {@code &} put into the German page's {@code Ungültige}, or the English
     * {@code registered}, showed {@code Ungü<ige} and {@code ®istered} in names and descriptions with
     * nothing said. A warning at its line quotes the word and what a browser shows of it, where a
     * letter or digit follows the name straight after, or where a sign of mathematics ends a word
     * ({@code Zei&gt an}, {@code Zei> an}). Another at a word's end says nothing, as often meant so
     * ({@code "Away&quot}, {@code WebSocket&reg}), and so does such a reference between
     * spaces ({@code a &lt b}), one with its {@code ;}, words ({@code AT&T}), an address's
     * parameters, and Markdown, which shows {@code &lt} without its {@code ;} as written.
     */
    @Test
    void aCharacterReferenceWithoutItsSemicolonInsideAWordIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1007</td><td>Ungü&ltige Daten</td><td>Die Daten. Zei&gt an, dass &quot;es&quot so ist.</td></tr>
          <tr><td>1008</td><td>Policy</td><td>Use WebSocket&reg, but it can't be &registered.</td></tr>
          <tr><td>1009</td><td>Big</td><td>A &lt b, &copy; 2020, AT&T, <a href="https://example.org/?a=1&copy2=3">x</a>.</td></tr>
          </table>
          """);
      assertEquals(List.of("1007", "1008", "1009"), ranges(document));
      assertEquals(List.of("3 'Ungü&ltige' holds '&lt', which HTML reads as the character reference '&lt;' without"
          + " its ';': a browser shows 'Ungü<ige', and it is read so; write '&amp;' where an '&' is meant, or the"
          + " reference whole",
          "3 'Zei&gt' holds '&gt', which HTML reads as the character reference '&gt;' without its ';': a browser"
          + " shows 'Zei>', and it is read so; write '&amp;' where an '&' is meant, or the reference whole",
          "4 '&registered' holds '&reg', which HTML reads as the character reference '&reg;' without its ';': a"
          + " browser shows '\u00AEistered', and it is read so; write '&amp;' where an '&' is meant, or the"
          + " reference whole"), told(document, Message.REFERENCE_IN_A_WORD));
      assertEquals(List.of("3 warning REFERENCE_IN_A_WORD", "3 warning REFERENCE_IN_A_WORD",
          "4 warning REFERENCE_IN_A_WORD"), warnings(document));

      PageRead markdown = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1010` | Ungü&ltige Daten | Not &registered. |
          """);
      assertEquals(List.of("1010"), ranges(markdown));
      assertEquals(List.of(), warnings(markdown));
    }

    /**
     * A tag's {@code >} swapped with its name's letter ({@code <>p} above a cell's words, for
     * {@code <p>}) leaves text a browser shows: {@code <>p} opened 1001's description, with nothing
     * said. A warning at its line quotes it where a tag's name follows {@code <>} and white space
     * follows the name; {@code <>} before other words is told as a tag without a name.
     */
    @Test
    void aTagsCloserBeforeItsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>
            <>p
            The connection completed.
            </p>
          </td></tr>
          <tr><td>1001</td><td>Away</td><td><>p Gone.</p></td></tr>
          </table>
          """);
      assertEquals(List.of("4 '<>p' has '>' where its name should start, so that HTML does not read it as a tag:"
          + " a browser shows it as text, and it is read so; write '<p>'",
          "8 '<>p' has '>' where its name should start, so that HTML does not read it as a tag: a browser shows"
          + " it as text, and it is read so; write '<p>'"), told(document, Message.TAG_OPENING_DAMAGED));
      assertEquals(List.of("4 warning TAG_OPENING_DAMAGED", "8 warning TAG_OPENING_DAMAGED"), warnings(document));
    }

    /**
     * A tag that lost its {@code <} and its name's first letter straight after another tag
     * ({@code <em>endpoint</em>pan style="…">} on the Italian page) put {@code pan style="…">} into
     * 1002's, 1008's and 1009's descriptions with nothing said, for {@code pan} is no tag's name. A
     * warning at its line quotes it where attributes up to a {@code >} follow the letters, and one
     * letter before them makes one of HTML's names, with the tag to write; letters that no letter
     * makes a name ({@code </em>xyz class="q">}), and such letters without attributes
     * ({@code </em>pan>}, words as often), say nothing.
     */
    @Test
    void aTagThatLostItsOpenerAndFirstLetterAfterATagIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1002</td><td>Error</td><td>L'<em>endpoint</em>pan style="color: red;"> </span>ha terminato.</td></tr>
          <tr><td>1003</td><td>Data</td><td>The <em>endpoint</em>xyz class="q"> and <em>big</em>pan> go.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 'pan style=\"color: red;\">' follows the tag '</em>' with no '<' of its own, so that HTML"
          + " does not read it as a tag: a browser shows it as text, and it is read so; write"
          + " '<span style=\"color: red;\">'"), told(document, Message.TAG_OPENER_LOST));
      assertEquals(List.of("3 warning TAG_OPENER_LOST"), warnings(document));
    }

    /**
     * A tag's {@code <} lost straight after another tag ({@code </span>em>endpoint}, and
     * {@code </em>span style="…">} on the Italian page) leaves text a browser shows: {@code em>} and
     * {@code span style="…">} went into 1002's, 1008's and 1009's descriptions with nothing said. A
     * warning at its line quotes it where a tag's name of two letters or more and its {@code >}, or
     * a name and attributes up to a {@code >}, follow a tag's {@code >} and the tag follows a word
     * (one that opens a cell's words is the row's check's); a letter and a {@code >} ({@code b>}),
     * words that are no tag's name and a {@code >} alone say nothing.
     */
    @Test
    void aTagThatLostItsOpenerAfterATagIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td><span>L'</span>em>endpoint</em> left.</td></tr>
          <tr><td>1001</td><td>Away</td><td>The <em>endpoint</em>span style="x"> </span>went away.</td></tr>
          <tr><td>1002</td><td>Error</td><td>If <b>a</b>b> 2, <i>x</i>y>z and <code>a</code>> 3.</td></tr>
          <tr><td>1003</td><td>Data</td><td>strong>Reserved.</strong></td></tr>
          </table>
          """);
      assertEquals(List.of("3 'em>' follows the tag '</span>' with no '<' of its own, so that HTML does not read it as"
          + " a tag: a browser shows it as text, and it is read so; write '<em>'",
          "4 'span style=\"x\">' follows the tag '</em>' with no '<' of its own, so that HTML does not read it as"
          + " a tag: a browser shows it as text, and it is read so; write '<span style=\"x\">'"),
          told(document, Message.TAG_OPENER_LOST));
      assertEquals(List.of("3 warning TAG_OPENER_LOST", "4 warning TAG_OPENER_LOST",
          "6 warning TAG_WITHOUT_ITS_OPENER"), warnings(document));
    }

    /**
     * A {@code /} in place of a letter of a tag's name ({@code <s/rong>}, {@code <st/ong>}, and
     * {@code <s/wong>} for the received page's {@code <stwong>}) ends the name as white space does:
     * HTML reads {@code <s>} with an attribute, and struck 3000–3999's words through, with nothing
     * said. A warning at the tag's line quotes it; a {@code /} before the {@code >}
     * ({@code <br/>}, {@code <img src="x"/>}) and one whose parts make no tag's name
     * ({@code <b/old>}) say nothing.
     */
    @Test
    void aSlashInsideATagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td><b/old>Normal</b></td><td>See<br/>this <img src="x"/>.</td></tr>
          <tr><td>1015</td><td></td><td><st/ong>Never</strong> sent.</td></tr>
          <tr><td>3000–3999</td><td></td><td>Libraries. These <s/rong>must not</strong> be used by applications.</td></tr>
          <tr><td>4000–4999</td><td></td><td><s/wong>Pwivate use.</stwong> Any use.</td></tr>
          <tr><td>4001</td><td></td><td>Pwivate, for <stwong>apps, not to be used by others, and</stwong>
          <stwong>not by bwowsews, no, not at all, pa<s/stwong> thewe.</td></tr>
          <tr><td>4002</td><td>Pwivate Abschlus<s/td><td>Any use.</td></tr>
          </table>
          """);
      assertEquals(List.of("4 '<st/ong>' has a '/' inside its name, where HTML ends the name: a browser reads"
          + " it as '<st>' with what follows as an attribute, and it is read so; write '<strong>'",
          "5 '<s/rong>' has a '/' inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '<strong>'",
          "6 '<s/wong>' has a '/' inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '<stwong>'",
          "8 '<s/stwong>' has a '/' inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '</stwong>'",
          "9 '<s/td>' has a '/' inside its name, where HTML ends the name: a browser reads"
          + " it as '<s>' with what follows as an attribute, and it is read so; write '</td>'"),
          told(document, Message.TAG_NAME_SPLIT));
      assertEquals(List.of("4 warning TAG_NAME_SPLIT", "5 warning TAG_NAME_SPLIT", "6 warning TAG_NAME_SPLIT",
          "7 warning TAG_NAME_REPAIRED", "8 warning TAG_NAME_SPLIT", "9 warning TAG_NAME_SPLIT"), warnings(document));
    }

    /**
     * A character in place of the first letter of a tag's name the page misspelled
     * ({@code <"twong>}, {@code <1twong>}, {@code < twong>} for the received page's {@code <stwong>})
     * is two edits from the tag, and hid the word for reserved of 0–999, 1004, 1005 and 1006 behind
     * text a browser shows, the rows read in use, with nothing said. Where the first end tag after it
     * is of its name with one letter before it ({@code </stwong>}), that end tag says what it was: a
     * warning at its line quotes it. {@code <3twong>} before another end tag, or before one that
     * ends a start tag after it, says nothing.
     */
    @Test
    void aDamagedTagsNameIsTakenFromItsEndTag() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>0–999</td><td></td><td><"twong>Wesewvé.</stwong></td></tr>
          <tr><td>1004</td><td></td><td><1twong>Wésewvé.</stwong> A meaning may come.</td></tr>
          <tr><td>1005</td><td>No Status</td><td>< twong>Wésewvé.</stwong> No code given.</td></tr>
          <tr><td>1008</td><td>Policy</td><td>A <3twong> heart.</td></tr>
          <tr><td>1009</td><td>Too Big</td><td>A <3twong> and a <stwong>big</stwong> one.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 '<\"twong>' has '\"' where its name should start, so that HTML does not read it as a"
          + " tag: a browser shows it as text, and it is read so; write '<stwong>'",
          "4 '<1twong>' has '1' where its name should start, so that HTML does not read it as a tag: a browser"
          + " shows it as text, and it is read so; write '<stwong>'"), told(document, Message.TAG_OPENING_DAMAGED));
      assertEquals(List.of("5 '< twong>' has white space between its '<' and its name, so that HTML does not read"
          + " it as a tag: a browser shows it as text, and it is read so; write '<stwong>'"),
          told(document, Message.TAG_NAME_AFTER_WHITE_SPACE));
      assertEquals(List.of("3 warning TAG_OPENING_DAMAGED", "4 warning TAG_OPENING_DAMAGED",
          "5 warning TAG_NAME_AFTER_WHITE_SPACE", "7 warning TAG_NAME_REPAIRED"), warnings(document));
    }

    /**
     * A tag with white space between its {@code <} and its name, and its {@code >} on the next line
     * as a formatter writes it ({@code < strong} and {@code >} below, or {@code <} at a line's end
     * and {@code strong} and {@code >} on the lines after it), is text to a browser: 1012–1014's
     * description ended in {@code < strong >}, with nothing said. It is told as a tag whose
     * {@code >} follows its name straight; {@code a < b} and {@code > c} on the next line say
     * nothing.
     */
    @Test
    void whiteSpaceBeforeATagsNameWithItsCloserOnTheNextLineIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>When a < b
            > c.</td></tr>
          <tr><td>1012–1014</td><td></td><td>
            <strong
              >Reserved for future use.< strong
            >
          </td></tr>
          <tr><td>1015</td><td></td><td>
            <
            strong
              >Reserved.</strong
            >
          </td></tr>
          </table>
          """);
      assertEquals(List.of("7 '< strong >' has white space between its '<' and its name, so that HTML does not read it"
          + " as a tag: a browser shows it as text, and it is read so; write '<strong>'",
          "11 '< strong >' has white space between its '<' and its name, so that HTML does not read it as a tag: a"
          + " browser shows it as text, and it is read so; write '<strong>'"),
          told(document, Message.TAG_NAME_AFTER_WHITE_SPACE));
      assertTrue(warnings(document).stream().noneMatch(told -> told.startsWith("3 ") || told.startsWith("4 ")),
          warnings(document).toString());
    }

    /**
     * In HTML, a {@code <} before a {@code /} that no letter follows, before a {@code ?}, or before a
     * {@code !} that opens no comment, opens a comment that the next {@code >} ends, which a browser
     * does not show: {@code </ a text-only} in 1003's description hid the rest of it up to the
     * {@code >} of its {@code </td>}, {@code <?} hid 1005's, with nothing said. The page is still read
     * as a browser reads it, and a warning at the line of the {@code <} quotes what it hides. A
     * document type, a comment, a code span, and such a {@code <} in Markdown, which shows it as text
     * there, say nothing.
     */
    @Test
    void aLessThanSignThatOpensACommentInHtmlIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, <!-- a comment --> and <!----> too.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Data it cannot take. (For example, </ a text-only
          endpoint.)</td></tr>
          <tr><td>1005</td><td>No Status</td><td><strong>Reserved.</strong> <? No code given.</td></tr>
          <tr><td>1006</td><td>Abnormal Closure</td><td><strong>Reserved.</strong> <!no frame> Closed.</td></tr>
          <!-- </ b> -->
          </table>

          Words with `</ b>` in a code span, and </ b> in a paragraph.

          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine, </ b> shown. |
          """);
      assertEquals(List.of("1000", "1003", "1005", "1006"), ranges(document));
      assertEquals("Data it cannot take. (For example,", document.rows().get(1).description().plainText(),
          "read as a browser shows it");
      assertEquals("Reserved.", document.rows().get(2).description().plainText());
      assertEquals("Reserved. Closed.", document.rows().get(3).description().plainText());
      assertEquals(List.of("4 '</ a text-only endpoint.)</td>' opens no tag, but HTML reads '</' before anything"
          + " but a letter as a comment up to the next '>': a browser shows none of it, and it is read so; write"
          + " '&lt;' for a '<' that is text",
          "6 '<? No code given.</td>' opens no tag, but HTML reads '<?' as a comment up to the next '>': a browser"
          + " shows none of it, and it is read so; write '&lt;' for a '<' that is text",
          "7 '<!no frame>' opens no tag, but HTML reads '<!' before anything but '--' as a comment up to the next"
          + " '>': a browser shows none of it, and it is read so; write '&lt;' for a '<' that is text"),
          told(document, Message.TEXT_HIDDEN_AS_A_COMMENT));
      PageRead htmlDocument = read("""
          <!DOCTYPE html>
          <html><body><?xml-stylesheet href="page.css"?>
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          </table>
          </body></html>
          """);
      assertEquals(List.of("1000"), ranges(htmlDocument));
      assertEquals(List.of(), told(htmlDocument, Message.TEXT_HIDDEN_AS_A_COMMENT));
    }

    /** What the reading told of one kind, each as its line and its text. */
    private static List<String> told(PageRead document, Message message) {
      List<String> told = new ArrayList<>();
      for (Diagnostic diagnostic : document.diagnostics()) {
        if (diagnostic.message() == message) {
          told.add(diagnostic.line() + " " + diagnostic.text());
        }
      }
      return told;
    }

    /**
     * A Markdown link with a space or a sign between its {@code ]} and its {@code (}, a full-width
     * parenthesis as a Chinese or Japanese keyboard writes it, a bracket lost, a character between
     * its {@code ]} and its {@code (} or in the {@code (}'s place, or an address a space split, is no link: GitHub
     * and MDN show its brackets and its address as text, which a description of 1012, 1013 or 1014
     * then held with nothing said. It is still read as shown, and a warning at the row's line quotes
     * it. A link, an address in parentheses, one in a code span, and one after a reference's
     * {@code [1]:} say nothing.
     */
    @Test
    void aLinkShownAsTextIsAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine, see [Ref](https://example.org/d), (https://example.org/e), \
          `[x](https://example.org/f)` and [1]: https://example.org/g. |
          | 1012 | Service Restart | Restarting. [Ref] (https://example.org/a) |
          | 1013 | Try Again Later | Busy. [Ref]\uff08https://example.org/b\uff09 |
          | 1014 | Bad Gateway | Gateway. [Ref(https://example.org/c) |
          | 1015 | TLS Handshake | Failed. [Ref](<https://example.org/h) |
          | 1016 | | Split. [Ref](h ttps://example.org/i) |
          | 1017 | | Digit. [Ref]1https://example.org/j) |
          | 1018 | | Letter. [Ref]x(https://example.org/k) |
          """);
      assertEquals(List.of("1000", "1012", "1013", "1014", "1015", "1016", "1017", "1018"), ranges(document));
      assertEquals("Restarting. [Ref] (https://example.org/a)", document.rows().get(1).description().plainText(),
          "read as GitHub shows it");
      assertEquals(List.of("4 warning LINK_SHOWN_AS_TEXT", "5 warning LINK_SHOWN_AS_TEXT",
          "6 warning LINK_SHOWN_AS_TEXT", "7 warning LINK_SHOWN_AS_TEXT", "8 warning LINK_SHOWN_AS_TEXT",
          "9 warning LINK_SHOWN_AS_TEXT", "10 warning LINK_SHOWN_AS_TEXT"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(6).text().startsWith("'[Ref]x(https://example.org/k)' is no link"),
          document.diagnostics().get(6).text());
      assertTrue(document.diagnostics().get(4).text().startsWith("'[Ref](h ttps://example.org/i)' is no link"),
          document.diagnostics().get(4).text());
      assertTrue(document.diagnostics().get(5).text().startsWith("'[Ref]1https://example.org/j)' is no link"),
          document.diagnostics().get(5).text());
      assertEquals("'[Ref] (https://example.org/a)' is no link, so GitHub and MDN show its brackets and its address"
          + " as text, and it is read so; write a link as '[text](address)', nothing between ']' and '(', or as"
          + " '<a href=\"address\">text</a>' in HTML", document.diagnostics().get(0).text());
      assertTrue(document.diagnostics().get(1).text().startsWith("'[Ref]\uff08https://example.org/b\uff09' is no link"),
          document.diagnostics().get(1).text());
      assertTrue(document.diagnostics().get(2).text().startsWith("'[Ref(https://example.org/c)' is no link"),
          document.diagnostics().get(2).text());
      assertTrue(document.diagnostics().get(3).text().startsWith("'[Ref](<https://example.org/h)' is no link"),
          document.diagnostics().get(3).text());
    }

    /**
     * A link that lost its {@code ](} shows its words run into its address, and its {@code [} and
     * {@code )} around them: {@code \[[Refhttps://…)]} was 1012's and 1013's description's end on
     * the Brazilian Portuguese page with nothing said. A {@code [} before an address's scheme with
     * no {@code ]} between, where the address ends in a {@code )} that opens nowhere in it, is a
     * warning at the row that quotes it; an address in brackets ({@code [https://example.org/a]}),
     * and one in parentheses after bracketed words ({@code [see] (https://…)} is the check before),
     * say nothing of it.
     */
    @Test
    void aLinkThatLostItsJointIsAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine, see [https://example.org/a] and [x](https://example.org/b). |
          | 1012 | Service Restart | Restarting. \\[[Refhttps://example.org/c)] |
          | 1013 | Try Again Later | Busy. [Ref https://example.org/d) later. |
          """);
      assertEquals(List.of("1000", "1012", "1013"), ranges(document));
      assertEquals("Restarting. [[Refhttps://example.org/c)]", document.rows().get(1).description().plainText(),
          "read as GitHub shows it");
      assertEquals(List.of("4 '[Refhttps://example.org/c)' is no link, so GitHub and MDN show its brackets and its"
          + " address as text, and it is read so; write a link as '[text](address)', nothing between ']' and '(', or"
          + " as '<a href=\"address\">text</a>' in HTML", "5 '[Ref https://example.org/d)' is no link, so GitHub and"
          + " MDN show its brackets and its address as text, and it is read so; write a link as '[text](address)',"
          + " nothing between ']' and '(', or as '<a href=\"address\">text</a>' in HTML"),
          told(document, Message.LINK_SHOWN_AS_TEXT));
      assertEquals(List.of("4 warning LINK_SHOWN_AS_TEXT", "5 warning LINK_SHOWN_AS_TEXT"), warnings(document));
    }

    /**
     * A tag of one or two letters whose {@code <} another character took ({@code L'xem>}), or whose
     * first letter one did ({@code <1m>}, {@code < m>}), is text, as such words may be
     * ({@code 1em>}, {@code a <b> c}); but an end tag of that name after it that ends nothing shows
     * what it was. 1001's and 1002's descriptions held {@code xem>} and {@code <1m>} with nothing
     * said; so did a line break in the {@code e}'s place ({@code <} at a line's end above
     * {@code m>}). They are still read as a browser shows them, and a warning at the line says what
     * to write; such words before an end tag whose start tag stands before them say nothing.
     */
    @Test
    void aShortTagDamagedBeforeItsEndTagIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Set 1em> wide, <em>xem> here</em>, <b>1b> b</b>.</td></tr>
          <tr><td>1001</td><td>Going Away</td><td>L'xem>endpoint</em> is going away.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>L'<1m>endpoint</em> and <b>x< m>y</em></b>.</td></tr>
          <tr><td>1009</td><td>Message Too Big</td><td>The <
          m>data frame</em> is too big.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1009"), ranges(document));
      assertEquals("L'xem>endpoint is going away.", document.rows().get(1).description().plainText(),
          "read as a browser shows it");
      assertEquals(List.of("4 'xem>' has 'x' in its '<''s place, so that HTML does not read it as a tag, as the"
          + " '</em>' after it, which ends nothing, shows: a browser shows it as text, and it is read so; write"
          + " '<em>'"), told(document, Message.TAG_OPENER_REPLACED));
      assertEquals(List.of("5 '<1m>' has '1' where its name should start, so that HTML does not read it as a tag: a"
          + " browser shows it as text, and it is read so; write '<em>'", "5 '< m>' has ' ' where its name should"
          + " start, so that HTML does not read it as a tag: a browser shows it as text, and it is read so; write"
          + " '<em>'", "6 '< m>' has ' ' where its name should start, so that HTML does not read it as a tag: a"
          + " browser shows it as text, and it is read so; write '<em>'"), told(document, Message.TAG_OPENING_DAMAGED));
      assertEquals(List.of("4 warning TAG_OPENER_REPLACED", "5 warning TAG_OPENING_DAMAGED",
          "5 warning TAG_OPENING_DAMAGED", "6 warning TAG_OPENING_DAMAGED"), warnings(document));
    }

    /**
     * A {@code >} in place of a letter of a tag's name ({@code <c>de>}, {@code </c>de>},
     * {@code <s>an class="x">}) ends the tag there, and a browser shows the rest of the name as text:
     * 1000's name and 1001's became {@code de>CLOSE_NORMAL} and {@code CLOSE_GOING_AWAYde>}, with
     * nothing said. It is still read as a browser shows it, and a warning at its line says what to
     * write. A word after a tag that makes no tag's name with it, with a letter between them or
     * not ({@code <b>old>}, {@code <i>t>}), says nothing.
     */
    @Test
    void aCloserInPlaceOfALetterOfATagsNameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td><c>de>CLOSE_NORMAL</code></td><td>Fine, <b>old> and <i>t> are no tags.</td></tr>
          <tr><td>1001</td><td><code>CLOSE_GOING_AWAY</c>de></td><td>Gone.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td><s>an class="x">Broken.</span></td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals("de>CLOSE_NORMAL", document.rows().get(0).name(), "read as a browser shows it");
      assertEquals(List.of("3 '<c>de>' has a '>' inside it, where HTML ends the tag: a browser shows the rest"
          + " ('de>') as text, and it is read so; write '<code>'",
          "4 '</c>de>' has a '>' inside it, where HTML ends the tag: a browser shows the rest ('de>') as text, and"
          + " it is read so; write '</code>'",
          "5 '<s>an class=\"x\">' has a '>' inside it, where HTML ends the tag: a browser shows the rest"
          + " ('an class=\"x\">') as text, and it is read so; write '<span class=\"x\">'"),
          told(document, Message.TAG_CUT_BY_A_STRAY_CLOSER));
      assertEquals(List.of("3 warning TAG_CUT_BY_A_STRAY_CLOSER", "4 warning TAG_CUT_BY_A_STRAY_CLOSER",
          "5 warning TAG_CUT_BY_A_STRAY_CLOSER"), warnings(document));
    }

    /**
     * A {@code >} in place of a tag's {@code =} before a quoted value ({@code <a href>"https://…">}),
     * or in place of the quote that opens a value ({@code <a href=>https://…">}), ends the tag there,
     * and a browser shows the rest of the value and the tag as text: 1012's name was its link's
     * address with nothing said. It is still read as a browser shows it, and a warning at its line
     * says what to write. Quoted words after a tag with no attribute, and an address as words, say
     * nothing.
     */
    @Test
    void aCloserInPlaceOfAnAttributesSignIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, see https://example.org/d and <b>"quoted">.</b></td></tr>
          <tr><td>1012</td><td><a href>"https://example.org/a">Service Restart</a></td><td>Restarting.</td></tr>
          <tr><td>1013</td><td>Try Again Later</td><td>Busy, <a href=>https://example.org/b'>see</a>.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1012", "1013"), ranges(document));
      assertEquals("\"https://example.org/a\">Service Restart", document.rows().get(1).name(),
          "read as a browser shows it");
      assertEquals(List.of("4 '<a href>\"https://example.org/a\">' has a '>' inside it, where HTML ends the tag: a"
          + " browser shows the rest ('\"https://example.org/a\">') as text, and it is read so; write"
          + " '<a href=\"https://example.org/a\">'",
          "5 '<a href=>https://example.org/b'>' has a '>' inside it, where HTML ends the tag: a browser shows the"
          + " rest ('https://example.org/b'>') as text, and it is read so; write '<a href='https://example.org/b'>'"),
          told(document, Message.TAG_CUT_BY_A_STRAY_CLOSER));
      assertEquals(List.of("4 warning TAG_CUT_BY_A_STRAY_CLOSER", "5 warning TAG_CUT_BY_A_STRAY_CLOSER"),
          lines(document.diagnostics()));
    }

    /**
     * Asterisks that open or close no emphasis are shown as text: a space after the opening
     * {@code **} ({@code ** 留值**}), a third asterisk ({@code ***留值**}), or a sign that breaks
     * the rule of three ({@code <*不可**}), as a space, an asterisk or a sign put in place of a
     * character leaves them. Where it took the place of the first sign of the word for reserved
     * ({@code 保留}), 1005 and 1006 were read in use with nothing said. They are still read as GitHub
     * shows them, and a warning at the row's line quotes the asterisks; bold, emphasis, a lone
     * {@code *} between words and asterisks in code say nothing.
     */
    @Test
    void asterisksShownAsTextAreAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine, with **bold**, *emphasis*, `**code**` and 2 * 3 = 6. |
          | 1005 | No Status | ** 留值**。未給予狀態代碼。 |
          | 1006 | Abnormal Closure | ***留值**。不正常的連線關閉。 |
          | 3000 | | 程式庫與框架使用的值，應用程式<*不可**使用。 |
          """);
      assertEquals(List.of("1000", "1005", "1006", "3000"), ranges(document));
      assertEquals(List.of(), reserved(document), "read as GitHub shows it");
      assertEquals(List.of("4 '** 留值**' holds asterisks that open or close no emphasis, so that GitHub and MDN"
          + " show them as text, and they are read so; write bold as '**words**', nothing between the asterisks and"
          + " the words", "5 '***留值**' holds asterisks that open or close no emphasis, so that GitHub and MDN show"
          + " them as text, and they are read so; write bold as '**words**', nothing between the asterisks and the"
          + " words", "6 '應用程式<*不可**' holds asterisks that open or close no emphasis, so that GitHub and MDN show"
          + " them as text, and they are read so; write bold as '**words**', nothing between the asterisks and the"
          + " words"), told(document, Message.ASTERISKS_SHOWN_AS_TEXT));
      assertEquals(List.of("4 warning ASTERISKS_SHOWN_AS_TEXT", "5 warning ASTERISKS_SHOWN_AS_TEXT",
          "6 warning ASTERISKS_SHOWN_AS_TEXT"), warnings(document));
    }

    /**
     * A backtick that opens or closes no code span is shown as text: a character in place of one
     * of a name's backticks ({@code xCLOSE_NORMAL`}), or one more ({@code ``CLOSE_NORMAL`}), left
     * it in 1000's name, and so in the generated Javadoc, with nothing said. It is still read as
     * GitHub shows it, and a warning at the row's line quotes it; code spans of one and of two
     * backticks say nothing.
     */
    @Test
    void aBacktickShownAsTextIsAWarning() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | `1000` | xCLOSE_NORMAL` | Fine, with `code` and ``a ` in code``. |
          | `1001` | ``CLOSE_GOING_AWAY` | Gone. |
          | `1002` | `CLOSE_PROTOCOL_ERROR` | Protocol `error. |
          | `1003` | `CLOSE_UNSUPPORTED` | Fine. |
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(document));
      assertEquals("xCLOSE_NORMAL`", document.rows().get(0).name(), "read as GitHub shows it");
      assertEquals(List.of("3 'xCLOSE_NORMAL`' holds a backtick that opens or closes no code span, so that GitHub"
          + " and MDN show it as text, and it is read so; write code as '`code`', as many backticks after it as"
          + " before it", "4 '``CLOSE_GOING_AWAY`' holds a backtick that opens or closes no code span, so that GitHub"
          + " and MDN show it as text, and it is read so; write code as '`code`', as many backticks after it as"
          + " before it", "5 '`error.' holds a backtick that opens or closes no code span, so that GitHub and MDN"
          + " show it as text, and it is read so; write code as '`code`', as many backticks after it as before it"),
          told(document, Message.BACKTICK_SHOWN_AS_TEXT));
      assertEquals(List.of("3 warning BACKTICK_SHOWN_AS_TEXT", "4 warning BACKTICK_SHOWN_AS_TEXT",
          "5 warning BACKTICK_SHOWN_AS_TEXT"), warnings(document));
    }

    /**
     * An end tag without a name ({@code </>}, as {@code </td>} is with a {@code >} in its
     * {@code t}'s place) is dropped by a browser, which shows what follows it as text: 1000's
     * description ended in {@code d>} with nothing said. It is still read as a browser shows it, and
     * a warning at its line quotes it. In a Markdown paragraph, which shows {@code </>} as text, it says nothing.
     */
    @Test
    void anEndTagWithoutANameIsAWarning() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</>d></tr>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          </table>

          A paragraph, where </> is text.
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals("Fine.d>", document.rows().get(0).description().plainText(), "read as a browser shows it");
      assertEquals(List.of("3 '</>d>' is an end tag without a name, which a browser drops, showing what follows it"
          + " as text, and it is read so; write the name of the tag it ends after its '</'"),
          told(document, Message.END_TAG_WITHOUT_A_NAME));
      assertEquals(List.of("3 warning END_TAG_WITHOUT_A_NAME"), lines(document.diagnostics()));
    }

    /**
     * A code cell that spans the name column too ({@code <td colspan="2">1004</td>}) gives the row
     * no name: the code is not its name, as the name of a cell spanning name and description is not.
     */
    @Test
    void aCodeCellSpanningTheNameColumnIsNoName() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td colspan="2">1004</td><td>Reserved.</td></tr>
          <tr><td colspan="3">1005</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1004", "1005"), ranges(document));
      assertEquals("", document.rows().get(1).name());
      assertEquals("Reserved.", document.rows().get(1).description().plainText());
      assertEquals("", document.rows().get(2).name());
      assertEquals("", document.rows().get(2).description().plainText());
    }

    /**
     * A line with no pipe straight after a pipe table's last row, with no blank line between, is
     * one more row of the table on GitHub and MDN (GFM's tables end only at a blank line or another
     * block), its text in the first column: a note set under the table, or the rest of the last row
     * wrapped. It had been read as a paragraph after the table with nothing said. It is still not
     * read as a row, but a warning at its line quotes it; a heading, a list, a quotation or HTML
     * there starts a block of its own, and a blank line ends the table.
     */
    @Test
    void aLineStraightAfterAPipeTableIsAWarning() {
      String table = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n";
      PageRead note = read(table + "Codes 1012 to 1014 came later.\n\nMore text.\n");
      assertEquals(List.of("1000"), ranges(note));
      assertEquals(List.of("4 warning TEXT_AFTER_TABLE_ROW_SKIPPED"), lines(note.diagnostics()));
      assertEquals("'Codes 1012 to 1014 came later.' stands straight after the table, with no blank line between,"
          + " so GitHub and MDN show it as one more row of it, in its first column; it is not read as a row:"
          + " leave a blank line before it, or, if it is the rest of the row above, join the two lines",
          note.diagnostics().get(0).text());
      for (String after : List.of("## Next\n", "- An item.\n", "> A quotation.\n", "<div>Else.</div>\n",
          "\nMore text.\n", "<!-- the end -->\n", "```\ncode\n```\n")) {
        assertEquals(List.of(), lines(read(table + after).diagnostics()), after);
      }
    }

    /**
     * A pipe table's row is one line. A row wrapped onto the next, as an editor wraps a long
     * description, leaves the rest of its text a row of its own, which a Markdown reader shows
     * under the code column: the description would be cut short. Where that line opens with no
     * pipe though the table's do, and holds no code, it is an error naming the row it goes on with.
     */
    @Test
    void aPipeTableRowWrappedOntoTheNextLineIsAnError() {
      PageRead wrapped = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | The connection successfully completed the purpose
          for which it was created. |
          | 1001 | Going Away | Gone. |
          """);
      assertEquals(List.of("4 error TABLE_ROW_WRAPPED"), lines(wrapped.diagnostics()));
      String text = wrapped.diagnostics().get(0).text();
      assertTrue(text.contains("'for which it was created.'") && text.contains("line 3"), text);

      // wrapped with no pipe on the rest: the table ends there, and the rows after it go on from it
      PageRead restWithoutPipe = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | The connection successfully completed the purpose
          for which it was created.
          | 1001 | Going Away | Gone. |
          | 1002 | Protocol Error | Broken. |
          """);
      assertEquals(List.of("5 error TABLE_INTERRUPTED_BY_LINE"), lines(restWithoutPipe.diagnostics()));
      text = restWithoutPipe.diagnostics().get(0).text();
      assertTrue(text.contains("line 4") && text.contains("'for which it was created.'"), text);

      // wrapped after a cell's pipe, so that the rest spans cells
      PageRead acrossCells = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure |
          The connection closed. |
          | 1001 | Going Away | Gone. |
          """);
      assertEquals(List.of("3 warning CELLS_SHORT_OF_HEADER", "4 error TABLE_ROW_WRAPPED"), lines(acrossCells.diagnostics()));

      // A row that leaves its outer pipes out, with its code, is a row, as GitHub reads it.
      PageRead withoutOuterPipes = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine.
          1001 | Going Away | Gone. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(withoutOuterPipes));
      assertEquals(List.of(), withoutOuterPipes.diagnostics());

      // In a table none of whose rows open with a pipe, such a line is a sub-heading as before.
      PageRead bare = read("""
          Code | Name | Description
          --- | --- | ---
          1000 | Normal Closure | Fine.
          **Ranges** | |
          3000–3999 | | Registered.
          """);
      assertEquals(List.of("1000", "3000–3999"), ranges(bare));
      assertEquals(List.of("4 warning SUBHEADING_ROW_SKIPPED"), lines(bare.diagnostics()));
    }

    @Test
    void rfc6455ReadsAllThirteenOfItsCodes() throws Exception {
      Path rfc = Corpus.mdnFolder().map(mdn -> mdn.resolveSibling("rfc").resolve("rfc6455.txt")).orElse(null);
      assumeTrue(rfc != null && Files.isRegularFile(rfc), "the corpus is not on this machine");
      PageRead document = Reading.page(rfc);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010",
          "1011", "1015"), ranges(document));
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals("Invalid frame payload data", document.rows().get(7).name());
      assertEquals("Internal Server Error", document.rows().get(11).name());
      assertTrue(document.rows().stream().allMatch(row -> row.description().isEmpty()));
    }

    /**
     * GitHub goes on with a pipe table, once its delimiter row is seen, on a line without the
     * outer pipes too; a line that opens another block (a list item, a heading) ends it.
     */
    @Test
    void aRowWithoutItsOuterPipesGoesOnWithThePipeTable() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          1001 | Away | Gone.
          | 1002 | Error | Broken. |
          - 1003 | a list item | not a row
          """);
      // The list item is no row, but a code the table lacks, and said (CodeLists).
      assertEquals(List.of("6 warning TABLE_WITHOUT_HEADER_NOT_READ"), lines(document.diagnostics()));
      assertEquals(List.of("1000", "1001", "1002"), ranges(document));
      assertEquals("Gone.", document.rows().get(1).description().plainText());
      assertEquals(4, document.rows().get(1).location().line());

      PageRead numbered = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
          + "1. 1001 | an ordered list item | not a row\n");
      assertEquals(List.of("1000"), ranges(numbered));
    }

    /**
     * GitHub carries no table on into a quotation or out of one: rows of the same shape on the
     * other side are an error, as after a blank line, not rows of the table.
     */
    @Test
    void aTableEndsWhereAQuotationStartsOrEnds() {
      String rows = "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n";
      PageRead into = read(rows + "> | 1001 | Away | Gone. |\n");
      assertEquals(List.of("4 error TABLE_INTERRUPTED"), lines(into.diagnostics()));
      PageRead outOf = read(rows.replace("| C", "> | C").replace("\n|", "\n> |") + "| 1001 | Away | Gone. |\n");
      assertEquals(List.of("4 error TABLE_INTERRUPTED"), lines(outOf.diagnostics()));
      PageRead inside = read(rows.replace("| C", "> | C").replace("\n|", "\n> |") + "> | 1001 | Away | Gone. |\n");
      assertEquals(List.of("1000", "1001"), ranges(inside));
      assertEquals(List.of(), lines(inside.diagnostics()));
    }

    /**
     * Each row of a pipe table may have the outer pipes or not, its delimiter row too, whose
     * cells need one dash each: the table's header is read by its words, and its rows go on.
     */
    @Test
    void aDelimiterRowWithoutOuterPipesUnderAHeaderWithThemMakesAPipeTable() {
      for (String delimiter : List.of("--- | --- | ---", "-- | - | -", ":-- | :-: | --:", "|-|-|-", "-|-|-|")) {
        PageRead document = read("| Code | Name | Description |\n" + delimiter + "\n| 1000 | Normal | Fine. |\n"
            + "1001 | Away | Gone.\n");
        assertEquals(List.of("1000", "1001"), ranges(document), delimiter);
        assertEquals(List.of(), lines(document.diagnostics()), delimiter);
        assertEquals("Away", document.rows().get(1).name(), delimiter);
      }
    }

    /**
     * A line that starts with a code span, emphasis or an inline tag opens no block: it goes on
     * with the table as a row, with the outer pipes or without them.
     */
    @Test
    void aRowWithoutOuterPipesMayStartWithInlineMarkup() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          `1001` | Away | Gone.
          <code>1002</code> | Error | Broken.
          *1003* | Unsupported | Odd data.
          """);
      assertEquals(List.of(), lines(document.diagnostics()));
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(document));
      assertEquals(5, document.rows().get(2).location().line());
    }

    /**
     * A table without any outer pipes ends, as one with them does, at a line that opens another
     * block, though it holds a pipe: a list item is no row whose range lost its start.
     */
    @Test
    void aTableWithoutOuterPipesEndsAtALineThatOpensABlock() {
      for (String opener : List.of("- 1002", "* 1002", "+ 1002", "1. 1002", "## 1002", "> 1002", "```1002",
          "<div>1002</div>")) {
        PageRead document = read("Code | Name | Description\n--- | --- | ---\n`1000` | Normal | Fine.\n"
            + "<code>1001</code> | Away | Gone.\n" + opener + " | Error | not a row\n"
            + (opener.startsWith("```") ? "```\n" : ""));
        assertEquals(List.of("1000", "1001"), ranges(document), opener);
        boolean listItem = !opener.startsWith("#") && !opener.startsWith(">") && !opener.startsWith("`")
            && !opener.startsWith("<");
        assertEquals(listItem ? List.of("5 warning TABLE_WITHOUT_HEADER_NOT_READ") : List.of(),
            lines(document.diagnostics()), opener); // a list item of a code the table lacks is said (CodeLists)
      }
    }

    @Test
    void aTableThatStopsWhileRowsOfItsShapeGoOnIsAnErrorAtTheLine() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          | 1002 | Error | Broken. |
          | 1003 | Unsupported | Odd data. |
          """);
      assertEquals(List.of("6 error TABLE_INTERRUPTED"), lines(document.diagnostics().stream()
          .filter(d -> d.isError()).toList()));
      assertTrue(document.diagnostics().stream().anyMatch(d -> d.message() == Message.TABLE_INTERRUPTED
          && d.text().contains("line 4")), document.diagnostics().toString());
    }

    /**
     * Rows of an HTML table that a blank line and four spaces make indented code are code to
     * Markdown, which shows them as text, not as rows: the table MDN shows stops there. That is an
     * error at the first such row, where they had been read as rows without a word; rows the page
     * comments out are its author's to leave out, and are not read.
     */
    @Test
    void rowsThatMarkdownShowsAsCodeAreAnErrorNotRowsReadInSilence() {
      String header = "<table>\n    <tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "    <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n";
      String more = "    <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n"
          + "    <tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr>\n";
      PageRead document = read(header + "\n" + more + "</table>\n");
      assertEquals(List.of("5 error TABLE_ROWS_IN_CODE"), lines(document.diagnostics()));
      assertEquals("this row of the table at line 1 is in indented code (four spaces or more past the margin, or past"
          + " the text of the list item it stands in, after a blank line), which the page shows as code, not as a row;"
          + " indent it less to make it one; 2 row(s) so, from this line to line 6",
          document.diagnostics().get(0).text());
      // without the blank line, or indented less, they are rows of the table
      assertEquals(List.of("1000", "1001", "1002"), ranges(read(header + more + "</table>\n")));
      assertEquals(List.of("1000", "1001", "1002"), ranges(read(header + "\n" + more.replace("    <tr>", "  <tr>")
          + "</table>\n")));
      // rows in a comment are left out by the page's author
      PageRead commented = read(header + "<!--\n" + more + "-->\n</table>\n");
      assertEquals(List.of("1000"), ranges(commented));
      assertEquals(List.of(), lines(commented.diagnostics()));
    }

    /**
     * What a {@code <script>}, a {@code <style>} or a {@code <template>} holds is no part of what the
     * page shows, though it reads as markup: a script's string of HTML gave the summary (the first
     * paragraph) and could give a table. A code span that names such a tag hides nothing.
     */
    @Test
    void scriptsStylesAndTemplatesHoldNothingThePageShows() {
      String table = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n</table>\n";
      String hiding = "<script>\nvar row = \"<p>Not prose.</p><table><tr><td>1001</td><td>x</td><td>y</td></tr></table>\";\n"
          + "</script>\n<STYLE media=\"screen\">p::before { content: \"<p>Nor this.</p>\"; }</STYLE>\n"
          + "<template><p>Nor a template's.</p></template>\n";
      PageRead document = read("<!DOCTYPE html>\n<html>\n<head>\n" + hiding + "</head>\n<body>\n"
          + "<p>A CloseEvent is sent when a connection closes.</p>\n" + table + "</body>\n</html>\n");
      assertEquals("A CloseEvent is sent when a connection closes.", document.prose().summary().plainText());
      assertEquals(List.of("1000"), ranges(document));
      assertEquals(List.of(), lines(document.diagnostics()));
      // in Markdown, a code span that names the tag is text, and hides nothing after it
      PageRead markdown = read("Put the code in a `<script>` element; its end, `</script>`, comes later.\n\n" + table);
      assertEquals(List.of("1000"), ranges(markdown));
      assertEquals("Normal Closure", markdown.rows().get(0).name());
    }

    /**
     * What a {@code <textarea>}, a {@code <title>}, an {@code <xmp>}, an {@code <iframe>}, a
     * {@code <noembed>} or a {@code <noframes>} holds is text to HTML, never markup: a row written
     * in one is no row of the table (it had given code 1020 and cut the row it stood in), nor a
     * paragraph one of the page's.
     */
    @Test
    void elementsWhoseContentHtmlReadsAsTextHoldNoMarkup() {
      for (String element : List.of("textarea", "title", "xmp", "iframe", "noembed", "noframes")) {
        String table = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
            + "<tr><td>1000</td><td>Normal Closure</td><td>Done.<" + element + "></td></tr>\n"
            + "<tr><td>1020</td><td>Not a row</td><td>Not one.</td></tr>\n<p>Not prose.</p></" + element + "></td></tr>\n"
            + "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n</table>\n";
        PageRead document = read("<p>A CloseEvent is sent when a connection closes.</p>\n\n" + table);
        assertEquals(List.of("1000", "1001"), ranges(document), element);
        assertEquals("Done.", document.rows().get(0).description().plainText(), element);
        assertEquals(List.of(), lines(document.diagnostics()), element);
      }
    }

    /**
     * A page saved from a browser has the site around its article: what stands in a
     * {@code <nav>}, a {@code <header>}, a {@code <footer>} or an {@code <aside>} is no opening of
     * the page's, where a "Skip to main content" became the generated CloseEvent's summary.
     */
    @Test
    void theSitesNavigationAndFramingAreNoSummary() {
      String table = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n</table>\n";
      for (String frame : List.of("nav", "header", "footer", "aside")) {
        PageRead document = read("<!DOCTYPE html>\n<html>\n<body>\n<" + frame + "><p>Skip to main content</p></"
            + frame + ">\n<main>\n<p>A CloseEvent is sent when a connection closes.</p>\n" + table
            + "</main>\n</body>\n</html>\n");
        assertEquals("A CloseEvent is sent when a connection closes.", document.prose().summary().plainText(), frame);
      }
    }

    /**
     * A page saved from a browser has no front matter; its head says which page it is instead: its
     * canonical address, its title, its heading. The page of the property {@code code} opens with
     * what the property is, which had become the generated CloseEvent's summary, the accessor
     * {@code code()} left with the default words. In any of the three, in another language too.
     */
    @Test
    void aSavedPageSaysWhichMemberItIsAboutInItsHead() {
      String opening = "The code read-only property of the CloseEvent interface returns a close code.";
      String table = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n</table>\n";
      for (String head : List.of(
          "<link rel=\"canonical\" href=\"https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent/code\">",
          "<title>CloseEvent: code property - Web APIs | MDN</title>",
          "<title>CloseEvent.code - Web APIs | MDN</title>",
          "<title>CloseEvent : propriété code - Les API Web | MDN</title>")) {
        PageRead document = read("<!DOCTYPE html>\n<html>\n<head>\n" + head + "\n</head>\n<body>\n<main>\n"
            + "<p>" + opening + "</p>\n" + table + "</main>\n</body>\n</html>\n");
        assertEquals("", document.prose().summary().plainText(), head);
        assertEquals(opening, document.prose().code().plainText(), head);
        assertEquals(List.of("1000"), ranges(document));
      }
      PageRead headed = read("<html>\n<body>\n<h1>CloseEvent: reason property</h1>\n<p>" + opening + "</p>\n" + table);
      assertEquals(opening, headed.prose().reason().plainText());
      // the interface's own page, and a page that does not say, open with what the interface is
      for (String head : List.of("<title>CloseEvent - Web APIs | MDN</title>", "<title>Close codes</title>", "")) {
        PageRead document = read("<html>\n<head>\n" + head + "\n</head>\n<body>\n<p>" + opening + "</p>\n" + table);
        assertEquals(opening, document.prose().summary().plainText(), head);
        assertEquals("", document.prose().code().plainText(), head);
      }
      // front matter, where a page has it, says which page it is
      PageRead withFrontMatter = read("---\ntitle: CloseEvent\nslug: Web/API/CloseEvent\n---\n\n"
          + "<title>CloseEvent: code property</title>\n\n" + opening + "\n\n" + table);
      assertEquals(opening, withFrontMatter.prose().summary().plainText());
    }

    /**
     * A paragraph is running text, whatever elements it holds: a page rendered to HTML (as a
     * browser saves it) has paragraphs that hold a code span and a link each, which had read as the
     * rows of a table around the page's own. With a paragraph after the table too, the table stood
     * inside that one, an error; with paragraphs before it only, they were warned of as a second
     * table of close codes. An element that holds words between its child elements is no row; a
     * row's own tag ({@code <tr>}, or another holding cells) is one all the same.
     */
    @Test
    void paragraphsOfARenderedPageAreNoRows() {
      String table = """
          <table>
          <thead><tr><th>Status code</th><th>Meaning</th><th>Description</th></tr></thead>
          <tbody>
          <tr><td><code>1000</code></td><td>Normal Closure</td><td>Done.</td></tr>
          <tr><td><code>1001</code></td><td>Going Away</td><td>Gone.</td></tr>
          </tbody>
          </table>
          """;
      String before = "<p>The <code>code</code> property holds a <a href=\"/rfc\">close code</a>.</p>\n"
          + "<p>An integer <a href=\"/rfc\">close code</a> in the range <code>1000</code> - <code>4999</code>.</p>\n";
      String after = "<p>The example prints <code>code</code> and <code>reason</code>.</p>\n";
      for (String body : List.of(before + table, before + table + after)) {
        PageRead document = Reading.page("code.html", "<!DOCTYPE html>\n<html>\n<body>\n<main>\n" + body
            + "</main>\n</body>\n</html>\n");
        assertEquals(List.of(), lines(document.diagnostics()), body);
        assertEquals(List.of("1000", "1001"), ranges(document));
        assertEquals(List.of("Done.", "Gone."), descriptions(document));
      }
      // rows of a mangled tag are rows still, one with words between its cells among them
      PageRead mangled = read("<table>\n<tw><th>Code</th><th>Name</th><th>Description</th></tw>\n"
          + "<tw><td>1000</td><td>Normal Closure</td><td>Done.</td></tw>\n"
          + "<tw><td>1001</td>Going Away<td>Gone.</td></tw>\n</table>\n");
      assertEquals(List.of("1000", "1001"), ranges(mangled));
    }

    /**
     * A paragraph whose elements are all text-level ones ({@code <code>}, {@code <strong>}, a link)
     * is running text when punctuation stands between them too: {@code <code>0</code>–<code>999</code>}
     * is a range, written so in a sentence or a paragraph of its own, and {@code <code>1000</code>,
     * <code>1001</code>} a list of two codes. Paragraphs so written (a table flattened into them, as
     * a converter to a wiki's markup leaves one) had read as a table of the range's first code with
     * each paragraph of a single code a row of it, the names and descriptions in the paragraphs
     * between lost and the page read with a warning only; it is an error now. Cells that punctuation parts are cells
     * still when they are no such elements ({@code <span>}s of a mangled table, set apart by spaces).
     */
    @Test
    void paragraphsOfCodesSetApartByPunctuationAreNoRows() {
      String paragraphs = """
          <div>
          <p><code>0</code>–<code>999</code></p>
          <p>Reserved and not used.</p>
          <p><code>1000</code>, <code>1001</code></p>
          <p>Normal closure.</p>
          <p><code>1002</code></p>
          <p>Protocol error.</p>
          </div>
          """;
      PageRead flattened = read(paragraphs);
      // the paragraphs are the cells of one row now, which opens with no code RFC 6455 defines
      assertEquals(List.of("2 error NOT_A_CLOSE_CODE_TABLE"), lines(flattened.diagnostics()));
      // a row of cells that are no text-level elements is a row, whatever punctuation is between them
      PageRead divs = read("<div>\n<div><tc>1000</tc> | <tc>Normal</tc> | <tc>Done.</tc></div>\n"
          + "<div><tc>1001</tc> | <tc>Going Away</tc> | <tc>Gone.</tc></div>\n</div>\n");
      assertEquals(List.of("1000", "1001"), ranges(divs));
    }

    /**
     * Inside an HTML block that a block-level tag opens (a {@code <table>}, up to a blank line),
     * CommonMark reads no Markdown: three backticks there are text, no fence, and open no code
     * block that would hide the rest of the table. After a paragraph that opens with an inline tag,
     * a fence is one, as before.
     */
    @Test
    void aFenceInsideAnHtmlBlockIsText() {
      PageRead inTable = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine, as in
          ```
          </td></tr>
          <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          <tr><td>1002</td><td>Protocol Error</td><td>Broken.</td></tr>
          </table>

          Some text.
          """);
      assertEquals(List.of("1000", "1001", "1002"), ranges(inTable));
      assertEquals(List.of(), lines(inTable.diagnostics()));

      PageRead afterInlineTag = read("<kbd>Ctrl</kbd> shows the table:\n```\n| Code | Name | Description |\n"
          + "| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n```\n");
      assertEquals(List.of("3 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(afterInlineTag.diagnostics()));
    }

    /**
     * What HTML hides (the {@code hidden} attribute, {@code display: none}, MDN's own class
     * {@code hidden}) a browser does not show: not the page's, as a comment is not. A hidden row is
     * not read, with a warning that quotes it, never a code the page's reader cannot see; hidden
     * text in a cell is no part of its description.
     */
    @Test
    void whatHtmlHidesIsNotRead() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr hidden><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          <tr style="color: red; Display : None;"><td>1002</td><td>Protocol Error</td><td>Broken.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Bad type.<span class="note hidden"> Secret.</span></td></tr>
          <tr style="display: block"><td>1004</td><td>Reserved</td><td>Reserved.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1003", "1004"), ranges(document));
      assertEquals("Bad type.", document.rows().get(1).description().plainText());
      assertEquals(List.of("4 warning HIDDEN_ROW_SKIPPED"), lines(document.diagnostics()));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("'1001 Going Away Gone.'") && text.contains("2 ") && text.contains("line 5"), text);

      PageRead hiddenTable = read("<div hidden>\n<table>\n<tr><th>Code</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Fine.</td></tr>\n</table>\n</div>\n");
      // the error names the hidden table, where it stands
      assertEquals(List.of("2 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(hiddenTable.diagnostics()).stream()
          .filter(line -> line.contains("error")).toList());
      assertEquals(List.of("1 warning HIDDEN_ROW_SKIPPED"), lines(hiddenTable.diagnostics()).stream()
          .filter(line -> line.contains("warning")).toList());

      // Markdown inside a hidden element, which the markup holds as text, is hidden with it
      PageRead markdown = read("""
          <div class="hidden">

          An editor's note, not shown.

          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Old. |

          </div>

          The close event says why a connection closed.

          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal Closure | Fine. |
          """);
      assertEquals("Fine.", markdown.rows().get(0).description().plainText());
      assertEquals("The close event says why a connection closed.", markdown.prose().summary().plainText());
      assertEquals(List.of(), lines(markdown.diagnostics()));

      PageRead onlyHidden = read("<div hidden>\n\n| Code | Name | Description |\n| --- | --- | --- |\n"
          + "| 1000 | Normal Closure | Fine. |\n\n</div>\n");
      assertEquals(List.of("3 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(onlyHidden.diagnostics()));
      String onlyHiddenText = onlyHidden.diagnostics().get(0).text();
      assertTrue(onlyHiddenText.contains("an element the page hides"), onlyHiddenText);
    }

    /**
     * {@code visibility: hidden} (and {@code collapse}, which takes a row out of a table) shows
     * nothing either: such a row had been read as a code the page's reader cannot see, with nothing
     * said. It is not read, with the same warning; a cell so styled keeps its place in the row,
     * empty, as a browser shows it; an element inside it styled {@code visibility: visible}, which a
     * browser shows again, keeps it read.
     */
    @Test
    void whatVisibilityHidesIsNotRead() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr style="Visibility : hidden"><td>1001</td><td>Going Away</td><td>Gone.</td></tr>
          <tr style="visibility:collapse"><td>1002</td><td>Protocol Error</td><td>Broken.</td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Bad type.<span style="visibility: hidden"> Secret.</span></td></tr>
          <tr style="visibility: hidden"><td style="visibility: visible">1004</td><td>Reserved</td><td>Reserved.</td></tr>
          <tr><td>1005</td><td style="visibility: hidden">No Status</td><td>No code was given.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1003", "1004", "1005"), ranges(document));
      assertEquals("Bad type.", document.rows().get(1).description().plainText());
      // a cell keeps its place in the row, unseen: the description stays in its column
      assertEquals(List.of("", "No code was given."),
          List.of(document.rows().get(3).name(), document.rows().get(3).description().plainText()));
      assertEquals(List.of("4 warning HIDDEN_ROW_SKIPPED"), lines(document.diagnostics()));
      String text = document.diagnostics().get(0).text();
      assertTrue(text.contains("visibility: hidden") && text.contains("'1001 Going Away Gone.'"), text);
    }

    /**
     * Text only a screen reader reads (the classes {@code visually-hidden}, MDN's and Bootstrap's,
     * {@code sr-only}, {@code visuallyhidden} and {@code screen-reader-text}) is not what a cell
     * shows: MDN renders a badge as an icon that holds its word so, and a saved page's name had
     * read {@code Going Away Deprecated} where its source reads {@code Going Away}. A table's own
     * parts hidden so stay the table's, as a screen reader reads them.
     */
    @Test
    void whatOnlyAScreenReaderReadsIsNoPartOfACell() {
      PageRead saved = read("""
          <table>
          <thead class="visually-hidden"><tr><th>Code</th><th>Name</th><th>Description</th></tr></thead>
          <tr><td>1000</td><td>Normal Closure</td><td>Fine.</td></tr>
          <tr><td>1001</td><td>Going Away <abbr class="icon icon-deprecated" title="Deprecated. Not for use in new websites."><span class="visually-hidden">Deprecated</span></abbr></td><td>Gone.</td></tr>
          <tr><td>1002</td><td>Protocol Error<span class="sr-only"> (a protocol error)</span></td><td>Broken. <a href="/x">Read more<span class="Screen-Reader-Text"> about errors</span></a></td></tr>
          <tr><td>1003</td><td>Unsupported Data</td><td>Bad type.<span class="visuallyhidden"> Secret.</span></td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(saved));
      assertEquals(List.of("Normal Closure", "Going Away", "Protocol Error", "Unsupported Data"),
          saved.rows().stream().map(row -> row.name()).toList());
      assertEquals(List.of("Fine.", "Gone.", "Broken. Read more", "Bad type."), descriptions(saved));
      assertEquals(List.of(), lines(saved.diagnostics()));
      PageRead source = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal Closure | Fine. |\n"
          + "| 1001 | Going Away {{deprecated_inline}} | Gone. |\n");
      assertEquals("Going Away", source.rows().get(1).name());
    }

    /**
     * An HTML document is no Markdown: its indentation and blank lines mean nothing, and only its
     * comments hide anything. A page saved from a browser, or written by hand, indents its table
     * after a blank line as it likes.
     */
    @Test
    void anHtmlDocumentHasNoCodeBlocksOnlyComments() {
      String table = "\n    <table>\n      <tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "      <tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n\n"
          + "      <tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n"
          + "      <!-- <tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr> -->\n    </table>\n";
      for (String start : List.of("<!DOCTYPE html>\n<html>\n<body>\n", "\uFEFF<!doctype html>\n<body>\n",
          "<!-- saved from a browser -->\n<html lang=\"en\">\n<body>\n", "<HTML>\n<BODY>\n")) {
        PageRead document = read(start + table + "</body>\n</html>\n");
        assertEquals(List.of("1000", "1001"), ranges(document), start);
        assertEquals(List.of(), lines(document.diagnostics()), start);
      }
      // the same without the document's start is Markdown, where the table after a blank line is code
      assertEquals(List.of("3 error TABLE_ONLY_IN_CODE_OR_COMMENT"), lines(read("<div>\n" + table).diagnostics()));
    }

    /**
     * Cells written straight in a table or a row group, their {@code <tr>} lost, are a row, as a
     * browser shows them (HTML puts them in a row of their own), with a warning at the row; they
     * had been left out in silence.
     */
    @Test
    void cellsWhoseRowStartWasLostAreARowWithAWarning() {
      String header = "<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n";
      String normal = "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n";
      String lost = "<td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n";
      String error = "<tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr>\n";
      for (String page : List.of("<table>\n" + header + normal + lost + error + "</table>\n",
          "<table>\n<thead>" + header + "</thead>\n<tbody>\n" + normal + lost + error + "</tbody>\n</table>\n",
          "<table>\n" + header + normal + lost.replace("</tr>", "") + error + "</table>\n")) {
        PageRead document = read(page);
        int line = page.contains("<tbody>") ? 6 : 4;
        assertEquals(List.of("1000", "1001", "1002"), ranges(document), page);
        assertEquals("Going Away", document.rows().get(1).name(), page);
        assertEquals("Gone.", document.rows().get(1).description().plainText(), page);
        assertEquals(line, document.rows().get(1).location().line(), page);
        assertEquals(List.of(line + " warning ROW_START_REPAIRED"), lines(document.diagnostics()), page);
      }
      // a header row of cells alone is the header, said so too
      PageRead document = read("<table>\n<th>Status code</th><th>Name</th><th>Description</th>\n" + normal + "</table>\n");
      assertEquals("Normal Closure", document.rows().get(0).name());
      assertEquals(List.of("2 warning ROW_START_REPAIRED"), lines(document.diagnostics()));
      assertEquals("these cells stand in no row, as their <tr> is missing; they are read as a row of their own,"
          + " as a browser shows them; 1 row(s) so, from this line to line 2", document.diagnostics().get(0).text());
      // Each row's end tag ends its row, as in HTML, and the rows are one warning, at the first.
      StringBuilder rows = new StringBuilder("<table>\n<thead>\n" + header + "</thead>\n<tbody>\n");
      for (int code = 1000; code <= 1003; code++) {
        rows.append("<td>").append(code).append("</td><td>Name ").append(code).append("</td><td>Text of ")
            .append(code).append(".</td></tr>\n");
      }
      PageRead many = read(rows + "</tbody>\n</table>\n");
      assertEquals(List.of("1000", "1001", "1002", "1003"), ranges(many));
      assertEquals("Name 1003", many.rows().get(3).name());
      assertEquals(List.of("6 warning ROW_START_REPAIRED"), lines(many.diagnostics()));
      assertTrue(many.diagnostics().get(0).text().endsWith("4 row(s) so, from this line to line 9"),
          many.diagnostics().get(0).text());
      // A misspelt row group around them hides the table from the parse's pass: they are still one row.
      PageRead misspelt = read("<table>\n" + header + "<tbowdy>\n" + normal + lost + "</tbowdy>\n</table>\n");
      assertEquals(List.of("1000", "1001"), ranges(misspelt), misspelt.diagnostics().toString());
      assertTrue(lines(misspelt.diagnostics()).contains("5 warning ROW_START_REPAIRED"), misspelt.diagnostics().toString());
    }

    /**
     * Rows a stray {@code </table>} leaves outside their table are no table that holds it, though
     * the element they stand in (the page itself, here) starts before it: the table is read up to
     * its end tag and the rows after it are the error of rows that go on after a table. They had
     * been a table of the page's first line that won on the tie and held the real one, whose rows,
     * header and all, were dropped with only a warning that columns were read by position.
     * Where they outnumber the table's rows, the table was read as a part of them.
     */
    @Test
    void rowsAStrayEndTagLeavesOutsideTheTableAreAnErrorNotATableThatHidesIt() {
      String table = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n"
          + "<tr><td>1003</td><td>Unsupported Data</td><td>Odd data.</td></tr>\n";
      String strayRows = "<tr><td>1001</td><td>Going Away</td><td>Gone.</td></tr>\n"
          + "<tr><td>1002</td><td>Protocol error</td><td>Broken.</td></tr>\n";
      for (String page : List.of(table + "</table>\n" + strayRows, table + "</table>\n" + strayRows + "</table>\n",
          "<p>The codes:</p>\n" + table + "</table>\n" + strayRows)) {
        PageRead document = read(page);
        int rowsLine = page.startsWith("<p>") ? 7 : 6;
        assertEquals(List.of(rowsLine + " error TABLE_INTERRUPTED"), lines(document.diagnostics()), page);
        assertTrue(document.diagnostics().get(0).text().contains("ended at line " + (rowsLine - 2)),
            document.diagnostics().get(0).text());
      }
      // Where the rows left out outnumber the table's, they are the table chosen, and the table
      // with the header a part of it: the same error, at the same place.
      String shortTable = "<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n"
          + "<tr><td>1000</td><td>Normal Closure</td><td>Done.</td></tr>\n</table>\n";
      PageRead document = read(shortTable + strayRows);
      assertEquals(List.of("5 error TABLE_INTERRUPTED"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("ended at line 3"), document.diagnostics().get(0).text());
      // However many lines of markup alone stand between (a table closed and another opened, each
      // tag on its line), they are no text that sets the rows apart: the same error, where a table
      // named by its header in another order than (code, name, description) had its rows after
      // them read by position, names and descriptions swapped, with exit 0.
      String otherOrder = "<table>\n<thead>\n<tr><th>Status code</th><th>Description</th><th>Name</th></tr>\n</thead>\n"
          + "<tbody>\n<tr><td>1000</td><td>Done.</td><td>Normal Closure</td></tr>\n</tbody>\n</table>\n"
          + "<table>\n<tbody>\n<tr><td>1001</td><td>Gone.</td><td>Going Away</td></tr>\n"
          + "<tr><td>1002</td><td>Broken.</td><td>Protocol error</td></tr>\n</tbody>\n</table>\n";
      PageRead apart = read(otherOrder);
      assertEquals(List.of("11 error TABLE_INTERRUPTED"), lines(apart.diagnostics()));
      assertTrue(apart.diagnostics().get(0).text().contains("ended at line 6"), apart.diagnostics().get(0).text());
      // a table ends where its last row's text does, lines after the line that row starts on
      PageRead multiLine = read("<table>\n<tr><th>Status code</th><th>Name</th><th>Description</th></tr>\n<tr>\n"
          + "<td>1000</td>\n<td>Normal Closure</td>\n<td>\nDone,\nand well.\n</td>\n</tr>\n</table>\n"
          + "<tr>\n<td>1001</td>\n<td>Going Away</td>\n<td>Gone.</td>\n</tr>\n"
          + "<tr>\n<td>1002</td>\n<td>Protocol error</td>\n<td>Broken.</td>\n</tr>\n");
      assertEquals(List.of("13 error TABLE_INTERRUPTED"), lines(multiLine.diagnostics()));
      assertTrue(multiLine.diagnostics().get(0).text().contains("ended at line 8"), multiLine.diagnostics().get(0).text());
      // text between them sets them apart, as before: the second is read as a part of the first
      PageRead withText = read(otherOrder.replace("</table>\n<table>", "</table>\n<p>More codes:</p>\n<table>"));
      assertTrue(lines(withText.diagnostics()).stream().noneMatch(line -> line.contains("TABLE_INTERRUPTED")),
          withText.diagnostics().toString());
    }

    /**
     * A page's close codes may come in two tables, set apart with text ("Codes", then "Ranges").
     * A second table whose codes are all ones the page's table does not hold goes on with it: both
     * are read, and a warning at its first code says so, for it is an inference.
     */
    @Test
    void aSecondTableOfOtherCloseCodesIsReadWithTheTableAndNamed() {
      PageRead document = read("""
          ## Codes

          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |
          | 1002 | Error | Broken. |

          ## Ranges

          The ranges below are set aside for other uses.

          | Range | Description |
          | --- | --- |
          | 1016–1999 | Unassigned. |
          | 2000–2999 | Unassigned. |
          | 3000–3999 | For libraries. |
          | 4000–4999 | For applications. |
          """);
      // the table that holds codes RFC 6455 defines comes first, though the other has more rows
      assertEquals(List.of("1000", "1001", "1002", "1016–1999", "2000–2999", "3000–3999", "4000–4999"),
          ranges(document));
      assertEquals("For libraries.", document.rows().get(5).description().plainText());
      assertEquals(17, document.rows().get(5).location().line());
      assertEquals(List.of("15 warning TABLE_PART_READ"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("the page's table at line 3"),
          document.diagnostics().toString());
    }

    /**
     * The part may come first, and in HTML: each table is read by its own header, and the rows in
     * the order the page shows them, so that a problem between them is reported at the later one.
     */
    @Test
    void aPartBeforeTheTableIsReadByItsOwnHeader() {
      PageRead document = read("""
          <table>
            <tr><th>Name</th><th>Code</th><th>Description</th></tr>
            <tr><td>Normal</td><td>1000</td><td>Fine.</td></tr>
            <tr><td>Away</td><td>1001</td><td>Gone.</td></tr>
          </table>

          <table>
            <tr><th>Code</th><th>Name</th><th>Description</th></tr>
            <tr><td>1002</td><td>Error</td><td>Broken.</td></tr>
            <tr><td>1003</td><td>Unsupported</td><td>Odd data.</td></tr>
            <tr><td>1007</td><td>Invalid</td><td>Bad text.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "1002", "1003", "1007"), ranges(document));
      assertEquals(List.of("Normal", "Away", "Error", "Unsupported", "Invalid"),
          document.rows().stream().map(PageRow::name).toList());
      assertEquals(List.of(3, 4, 9, 10, 11), document.rows().stream().map(row -> row.location().line()).toList());
      assertEquals(List.of("3 warning TABLE_PART_READ"), lines(document.diagnostics()));
    }

    /**
     * A page's table without a header row, set apart by text from a part with one of as many
     * columns, is read as that header names its columns, not by position: the only words on the
     * page that say what its columns are. Read by position, a header naming them in another order
     * (Code, Description, Name) had given the table's codes each other's names and descriptions,
     * with exit 0. A warning at the table says where its columns come from. Where the code column
     * its cells show is another, or the headers of two such parts disagree, it is read by position,
     * as before.
     */
    @Test
    void aTableWithoutAHeaderIsReadAsTheHeaderOfAPartOfAsManyColumnsNamesThem() {
      String part = """
          <table>
          <tr><th>Code</th><th>Description</th><th>Name</th></tr>
          <tr><td>1000</td><td>Done.</td><td>Normal Closure</td></tr>
          <tr><td>1001</td><td>Gone.</td><td>Going Away</td></tr>
          </table>
          """;
      String apart = "<p>More codes.</p>\n<p>These came later.</p>\n<p>See RFC 6455.</p>\n<p>And its errata.</p>\n";
      String headless = """
          <table>
          <tr><td>1002</td><td>Broken.</td><td>Protocol error</td></tr>
          <tr><td>1003</td><td>Odd data.</td><td>Unsupported Data</td></tr>
          <tr><td>1007</td><td>Bad text.</td><td>Invalid frame payload data</td></tr>
          </table>
          """;
      PageRead document = read(part + apart + headless);
      assertEquals(List.of("1000", "1001", "1002", "1003", "1007"), ranges(document));
      assertEquals(List.of("Normal Closure", "Going Away", "Protocol error", "Unsupported Data",
          "Invalid frame payload data"), document.rows().stream().map(PageRow::name).toList());
      assertEquals("Odd data.", document.rows().get(3).description().plainText());
      assertEquals(List.of("3 warning TABLE_PART_READ", "10 warning COLUMNS_OF_ANOTHER_TABLE_INFERRED"),
          lines(document.diagnostics()));
      String text = document.diagnostics().get(1).text();
      assertTrue(text.contains("line 1 ") && text.contains("code, description, name"), text);

      // the codes in another column than the part's header says: by position, as before
      PageRead codesElsewhere = read(part + apart + headless.replaceAll("<td>(10\\d\\d)</td><td>([^<]*)</td>",
          "<td>$2</td><td>$1</td>"));
      assertTrue(lines(codesElsewhere.diagnostics()).contains("10 warning COLUMNS_BY_POSITION"),
          codesElsewhere.diagnostics().toString());
      // two parts whose headers disagree: by position, as before
      String otherPart = part.replace("<th>Description</th><th>Name</th>", "<th>Name</th><th>Description</th>")
          .replace("1000", "3000").replace("1001", "4000");
      PageRead disagree = read(part + apart + headless + apart + otherPart);
      assertTrue(lines(disagree.diagnostics()).contains("10 warning COLUMNS_BY_POSITION"),
          disagree.diagnostics().toString());
    }

    /**
     * A part is one table, as the page's table is: what lies inside it (a range's two {@code <code>}
     * elements, which read like the fields of a record) is no further table of codes; and a table
     * after it is weighed against the codes of both.
     */
    @Test
    void whatLiesInsideAPartIsNoFurtherPart() {
      PageRead document = read("""
          <table>
            <thead><tr><th>Code</th><th>Name</th><th>Description</th></tr></thead>
            <tbody>
              <tr><td><code>1000</code></td><td>Normal</td><td>Fine.</td></tr>
              <tr><td><code>1001</code></td><td>Away</td><td>Gone.</td></tr>
            </tbody>
          </table>

          <p>And the ranges:</p>

          <table>
            <thead><tr><th>Code</th><th>Name</th><th>Description</th></tr></thead>
            <tbody>
              <tr><td><code>3000</code>–<code>3999</code></td><td></td><td>For libraries.</td></tr>
            </tbody>
          </table>

          <p>An excerpt:</p>

          <table>
            <thead><tr><th>Code</th><th>Description</th></tr></thead>
            <tbody>
              <tr><td><code>1000</code></td><td>Fine.</td></tr>
              <tr><td><code>3500</code>–<code>3599</code></td><td>Ours.</td></tr>
            </tbody>
          </table>
          """);
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      // the excerpt repeats codes of the part as well as of the table: it is not read
      assertEquals(List.of("14 warning TABLE_PART_READ", "23 warning TABLE_NOT_READ"), lines(document.diagnostics()));
    }

    /** A table with a header of its own right after the page's is a part too, not rows that lost theirs. */
    @Test
    void aPartRightAfterTheTableWithAHeaderOfItsOwnIsReadToo() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          | Code | Name | Description |
          | --- | --- | --- |
          | 3000–3999 | | For libraries. |
          """);
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      assertEquals(List.of("8 warning TABLE_PART_READ"), lines(document.diagnostics()));
    }

    /**
     * Rows of other close codes set apart without a header cannot be told from a table of other
     * numbers by their columns, so they are not read; but not in silence: a warning at the first.
     */
    @Test
    void aTableOfOtherCloseCodesWithoutAHeaderIsNamedAsNotRead() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          And the ranges:

          <table>
            <tr><td>1000</td><td>Normal</td></tr>
            <tr><td>3000–3999</td><td>For libraries.</td></tr>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("10 warning TABLE_WITHOUT_HEADER_NOT_READ"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("3000–3999"), document.diagnostics().toString());
    }

    /**
     * Where the rows without a header that hold codes the page's table lacks are more than the
     * rows it reads, the table read is the lesser part of what the page lists: an AsciiDoc table,
     * as pandoc writes one, wraps a long row onto two lines and sets the rows apart with blank
     * lines, which read as tables of a row or two each, and the page had read as its one row of
     * {@code 1000} with a warning for each code left out and exit 0. It is an error at the first
     * row not read; fewer such rows than the table's (a list of the ranges beside it) stay a warning.
     */
    @Test
    void rowsNotReadThatOutnumberTheTableAreAnError() {
      PageRead document = read("""
          |===
          |Status code |Meaning |Description
          |`0`–`999` | |Not used.

          |`1000` |Normal Closure |Done.

          |`1001` |Going Away
          |The endpoint is going away.

          |`1002` |Protocol error
          |A protocol error.
          |===
          """);
      assertEquals(List.of("7 error TABLE_MOSTLY_UNREAD"), lines(document.diagnostics()));
      assertEquals("this table or list holds 1001, which the page's table at line 5 does not, nor 1 more row(s) of"
          + " close codes set apart without a header row, 2 in all, where that table holds 1: the table read"
          + " would be the lesser part of the page's codes; make them one table, with a header row naming its columns",
          document.diagnostics().get(0).text());
      assertEquals(List.of(), document.rows());
    }

    /**
     * Elements that hold {@code <code>} elements read like records, as IANA's XML does, but a list
     * or paragraphs of them on a page are prose, with no header row: never a part of the table.
     */
    @Test
    void aListOfCodesIsNoPartOfTheTable() {
      PageRead document = read("""
          <table>
          <tr><th>Code</th><th>Name</th><th>Description</th></tr>
          <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
          <tr><td>1001</td><td>Away</td><td>Gone.</td></tr>
          </table>

          <p>Other codes:</p>

          <ul>
          <li><code>3000</code>–<code>3999</code>: registered.</li>
          <li><code>4000</code>–<code>4999</code>: yours.</li>
          </ul>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("10 warning TABLE_WITHOUT_HEADER_NOT_READ"), lines(document.diagnostics()));
    }

    /** A Markdown list of codes, as the page may write the codes its table leaves out, is not read, and is named. */
    @Test
    void aMarkdownListOfCodesIsNoPartOfTheTableAndIsSaid() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          Also, as the table says:

          - 1000: normal.
          - `1001` going away.

          Other codes:

          - `3000`–`3999`: registered.
          - **4000–4999**: yours.

          Steps:

          1. Open the connection.
          2. Close it.
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("13 warning TABLE_WITHOUT_HEADER_NOT_READ"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("3000–3999"), document.diagnostics().get(0).text());
    }

    /**
     * A page that lists its codes, with no table of them, is an error at the list, which says that a
     * list is not read as the table, rather than that the page has no table at line 1.
     */
    @Test
    void aPageThatOnlyListsItsCodesIsAnErrorAtTheList() {
      PageRead markdown = read("""
          # CloseEvent

          ## Status codes

          - `1000` (Normal Closure)
            - : The connection successfully completed.
          - `1001` (Going Away)
            - : The endpoint is going away.
          """);
      assertEquals(List.of("5 error CODES_ONLY_IN_A_LIST"), lines(markdown.diagnostics()));
      String text = markdown.diagnostics().get(0).text();
      assertTrue(text.contains("'1000'"), text);

      PageRead html = read("<p>The codes:</p>\n<ul>\n<li><code>1000</code>: normal closure.</li>\n"
          + "<li><code>1001</code>: going away.</li>\n</ul>\n");
      assertEquals(List.of("3 error CODES_ONLY_IN_A_LIST"), lines(html.diagnostics()));

      // A definition list, a term for each code, is a list too. Its terms and definitions had been
      // read as one row of a table by position, the code of its last term taken and the others
      // dropped, with exit 0; an item with words before its colon had named a later item.
      for (String list : List.of("""
          <p>The codes:</p>
          <dl>
          <dt><code>1000</code> (Normal Closure)</dt><dd>The connection successfully completed its purpose.</dd>
          <dt><code>1001</code> (Going Away)</dt><dd>The endpoint is going away.</dd>
          <dt><code>1004</code></dt><dd><strong>Reserved.</strong> A meaning might be defined later.</dd>
          </dl>
          """, """
          <p>The codes:</p>
          <ul>
          <li><code>1000</code> Normal Closure: the connection successfully completed its purpose.</li>
          <li><code>1001</code> Going Away: the endpoint is going away.</li>
          <li><code>1004</code> <strong>Reserved.</strong> A meaning might be defined later.</li>
          </ul>
          """)) {
        PageRead listed = read(list);
        assertEquals(List.of("3 error CODES_ONLY_IN_A_LIST"), lines(listed.diagnostics()), list);
        assertTrue(listed.diagnostics().get(0).text().contains("'1000'"), listed.diagnostics().get(0).text());
      }

      // beside a table, an HTML list of codes it lacks is said, as a Markdown one is
      PageRead beside = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n\n"
          + "<ul>\n<li><code>1000</code>: normal.</li>\n<li><code>3000</code>: registered.</li>\n</ul>\n");
      assertEquals(List.of("1000"), ranges(beside));
      assertEquals(List.of("7 warning TABLE_WITHOUT_HEADER_NOT_READ"), lines(beside.diagnostics()));
    }

    /** A second table that only repeats codes of the page's table (an excerpt, an example) is not read, and named. */
    @Test
    void aSecondTableOfTheSameCodesIsNamedAsNotRead() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |
          | 3000–3999 | | For libraries. |

          The codes this example sends:

          | Code | Description |
          | --- | --- |
          | 1000 | When the user leaves. |
          | 3001 | When the session ends. |
          """);
      assertEquals(List.of("1000", "1001", "3000–3999"), ranges(document));
      assertEquals(List.of("11 warning TABLE_NOT_READ"), lines(document.diagnostics()));
    }

    /**
     * An HTML table is named by the line of its {@code <table>} tag, where a reader looking for it
     * finds it, not by the line of the {@code <tbody>} its rows stand in.
     */
    @Test
    void anHtmlTableIsNamedByTheLineOfItsTableTag() {
      PageRead document = read("""
          <table class="standard-table">
            <thead>
              <tr><th>Code</th><th>Name</th><th>Description</th></tr>
            </thead>
            <tbody>
              <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
              <tr><td>1001</td><td>Away</td><td>Gone.</td></tr>
            </tbody>
          </table>

          The codes this example sends:

          | Code | Description |
          | --- | --- |
          | 1001 | When the user leaves. |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("15 warning TABLE_NOT_READ"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("the one at line 1 "),
          document.diagnostics().toString());
    }

    /** A table read by its columns' positions is named by its {@code <table>} tag's line too. */
    @Test
    void anHtmlTableReadByPositionIsNamedByTheLineOfItsTableTag() {
      PageRead document = read("""
          Intro.

          <table>
            <tbody>
              <tr><td>1000</td><td>Normal</td><td>Fine.</td></tr>
              <tr><td>1001</td><td>Away</td><td>Gone.</td></tr>
            </tbody>
          </table>
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of("3 warning COLUMNS_BY_POSITION"), lines(document.diagnostics()));
    }

    /**
     * A second table that both repeats codes of the page's table and holds others can be read
     * neither way without a code left out or read twice: an error at its first code the table lacks.
     */
    @Test
    void aSecondTableOfSomeSameAndSomeOtherCodesIsAnError() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          Later additions:

          | Code | Name | Description |
          | --- | --- | --- |
          | 1001 | Away | Gone. |
          | 1012 | Service Restart | Restarting. |
          """);
      assertEquals(List.of("11 error TABLE_PARTLY_REPEATED"), lines(document.diagnostics()));
      assertTrue(document.diagnostics().get(0).text().contains("holds 1012, which the page's table at line 1 does not"),
          document.diagnostics().toString());
    }

    /**
     * A table turned on its side, a column for each code, is no table with a row for each: not
     * read, but named, at the row its codes run along, rather than "no table" at the page's top;
     * nor, where its first row passes for a header, a table of one row, its codes a range read
     * from a column it guessed.
     */
    @Test
    void aTableWhoseCodesRunAlongARowIsNamedAtThatRow() {
      PageRead markdown = read("""
          # CloseEvent

          | Code | 1000 | 1001 | 1002 |
          | --- | --- | --- | --- |
          | Name | Normal Closure | Going Away | Protocol error |
          """);
      assertEquals(List.of("3 error TABLE_TURNED"), lines(markdown.diagnostics()));
      String text = markdown.diagnostics().get(0).text();
      assertTrue(text.contains("'1000'") && text.contains("'1001'"), text);

      PageRead html = read("""
          <p>The codes:</p>
          <table>
          <tr><th>Name</th><td>Normal Closure</td><td>Going Away</td></tr>
          <tr><th>Code</th><td>1000</td><td>1001</td></tr>
          </table>
          """);
      assertEquals(List.of("4 error TABLE_TURNED"), lines(html.diagnostics()));

      // a column whose header names no codes holds more codes along a row than down it
      PageRead rowHeaders = read("""
          <table>
          <tr><th>Name</th><td>Normal Closure</td><td>Going Away</td><td>Protocol error</td></tr>
          <tr><th>Code</th><td>1000</td><td>1001</td><td>1002</td></tr>
          <tr><th>Description</th><td>Fine.</td><td>Gone.</td><td>Broken.</td></tr>
          </table>
          """);
      assertEquals(List.of("3 error TABLE_TURNED"), lines(rowHeaders.diagnostics()));

      // a row's range, its end in the column after the codes, is no row of codes turned
      PageRead range = read("<table>\n<tr><td>1000</td><td>1001</td><td>Fine.</td></tr>\n"
          + "<tr><td>1002</td><td></td><td>Broken.</td></tr>\n</table>\n");
      assertEquals(List.of("1000–1001", "1002"), ranges(range));
    }

    /** A table of other numbers (HTTP statuses, opcodes) is no table of close codes, and nothing is said of it. */
    @Test
    void aTableOfOtherNumbersIsNotNamed() {
      PageRead document = read("""
          | Code | Name | Description |
          | --- | --- | --- |
          | 1000 | Normal | Fine. |
          | 1001 | Away | Gone. |

          The handshake's HTTP statuses:

          | Code | Meaning |
          | --- | --- |
          | 101 | Switching Protocols |
          | 426 | Upgrade Required |
          """);
      assertEquals(List.of("1000", "1001"), ranges(document));
      assertEquals(List.of(), lines(document.diagnostics()));
    }

    @Test
    void aRegistryInIanasXmlReadAsAPageGivesItsRecordsAndNoRegistrationRule() {
      PageRead document = Reading.page(FIXTURES.resolve("registry-excerpt.xml"));
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertEquals(List.of("1000", "1004", "1005", "1014", "1016–2999", "3000", "3001–3999", "4000–4999"),
          ranges(document));
      assertEquals("Unassigned", document.rows().get(4).description().plainText());
    }

    @Test
    void ianasOwnRegistryFileReadAsAPageInventsNoRow() throws Exception {
      Path iana = Corpus.mdnFolder().map(mdn -> mdn.resolveSibling("iana").resolve("websocket-2026-06-11.xml"))
          .orElse(null);
      assumeTrue(iana != null && Files.isRegularFile(iana), "the corpus is not on this machine");
      PageRead document = Reading.page(iana);
      assertFalse(document.hasErrors(), document.diagnostics().toString());
      assertFalse(ranges(document).contains("1000–2999"), ranges(document).toString());
      assertTrue(ranges(document).containsAll(List.of("1000", "1014", "1016–2999", "3008", "4000–4999")));
    }
  }

  /**
   * A table none of whose rows has a description (no column is headed for them, or the one headed
   * so is empty) gives each code an empty description() and Javadoc with no text of the page's:
   * said once, at the header.
   */
  @Test
  void aTableWithoutAnyDescriptionSaysSo() {
    PageRead noColumn = read("# Codes\n\n| Code | Name |\n| --- | --- |\n| 1000 | Normal Closure |\n| 1001 | Going Away |\n");
    assertEquals(List.of("1000", "1001"), ranges(noColumn));
    assertEquals(List.of("3 warning NO_DESCRIPTIONS"), warnings(noColumn));
    assertEquals("no row of this table has a description, so no code read from it gets one from this page;"
        + " a column headed Description, or a word for it closecodes knows, holds them",
        noColumn.diagnostics().get(0).text());
    PageRead emptyColumn = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | |\n"
        + "| 1001 | Going | |\n");
    assertEquals(List.of("1 warning NO_DESCRIPTIONS"), warnings(emptyColumn));
    // where others have one, each row without is said, those alike as one warning at the first
    PageRead some = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
        + "| 1001 | Going | |\n| 1002 | Protocol | |\n| 1003 | Unsupported | Data. |\n| 1007 | Invalid | |\n");
    assertEquals(List.of("4 warning DESCRIPTIONS_MISSING"), warnings(some));
    assertEquals("this row has no description, so its codes get none from this page; 3 row(s) like it, from this"
        + " line to line 7", some.diagnostics().get(0).text());
    PageRead one = read("| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n"
        + "| 1001 | Going | |\n");
    assertEquals(List.of("4 warning DESCRIPTION_MISSING"), warnings(one));
    assertEquals("this row has no description, so its codes get none from this page",
        one.diagnostics().get(0).text());
  }

  /**
   * A folder names the page's locale where it is MDN's layout ({@code files/fr/web/...}, a folder of
   * locales such as {@code mdn/fr/...}) or holds the page itself ({@code pages/fr/close-codes.md}):
   * not any folder above it whose name happens to be a locale's, or the same page would be in
   * Italian under {@code /srv/it/} and in no locale elsewhere.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      mdn/fr/web/api/closeevent/index.md                         | fr
      files/pt-br/web/api/closeevent/code/index.md               | pt-BR
      /work/shared/corpus/mdn/de/code/2024-09-24_b93c752810.md   | de
      C:\\pages\\mdn\\ja\\closeevent\\index.md                   | ja
      pages/fr/close-codes.md                                    | fr
      /srv/it/ws/close-codes.md                                  | ''
      /home/uk/projects/closecodes/src/closecodes/close-codes.md | ''
      src/closecodes/close-codes.md                              | ''
      """)
  void aFolderNamesTheLocaleOnlyInMdnsLayoutOrRightAboveThePage(String path, String locale) {
    assertEquals(locale, PageReader.localeOfPath(path).orElse(""), path);
  }

  @Test
  void absoluteLinksIntoTheSiteTellTheLocale() {
    PageRead document = read("A [CloseEvent](https://developer.mozilla.org/de/docs/Web/API/CloseEvent) page.\n\n"
        + "See [WebSocket](https://developer.mozilla.org/de/docs/Web/API/WebSocket).\n\n"
        + "| Code | Name | Description |\n| --- | --- | --- |\n| 1000 | Normal | Fine. |\n");
    assertEquals("de", document.locale());
  }
}
