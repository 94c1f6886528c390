package dev.closecodes.read;

import dev.closecodes.model.Inline;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a page's words are in, told from the words themselves: by the script of its letters
 * where that is the script of one language (Hangul, kana, Han, Cyrillic, the Persian and Arabic
 * letters), else by the words that each language of the Latin alphabet writes most ({@code the},
 * {@code est}, {@code und}, {@code của}). Only a page with enough such words, most of them of one
 * language, tells one; the others tell none. A declaration of the page's language stands against
 * it, since a translation can keep text of the English page; a guess from the page's links gives
 * way to it; and it tells the locale where nothing else does ({@link Locales}). Of the regions,
 * only Chinese's shows, in its characters; pt-BR and pt-PT show in no word.
 */
final class WordsLanguage {

  /** How much of a page's text is read for its language: its prose, and its rows until there is this much. */
  private static final int MOST_CHARACTERS = 20_000;

  /** Fewer words than this of the languages' lists, or letters of a script, tell nothing. */
  private static final int FEWEST_WORDS = 12;

  /** The commonest words of each language of the Latin alphabet whose pages MDN has in the corpus. */
  private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
      "en", Set.of("the", "is", "of", "and", "to", "that", "this", "was", "when", "with", "be", "by", "are", "it",
          "for", "not", "an", "connection", "which", "has"),
      "fr", Set.of("le", "les", "des", "est", "une", "du", "qui", "pas", "lorsque", "pour", "dans", "sur", "été",
          "au", "ce", "cette", "connexion", "et", "ou", "aux"),
      "es", Set.of("el", "los", "las", "es", "una", "por", "del", "se", "con", "cuando", "fue", "conexión", "y",
          "está", "al", "su", "lo"),
      "de", Set.of("der", "die", "das", "ist", "und", "nicht", "ein", "eine", "wird", "wenn", "den", "dem", "von",
          "mit", "zu", "verbindung", "des", "oder", "auf"),
      "it", Set.of("il", "di", "che", "è", "della", "gli", "connessione", "quando", "sono", "per", "un", "una",
          "non", "dal", "nel", "viene"),
      "pt", Set.of("o", "os", "da", "do", "das", "dos", "é", "uma", "não", "em", "com", "conexão", "quando", "foi",
          "ao", "um", "pelo", "pela"),
      "vi", Set.of("của", "là", "và", "được", "các", "một", "khi", "này", "không", "kết", "nối", "mã", "đóng",
          "cho", "với", "có"));

  private WordsLanguage() {}

  /**
   * The language of the page's prose, names and descriptions, with Chinese's region where its
   * characters tell it ({@code zh-CN}, {@code zh-TW}); empty where they tell none. The rows are read
   * until the text holds {@link #MOST_CHARACTERS}: every page of the corpus whole.
   */
  static Words of(List<PageRow> rows, PageProse prose) {
    StringBuilder text = new StringBuilder();
    for (RichText part : List.of(prose.summary(), prose.code(), prose.reason(), prose.wasClean())) {
      text.append(wordsOf(part)).append('\n');
    }
    // A page's language shows in its first pages of text: a table of 100,000 rows is not read to the end.
    for (int i = 0; i < rows.size() && text.length() < MOST_CHARACTERS; i++) {
      text.append(rows.get(i).name()).append('\n').append(wordsOf(rows.get(i).description())).append('\n');
    }
    return read(text.toString());
  }

  /**
   * The words of the text, in emphasis and links too, without its code: a code span is no word of
   * a language. Walked without recursion, however deep the text nests.
   */
  private static String wordsOf(RichText text) {
    StringBuilder words = new StringBuilder();
    java.util.Deque<Inline> pending = new java.util.ArrayDeque<>();
    for (int i = text.inlines().size() - 1; i >= 0; i--) {
      pending.push(text.inlines().get(i));
    }
    while (!pending.isEmpty()) {
      Inline inline = pending.pop();
      if (inline instanceof Inline.Text plain) {
        words.append(plain.text());
      } else {
        words.append(' ');
        List<Inline> children = Inline.children(inline);
        for (int i = children.size() - 1; i >= 0; i--) {
          pending.push(children.get(i));
        }
      }
    }
    return words.toString();
  }

  /**
   * What a text's words tell of their language.
   *
   * @param language the language they are in, with Chinese's region where its characters tell it;
   *     empty where they tell none
   * @param commonWords how many of the common words of each language of the Latin alphabet they hold
   */
  record Words(String language, Map<String, Integer> commonWords) {

    /**
     * The language of the Latin alphabet, other than the one given, that enough of the words are
     * in, where the words tell no language; empty where there is none: a page half translated has
     * both languages' words.
     */
    String partlyIn(String given) {
      String most = "";
      int count = FEWEST_WORDS - 1;
      for (Map.Entry<String, Integer> language : commonWords.entrySet()) {
        if (!language.getKey().equals(given) && language.getValue() > count) {
          most = language.getKey();
          count = language.getValue();
        }
      }
      return language.isEmpty() ? most : "";
    }
  }

  /** The language of the text's words; empty where they tell none. */
  static String of(String text) {
    return read(text).language();
  }

  /** What the text's words tell of their language. */
  static Words read(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String byScript = byScript(lower);
    if (byScript != null) {
      return new Words(byScript, Map.of()); // the script tells it: the Latin words are not counted
    }
    Map<String, Integer> counts = commonWordCounts(lower);
    return new Words(byCommonWords(counts), counts);
  }

  /**
   * The language whose script most of the letters beyond the Latin alphabet are in, where there are
   * enough of them: kana is Japanese, though a Japanese text has Han too; Han without kana Chinese;
   * Cyrillic Russian, or Ukrainian with the letters only Ukrainian has; Arabic letters Persian with
   * the letters Persian adds, else Arabic.
   */
  private static String byScript(String text) {
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int cyrillic = 0;
    int arabic = 0;
    boolean ukrainian = false;
    boolean persian = false;
    int hangulScript = UnicodeCharacters.script("HANGUL");
    int hiragana = UnicodeCharacters.script("HIRAGANA");
    int katakana = UnicodeCharacters.script("KATAKANA");
    int hanScript = UnicodeCharacters.script("HAN");
    int cyrillicScript = UnicodeCharacters.script("CYRILLIC");
    int arabicScript = UnicodeCharacters.script("ARABIC");
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x0370 || !UnicodeCharacters.isLetter(c)) {
        continue; // Latin, or no letter
      }
      int script = UnicodeCharacters.script(c);
      if (script == hangulScript) {
        hangul++;
      } else if (script == hiragana || script == katakana) {
        kana++;
      } else if (script == hanScript) {
        han++;
      } else if (script == cyrillicScript) {
        cyrillic++;
        ukrainian |= c == 'є' || c == 'ї' || c == 'і' || c == 'ґ';
      } else if (script == arabicScript) {
        arabic++;
        persian |= c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی';
      }
    }
    if (hangul >= FEWEST_WORDS) {
      return "ko";
    } else if (kana >= FEWEST_WORDS) {
      return "ja";
    } else if (han >= FEWEST_WORDS) {
      return chineseOf(text);
    } else if (cyrillic >= FEWEST_WORDS) {
      return ukrainian ? "uk" : "ru";
    } else if (arabic >= FEWEST_WORDS) {
      return persian ? "fa" : "ar";
    }
    return null;
  }

  /**
   * Common characters that Chinese writes one way in its simplified form (the People's Republic's,
   * MDN's zh-CN) and another in its traditional form (Taiwan's, MDN's zh-TW), each written as the
   * pair: simplified first.
   */
  private static final String[] SIMPLIFIED_AND_TRADITIONAL = {"这這", "们們", "个個", "为為", "说說", "时時", "会會",
      "来來", "对對", "发發", "关關", "开開", "连連", "务務", "码碼", "认認", "错錯", "误誤", "过過", "还還", "应應", "该該",
      "让讓", "从從", "数數", "据據", "传傳", "输輸", "协協", "议議", "终終", "断斷", "网網", "络絡", "线線", "实實", "现現",
      "结結", "义義", "处處", "号號", "状狀", "态態", "节節", "览覽", "浏瀏", "问問", "题題", "闭閉", "户戶", "语語", "类類",
      "无無", "见見", "于於", "释釋", "帧幀", "扩擴", "预預", "长長", "条條", "仅僅", "当當", "与與"};

  /**
   * Chinese in its simplified form ({@code zh-CN}) or its traditional form ({@code zh-TW}), where
   * twice as many of the characters that tell them apart are of one form; else {@code zh}.
   */
  private static String chineseOf(String text) {
    int simplified = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); i++) {
      Boolean isSimplified = CHINESE_FORMS.get(text.charAt(i));
      if (isSimplified != null) {
        simplified += isSimplified ? 1 : 0;
        traditional += isSimplified ? 0 : 1;
      }
    }
    if (simplified >= 3 && simplified >= 2 * traditional) {
      return "zh-CN";
    } else if (traditional >= 3 && traditional >= 2 * simplified) {
      return "zh-TW";
    }
    return "zh";
  }

  /** Each character of {@link #SIMPLIFIED_AND_TRADITIONAL}: true for the simplified form, false for the traditional. */
  private static final Map<Character, Boolean> CHINESE_FORMS = new java.util.HashMap<>();

  static {
    for (String pair : SIMPLIFIED_AND_TRADITIONAL) {
      CHINESE_FORMS.put(pair.charAt(0), Boolean.TRUE);
      CHINESE_FORMS.put(pair.charAt(1), Boolean.FALSE);
    }
  }

  /** How many of each language's common words the text holds, by language: those of none left out. */
  private static Map<String, Integer> commonWordCounts(String text) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    int start = -1;
    boolean hasMark = false;
    for (int i = 0; i <= text.length(); ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inWord = UnicodeCharacters.isLetter(c) || UnicodeCharacters.isMark(c);
      hasMark |= inWord && c > 0x7F && UnicodeCharacters.isMark(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = text.substring(start, i);
        if (hasMark) {
          // an accent written apart (e\u0301) is the word's letter, as the lists write it
          word = Normalizer.normalize(word, Normalizer.Form.NFC);
          hasMark = false;
        }
        for (Map.Entry<String, Set<String>> language : COMMON_WORDS.entrySet()) {
          if (language.getValue().contains(word)) {
            Integer count = counts.get(language.getKey());
            counts.put(language.getKey(), count == null ? 1 : count + 1);
          }
        }
        start = -1;
      }
      i += i < text.length() ? Character.charCount(c) : 1;
    }
    return counts;
  }

  /**
   * The language of the Latin alphabet whose common words the text has most of, where it has
   * enough of them and at least twice those of the next language; empty otherwise.
   */
  private static String byCommonWords(Map<String, Integer> counts) {
    String best = "";
    int most = 0;
    int next = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        next = most;
        most = count.getValue();
        best = count.getKey();
      } else if (count.getValue() > next) {
        next = count.getValue();
      }
    }
    return most >= FEWEST_WORDS && most >= 2 * next ? best : "";
  }

  /** The languages this can tell: a locale of another it cannot check. */
  static boolean tells(String language) {
    return COMMON_WORDS.containsKey(language)
        || List.of("ko", "ja", "zh", "ru", "uk", "fa", "ar").contains(language);
  }
}
