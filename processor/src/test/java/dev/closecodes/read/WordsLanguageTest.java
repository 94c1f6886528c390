package dev.closecodes.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.closecodes.testing.Corpus;
import dev.closecodes.testing.Reading;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The language a page's words are in, told from them: it is the language of the locale each page
 * of the corpus is in, by its path, or it tells none, as a page half translated does; never
 * another, but for a page that is English under another locale's folder, MDN's own copy of the
 * English page not yet translated ({@code status: needs-translation}).
 */
class WordsLanguageTest {

  @Test
  void everyCorpusPageIsInItsLocalesLanguageOrTellsNone() throws Exception {
    assumeTrue(Corpus.mdnFolder().isPresent(), "the corpus is not on this machine");
    List<String> wrong = new ArrayList<>();
    int told = 0;
    int read = 0;
    for (Corpus.Page page : Corpus.pages()) {
      String text = page.text();
      Reading.PageRead document = Reading.page("files/" + page.relativePath(), text.getBytes(StandardCharsets.UTF_8));
      if (document.page().isEmpty()) {
        continue; // no table: a page of the interface, its text elsewhere
      }
      read++;
      String words = WordsLanguage.of(document.page().get().rows(), document.page().get().prose()).language();
      String language = Locale.forLanguageTag(document.locale()).getLanguage();
      if (language.equals("zh")) {
        language = document.locale(); // the characters tell the region
        words = words.equals("zh") ? "" : words;
      }
      boolean untranslated = text.contains("status: \"needs-translation\"") && words.equals("en");
      if (!words.isEmpty() && !words.equals(language) && !untranslated) {
        wrong.add(page + ": " + words);
      }
      told += words.isEmpty() ? 0 : 1;
    }
    assertEquals(List.of(), wrong);
    assertTrue(told >= read * 3 / 4, told + " of " + read); // most pages tell: Spanish ones keep English rows
  }

  @Test
  void eachScriptAndLanguageIsTold() {
    assertEquals("ja", WordsLanguage.of("接続が正常に閉じられたことを示します。サーバーがクライアントに送ります。"));
    assertEquals("zh-CN", WordsLanguage.of("连接成功完成了为其创建的目的。服务器正在重新启动。这个连接已关闭。"));
    assertEquals("zh-TW", WordsLanguage.of("連接成功完成了為其創建的目的。服務器正在重新啟動。這個連接已關閉。"));
    assertEquals("zh", WordsLanguage.of("服务器正在重新启动服务器正在重新启动"));
    assertEquals("ko", WordsLanguage.of("연결이 정상적으로 종료되었습니다. 서버가 다시 시작됩니다."));
    assertEquals("uk", WordsLanguage.of("З'єднання закрито, сервер перезапускається, і це нормально."));
    assertEquals("ru", WordsLanguage.of("Соединение закрыто нормально, сервер перезапускается сейчас."));
    assertEquals("fa", WordsLanguage.of("اتصال به طور عادی بسته شد و کار پایان یافت پس از آن"));
    assertEquals("de", WordsLanguage.of("Die Verbindung wurde geschlossen, weil der Server nicht mehr antwortet und"
        + " die Anfrage zu groß ist, die er von dem Client mit einer Nachricht erhalten hat, und das ist auf der"
        + " Seite des Servers ein Fehler, der nicht behoben wird."));
    // an accent written apart is the letter it goes with
    assertEquals("vi", WordsLanguage.of(java.text.Normalizer.normalize("Mã này được gửi khi kết nối bị đóng và"
        + " máy chủ không có mã của nó, là một mã được dành riêng cho các kết nối của trình duyệt.",
        java.text.Normalizer.Form.NFD)));
    // too few words, or as many of two languages, tell none
    assertEquals("", WordsLanguage.of("Done. Gone."));
    String halfTranslated = "the connection is closed and the end of it; la connexion est fermée et le"
        + " serveur est parti pour de bon dans la nuit; the server was not there for it, le travail";
    assertEquals("", WordsLanguage.of(halfTranslated));
    // a page half translated is partly in each language, as a declaration of either is checked
    WordsLanguage.Words twice = WordsLanguage.read(halfTranslated + " " + halfTranslated);
    assertEquals(List.of("", "fr", "en"), List.of(twice.language(), twice.partlyIn("en"), twice.partlyIn("fr")));
    assertEquals("", WordsLanguage.read("the end of it; la fin du travail").partlyIn("de"), "too few words of either");
  }
}
