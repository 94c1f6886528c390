package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words a close-code table uses, in every locale the MDN pages have and in English: what its
 * header cells call the code, name and description columns, and how a description says a code is
 * reserved. They were read off the 163 versions of the page in the corpus (11 locales), RFC 6455
 * and IANA's registry; a few neighbouring languages are added where the word is plain.
 *
 * <p>Words are compared folded: lower case, accents dropped, punctuation as spaces. A word of five
 * letters or more also matches one edit away, so that a damaged header ({@code descwiption}) is
 * still read for what it says. A header whose characters a decoder lost (U+FFFD, as
 * {@link MojibakeRepair} leaves them) names what the longest word it can be names.
 */
final class Vocabulary {

  /** What a column of the table holds, as its header says. */
  enum Role {
    CODE,
    /** Where each row's range of codes ends, beside a code column that holds where it starts ("From | To"). */
    RANGE_END,
    NAME,
    DESCRIPTION,
    /** A yes/no column saying whether the code is reserved. */
    RESERVED,
    /** A column of each code's status, "Reserved" among others ("Assigned", "Deprecated"). */
    STATUS,
    /** Notes or comments on each code: the description where no column is headed for one. */
    NOTES,
    /** Any other column: a contact, a reference, a yes/no column about something else. */
    OTHER
  }

  private static final List<String> CODE_WORDS = folded(
      "code", "status code", "statuscode", "close code", "value", "codigo", "codice", "wert", "valeur", "valor",
      "number", "numero", "код", "kod", "ma trang thai", "ステータスコード", "コード", "状态码", "状态代码", "狀態代碼",
      "狀態碼", "状态碼", "代碼", "代码", "상태 코드", "코드", "kode", "kode status", "statuskod", "durum kodu", "kód",
      "stavový kód", "код стану", "код состояния", "range", "rango", "範囲", "范围", "mã");

  /**
   * Where a range of codes starts, in a column beside one of where it ends: the codes. Short words
   * that are parts of other headers ("de" in "Code de statut"), so a header is one only whole.
   */
  private static final List<String> RANGE_START_WORDS = folded(
      "from", "start", "first", "von", "ab", "de", "desde", "da", "от", "с", "з", "から", "開始", "开始", "从", "從", "起",
      "부터", "시작", "tu", "od", "van", "dari", "fran");

  /** Where a range of codes ends, in a column beside the one where it starts; whole headers too. */
  private static final List<String> RANGE_END_WORDS = folded(
      "to", "end", "last", "until", "through", "bis", "a", "jusqu a", "fin", "hasta", "ate", "fino a", "fine", "fim",
      "до", "по", "конец", "まで", "終了", "至", "到", "结束", "結束", "까지", "끝", "đến", "do", "tot", "sampai", "till");

  private static final List<String> NAME_WORDS = folded(
      "name", "constant", "nom", "nome", "nombre", "bezeichnung", "ten", "имя", "название", "名前", "名称", "名稱",
      "이름", "nazwa", "naam", "назва", "ім'я", "nama", "namn", "název", "jméno", "ad", "isim", "navn");

  /**
   * Words for a code's meaning: the name in IANA's registry, which has no description, but the
   * description beside a column headed for the name ({@link #isMeaning}).
   */
  private static final List<String> MEANING_WORDS = folded(
      "meaning", "bedeutung", "signification", "significado", "significato", "y nghia", "значение", "意味", "含义",
      "意義", "의미", "znaczenie", "betekenis", "arti", "betydelse", "anlam", "význam");

  /** A name column's words: {@link #NAME_WORDS} and {@link #MEANING_WORDS}. */
  private static final List<String> NAME_AND_MEANING_WORDS = concatenated(NAME_WORDS, MEANING_WORDS);

  private static final List<String> DESCRIPTION_WORDS = folded(
      "description", "usage", "use", "details", "explanation", "beschreibung", "descricao", "descripcion",
      "descrizione", "mo ta", "описание", "説明", "描述", "说明", "說明", "설명", "opis", "beschrijving", "omschrijving",
      "опис", "deskripsi", "beskrivning", "açıklama", "popis");

  /** Headers of a yes/no column of reserved codes: the word for reserved in each language {@link #RESERVED_STEMS} reads. */
  private static final List<String> RESERVED_COLUMN_WORDS = folded("reserved", "reserviert", "reservado", "reserve",
      "riservato", "зарезервирован", "зарезервировано", "зарезервован", "зарезервовано", "зарезервований",
      "zarezerwowany", "zarezerwowane", "gereserveerd", "rezervovano", "rezervovany", "rezerve", "dicadangkan",
      "reserverad", "reserverat", "danh rieng", "予約", "保留", "预留", "預留", "예약", "예약됨");

  private static final List<String> STATUS_WORDS = folded("status", "statut", "estado", "stato", "state", "状态",
      "狀態", "ステータス", "상태", "статус", "состояние", "стан", "stan", "stav", "durum", "trang thai");

  private static final List<String> NOTE_WORDS = folded("note", "notes", "comment", "comments", "commentaire",
      "commentaires", "remark", "remarks", "remarque", "remarques", "anmerkung", "anmerkungen", "bemerkung",
      "bemerkungen", "hinweis", "hinweise", "kommentar", "kommentare", "nota", "notas", "comentario", "comentarios",
      "observacion", "observaciones", "observacao", "observacoes", "commento", "commenti", "osservazioni", "備考",
      "注記", "备注", "備註", "注释", "비고", "примечание", "примечания", "примітка", "примітки", "uwaga", "uwagi",
      "opmerking", "opmerkingen", "catatan", "anmarkning", "anmarkningar", "poznamka", "poznamky");

  /** Columns that never describe a code, whatever else matches. */
  private static final List<String> OTHER_WORDS = folded(
      "contact", "reference", "references", "ref", "custom", "registration", "registered", "specification");

  /** How a description in a language written with spaces opens when the code is reserved. */
  private static final List<String> RESERVED_STEMS = List.of(
      "reserv", "riservat", "zarezerwowan", "gereserveerd", "zarezervovan", "rezervovan", "зарезервирован",
      "зарезервован", "dicadangkan", "rezerve");

  /** Nouns that open like the word for reserved but speak of something else: a booking, a tank. */
  private static final List<String> NOT_RESERVED = List.of("reservation", "reservierung", "reservacion", "reservering",
      "reservoir");

  /** Phrases that open a reserved code's description, where one word does not say it. */
  private static final List<String> RESERVED_PHRASES = List.of("duoc danh rieng", "danh rieng");

  /** The word for reserved in languages written without spaces, anywhere in the first sentence. */
  private static final List<String> RESERVED_CJK = List.of("予約", "保留", "예약");

  /** Where the scripts written without spaces begin (CJK radicals); every letter before uses them. */
  private static final int CJK_START = 0x2E80;

  /** How much of a description's opening is read for the word for reserved. */
  private static final int OPENING_CHARS = 60;

  /** The characters that end the first sentence of a description. */
  private static final String SENTENCE_ENDS = "。．.;；!！?？:：";

  /**
   * Whole first sentences that say the codes are not in use, which is what reserved means: MDN
   * writes "Not used." of 0–999 where it wrote "Reserved and not used." before. Where a language's
   * words agree with what they speak of, a code or the codes of a range, both forms are here.
   */
  private static final List<String> NOT_IN_USE = folded(
      "not used", "unused", "not in use", "unassigned", "not assigned", "nicht verwendet", "nicht genutzt",
      "nicht benutzt", "unbenutzt", "ungenutzt", "nicht vergeben", "non utilise", "non utilises", "inutilise",
      "inutilises", "non attribue", "non attribues", "no utilizado", "no utilizados", "no usado", "no usados",
      "sin uso", "no asignado", "no asignados", "nao utilizado", "nao utilizados", "nao usado", "nao usados",
      "nao atribuido", "nao atribuidos", "non usato", "non usati", "non utilizzato", "non utilizzati", "inutilizzato",
      "inutilizzati", "non assegnato", "non assegnati", "khong dung", "khong su dung", "khong duoc su dung",
      "не используется", "не используются", "не назначен", "не назначены", "nie uzywany", "nie uzywane",
      "nieuzywany", "nieuzywane", "nieprzypisany", "nieprzypisane", "niet gebruikt", "ongebruikt", "tidak digunakan",
      "не використовується", "не використовуються", "не призначений", "не призначені", "nepouziva se",
      "nepouzivaji se", "nepouzito", "nepouzity", "nepouzite", "nepouzivano", "kullanılmıyor", "kullanilmiyor",
      "anvands inte", "oanvand", "oanvanda", "未使用", "不使用", "未分配", "未割り当て", "사용되지 않음", "미사용");

  /**
   * How a description says the codes are left for later specifications to define ("For
   * definition by future revisions ..."), as MDN writes of 1016–2999 where it wrote "Reserved for
   * future use" before: a word for definition and a word for the future, both in the first sentence.
   */
  private static final List<String> DEFINITION_STEMS = folded("defin", "zdefini", "dinh nghia", "определ", "визначен",
      "tanım", "tanim", "定義", "定义", "정의");

  /**
   * Whole words for definition, long enough that one typo from one is no other word: a sentence
   * with a word for the future and one of these mistyped leaves codes to later definition.
   */
  private static final List<String> DEFINITION_WORDS = folded("definition", "dinh nghia", "определение", "визначення");

  private static final List<String> FUTURE_STEMS = folded("futur", "zukunft", "tuong lai", "будущ", "майбутн",
      "przyszl", "toekomst", "budouc", "gelecek", "framtid", "mendatang", "masa depan", "今後", "今后", "将来", "將來",
      "未来", "未來", "향후", "미래");

  /** How much of a description's first sentence is read for those words. */
  private static final int FIRST_SENTENCE_CHARS = 200;

  /** Whole words for reserved, to recognise one that was damaged. */
  private static final List<String> RESERVED_WORDS = List.of(
      "reserved", "reserve", "reserviert", "reservado", "reservados", "riservato", "riservati");

  private static final List<String> YES = folded("yes", "y", "x", "true", "oui", "si", "ja", "sim", "da", "да", "是",
      "はい", "예", "✓", "✔", "tak", "так", "ya", "evet", "ano", "có");
  private static final List<String> NO = folded("no", "n", "false", "non", "nein", "nao", "нет", "net", "否", "いいえ",
      "아니요", "아니오", "nie", "nee", "ні", "tidak", "nej", "hayır", "ne", "không");
  /** Marks that say no in a yes/no column, as much as an empty cell does. */
  private static final String NO_MARKS = "-\u2010\u2012\u2013\u2014\u2015\u2212\u2717\u2718\u00d7\u2715\u274c";

  private Vocabulary() {}

  /** The words, folded once. */
  private static List<String> concatenated(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return List.copyOf(both);
  }

  private static List<String> folded(String... words) {
    String[] folded = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      folded[i] = fold(words[i]);
    }
    return List.of(folded);
  }

  /**
   * What a header cell's text names; {@link Role#OTHER} for words it does not know. A header in
   * the plural ({@code Codes}, {@code Valores}) names what it does in the singular.
   */
  static Role roleOf(String headerCell) {
    String text = fold(headerCell);
    Role role = roleOfFolded(text, singulars(text));
    if (headerCell.indexOf(LOST) < 0) {
      return role;
    }
    // A word that lost characters counts where it would have counted whole: "C�digo de status" is
    // the code, as "Código de status" is, though what is left holds the status.
    Role lost = roleWithLostCharacters(headerCell);
    return ROLES_FIRST_TO_LAST.indexOf(lost) < ROLES_FIRST_TO_LAST.indexOf(role) ? lost : role;
  }

  /** The roles in the order {@link #roleOfFolded} tells them by, where a header's words name two. */
  private static final List<Role> ROLES_FIRST_TO_LAST = List.of(Role.CODE, Role.RANGE_END, Role.DESCRIPTION,
      Role.NAME, Role.NOTES, Role.RESERVED, Role.STATUS, Role.OTHER);

  /** U+FFFD, which a decoder puts for a character whose bytes it lost. */
  static final char LOST = '\uFFFD';

  /**
   * What a header that lost characters names: the role of the longest word it can hold, read as
   * {@link #endsButLost} reads it, as a header whole names the code by {@code ステータスコード}
   * before the status by the {@code ステータス} in it;
   * {@link Role#OTHER} where it can hold none, or words as long of two roles.
   */
  private static Role roleWithLostCharacters(String headerCell) {
    String text = foldKeepingLost(headerCell);
    Role found = Role.OTHER;
    int longest = 0;
    boolean tied = false;
    for (Role role : Role.values()) {
      int length = role == Role.OTHER ? 0 : longestWithLost(text, wordsOf(role));
      if (length > longest) {
        found = role;
        longest = length;
        tied = false;
      } else if (length > 0 && length == longest) {
        tied = true;
      }
    }
    return tied ? Role.OTHER : found;
  }

  /** The text folded as {@link #fold} folds it, U+FFFD kept as a letter. */
  private static String foldKeepingLost(String text) {
    return lettersAndDigits(decomposedLowerCase(text), true);
  }

  /** The words that name a role's column. */
  private static List<String> wordsOf(Role role) {
    return switch (role) {
      case CODE -> CODE_WORDS;
      case RANGE_END -> RANGE_END_WORDS;
      case NAME -> NAME_AND_MEANING_WORDS;
      case DESCRIPTION -> DESCRIPTION_WORDS;
      case RESERVED -> RESERVED_COLUMN_WORDS;
      case STATUS -> STATUS_WORDS;
      case NOTES -> NOTE_WORDS;
      case OTHER -> OTHER_WORDS;
    };
  }

  /**
   * The length of the longest of the words that folded text that lost characters is, or holds as a
   * word or, for a word written without spaces, anywhere, read as {@link #endsButLost} reads it; 0
   * for none.
   */
  private static int longestWithLost(String text, List<String> words) {
    int longest = 0;
    for (String word : words) {
      boolean spaced = isSpaced(word);
      for (int at = 0; word.length() > longest && at + word.length() <= text.length(); at++) {
        boolean startsWord = at == 0 || text.charAt(at - 1) == ' ';
        if ((!spaced || startsWord) && firstEnd(text, at, endsButLost(text, at, word), spaced) >= 0) {
          longest = word.length();
        }
      }
    }
    return longest;
  }

  /** The most U+FFFD one character is lost as: one for each of its bytes in UTF-8, four at most. */
  private static final int MOST_LOST_PER_CHARACTER = 4;

  /**
   * Where the text from {@code at} can end as the word but for characters lost: each U+FFFD either
   * one character of the word or one more of those the character before it was lost as, so that
   * a run of U+FFFD stands for one character or more, as many as it has at most (text misread twice
   * before a decoder lost bytes loses {@code ó} as {@code ��}), and at least one character lost
   * and as many kept. Entry {@code i} is true where the text can end at {@code at + i}; null where
   * it can end nowhere. A U+FFFD in the word (a full stop lost past the words) is one only a
   * U+FFFD of the text can be.
   */
  private static boolean[] endsButLost(String text, int at, String word) {
    if (at >= text.length() || text.charAt(at) != LOST && text.charAt(at) != word.charAt(0)) {
      return null; // most places: the first character tells
    }
    int length = word.length();
    int span = Math.min(text.length() - at, length * MOST_LOST_PER_CHARACTER);
    if (!keepsACharacter(text, at, at + span)) {
      return null; // a run of U+FFFD alone is no word: one character kept at least
    }
    // states[j]: bit c set where j characters of the word are read and the last was lost as c U+FFFD (0: kept)
    int[] states = new int[length + 1];
    int[] next = new int[length + 1];
    states[0] = 1;
    boolean[] ends = null;
    int kept = 0;
    for (int i = 0; i < span; i++) {
      char c = text.charAt(at + i);
      Arrays.fill(next, 0);
      for (int j = 0; j <= length; j++) {
        int state = states[j];
        if (state == 0) {
          continue;
        }
        if (c == LOST) {
          if (j < length) {
            next[j + 1] |= 1 << 1;
          }
          next[j] |= (state & ~1 & ~(1 << MOST_LOST_PER_CHARACTER)) << 1;
        } else if (j < length && word.charAt(j) == c) {
          next[j + 1] |= 1;
        }
      }
      int[] swap = states;
      states = next;
      next = swap;
      kept += c == LOST ? 0 : 1; // the same for every state: each character of the text kept is one of the word
      boolean any = false;
      for (int j = 0; j <= length; j++) {
        any |= states[j] != 0;
      }
      if (!any) {
        break;
      }
      int lost = length - kept;
      if (states[length] != 0 && lost > 0 && kept >= lost) {
        ends = ends == null ? new boolean[span + 1] : ends;
        ends[i + 1] = true;
      }
    }
    return ends;
  }

  /** Whether the text holds a character other than U+FFFD in {@code [from, to)}. */
  private static boolean keepsACharacter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != LOST) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first end {@link #endsButLost} gives, past {@code at}: where a whole word is asked for, one
   * at the text's end or a space; -1 for none.
   */
  private static int firstEnd(String text, int at, boolean[] ends, boolean wholeWord) {
    if (ends != null) {
      for (int i = 1; i < ends.length; i++) {
        int end = at + i;
        if (ends[i] && (!wholeWord || end == text.length() || text.charAt(end) == ' ')) {
          return end;
        }
      }
    }
    return -1;
  }

  /** Whether the ends {@link #endsButLost} gives from the text's start hold the text's end. */
  private static boolean endsAtTheEnd(String text, boolean[] ends) {
    return ends != null && text.length() < ends.length && ends[text.length()];
  }

  /** The folded text without its plural endings, {@code s} and {@code es}. */
  private static String[] singulars(String text) {
    return new String[] {withoutPluralEndings(text, 1), withoutPluralEndings(text, 2)};
  }

  /**
   * The folded text with each word's plural ending taken off: its final {@code s} ({@code cut} 1),
   * or its final {@code es} ({@code cut} 2, as Spanish and Portuguese write it after a consonant).
   * Words of three letters or fewer are kept as they are.
   */
  private static String withoutPluralEndings(String text, int cut) {
    String ending = cut == 1 ? "s" : "es";
    if (!text.endsWith(ending) && text.indexOf(ending + " ") < 0) {
      return text; // most headers: no word to take an ending off, and nothing to copy
    }
    StringBuilder singular = new StringBuilder(text.length());
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(' ', start);
      end = end < 0 ? text.length() : end;
      String word = text.substring(start, end);
      singular.append(singular.length() > 0 || start > 0 ? " " : "")
          .append(word.length() > 3 && word.endsWith(ending) ? word.substring(0, word.length() - cut) : word);
      start = end + 1;
    }
    return singular.toString();
  }

  /**
   * What folded header text names. Each list of words is asked in the role's turn: the text as
   * written or in the singular ({@code singulars}), then the text one letter off a word, so that
   * Portuguese "Nomes" is "nome" (the names), not "notes" with a letter changed.
   */
  private static Role roleOfFolded(String text, String[] singulars) {
    if (text.isEmpty() || OTHER_WORDS.contains(text)) {
      return Role.OTHER;
    }
    if (RANGE_START_WORDS.contains(text)) {
      return Role.CODE;
    }
    if (RANGE_END_WORDS.contains(text)) {
      return Role.RANGE_END;
    }
    if (matches(text, singulars, CODE_WORDS)) {
      return Role.CODE;
    }
    if (matches(text, singulars, DESCRIPTION_WORDS)) {
      return Role.DESCRIPTION;
    }
    if (matches(text, singulars, NAME_WORDS) || matches(text, singulars, MEANING_WORDS)) {
      return Role.NAME;
    }
    if (matches(text, singulars, NOTE_WORDS)) {
      return Role.NOTES;
    }
    if (matches(text, singulars, RESERVED_COLUMN_WORDS)) {
      return Role.RESERVED;
    }
    if (matches(text, singulars, STATUS_WORDS)) {
      return Role.STATUS;
    }
    return Role.OTHER;
  }

  /**
   * Whether a header cell that {@link #roleOf} reads as the name says "meaning" rather than
   * "name": beside a column headed for the name, it is the description.
   */
  static boolean isMeaning(String headerCell) {
    String text = fold(headerCell);
    String[] singulars = singulars(text);
    if (headerCell.indexOf(LOST) >= 0 && roleOfFolded(text, singulars) == Role.OTHER) {
      String kept = foldKeepingLost(headerCell);
      return roleWithLostCharacters(headerCell) == Role.NAME
          && longestWithLost(kept, MEANING_WORDS) > longestWithLost(kept, NAME_WORDS);
    }
    return !matches(text, singulars, NAME_WORDS) && matches(text, singulars, MEANING_WORDS);
  }

  /**
   * Whether a header cell says something, but nothing this vocabulary knows: not a column read
   * here, and not one known to hold nothing read here (a contact, a reference).
   *
   * @param role what {@link #roleOf} reads the cell as
   */
  static boolean isUnknown(String headerCell, Role role) {
    if (role != Role.OTHER) {
      return false;
    }
    String text = fold(headerCell);
    // a header that lost all its characters still said something
    return text.isEmpty() ? headerCell.indexOf(LOST) >= 0 : !OTHER_WORDS.contains(text);
  }

  /** What a cell of a yes/no column says. */
  enum Answer {
    YES,
    NO,
    /** Neither: words this vocabulary does not know as either ("Maybe", "See RFC 6455"). */
    UNCLEAR
  }

  /**
   * What a cell of a Reserved column says: its first word yes or no in a language of the corpus,
   * a tick, the word for reserved itself; a cross, a dash or nothing is no.
   */
  static Answer yesOrNo(String cell) {
    String text = cell.strip();
    boolean onlyNoMarks = true;
    for (int i = 0; i < text.length() && onlyNoMarks; i++) {
      onlyNoMarks = NO_MARKS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i));
    }
    if (onlyNoMarks) {
      return Answer.NO;
    }
    String folded = fold(text);
    int space = folded.indexOf(' ');
    String first = space < 0 ? folded : folded.substring(0, space);
    if (YES.contains(first) || reserved(text).setsAside()) {
      return Answer.YES;
    }
    return NO.contains(first) ? Answer.NO : Answer.UNCLEAR;
  }

  /** What a description's opening says about the code being reserved. */
  enum Verdict {
    /** It opens with the word for reserved. */
    RESERVED,
    /**
     * It says the codes are not in use, or left for later specifications to define, without the
     * word for reserved: what it means, though a table's mark for its "Reserved." rows is not on it.
     */
    NOT_IN_USE,
    /**
     * It opens with a word one or two letters away from the word for reserved, or its first
     * sentence is a typo away from saying the code is not in use: damaged, perhaps.
     */
    NEARLY,
    /** It says nothing of the kind. */
    NO;

    /** Whether it says the code is not for use, in the word for reserved or in other words. */
    boolean setsAside() {
      return this == RESERVED || this == NOT_IN_USE;
    }
  }

  /** The number of words in a folded phrase, its words one space apart. */
  private static int wordCount(String phrase) {
    int words = 1;
    for (int i = 0; i < phrase.length(); i++) {
      words += phrase.charAt(i) == ' ' ? 1 : 0;
    }
    return words;
  }

  /**
   * Whether the text opens by saying the code is reserved, in any of the locales known. Only the
   * opening is looked at, and only its first words are folded: this runs for every row.
   */
  static Verdict reserved(String description) {
    return reserved(description, WordDamage.NONE);
  }

  /**
   * As {@link #reserved(String)}, of a description whose letters the page's damage replaced: its
   * words and those known are compared as the damage leaves both ({@code wesewved}, {@code fow
   * definition by futuwe wevisions}).
   */
  static Verdict reserved(String written, WordDamage damage) {
    String description = damage.mended(written);
    String opening = description.substring(0, Math.min(description.length(), OPENING_CHARS));
    if (!isSpaced(opening)) {
      String firstSentence = firstSentenceOf(opening);
      for (String word : RESERVED_CJK) {
        for (int at = firstSentence.indexOf(word); at >= 0; at = firstSentence.indexOf(word, at + 1)) {
          if (!negated(firstSentence, at, at + word.length())) {
            return Verdict.RESERVED;
          }
        }
      }
      if (saysUseNegated(firstSentence.strip())) {
        return Verdict.NOT_IN_USE;
      }
    }
    String first = damage.applied(fold(firstWords(opening, 1)));
    if (first.isEmpty()) {
      return Verdict.NO;
    }
    for (String noun : NOT_RESERVED) {
      if (first.startsWith(damage.applied(noun))) {
        return Verdict.NO;
      }
    }
    for (String stem : RESERVED_STEMS) {
      if (first.startsWith(damage.applied(stem))) {
        return Verdict.RESERVED;
      }
    }
    for (String phrase : RESERVED_PHRASES) {
      String damaged = damage.applied(phrase);
      if (damaged.startsWith(first + " ")
          && damage.applied(fold(firstWords(opening, wordCount(phrase)))).equals(damaged)) {
        return Verdict.RESERVED;
      }
    }
    String sentence = firstSentence(description, damage);
    if (saysNotInUse(sentence, damage)) {
      return Verdict.NOT_IN_USE;
    }
    return nearReservedWord(first, damage) != null || reservedWordSplit(first, opening, damage) != null
        || nearNotInUse(sentence, damage) != null
        ? Verdict.NEARLY : Verdict.NO;
  }

  /**
   * The word for reserved a folded first word is a letter or two from, both as the damage leaves
   * them; null where it is none, or too short to tell.
   */
  private static String nearReservedWord(String first, WordDamage damage) {
    for (String known : RESERVED_WORDS) {
      if (first.length() >= 6 && editDistanceAtMost(first, damage.applied(known), 2)) {
        return known;
      }
    }
    return null;
  }

  /**
   * Where the word is a word for reserved with one letter put for others in two places or more
   * ({@code wesewved}: w for r), that letter and the letters it was put for; else null.
   */
  static String[] letterPutInAWordForReserved(String word) {
    String folded = fold(word);
    for (String known : RESERVED_WORDS) {
      if (folded.length() != known.length()) {
        continue;
      }
      char given = 0;
      StringBuilder replaced = new StringBuilder();
      int places = 0;
      for (int i = 0; i < known.length() && places >= 0; i++) {
        char written = folded.charAt(i);
        char was = known.charAt(i);
        if (written != was) {
          given = given == 0 ? written : given;
          places = written == given && written >= 'a' && written <= 'z' ? places + 1 : -1;
          if (replaced.indexOf(String.valueOf(was)) < 0) {
            replaced.append(was);
          }
        }
      }
      if (places >= 2 && known.indexOf(given) < 0) {
        return new String[] {String.valueOf(given), replaced.toString()};
      }
    }
    return null;
  }

  /**
   * Words a description holds that are a letter or two from words that would say the code is not for
   * use.
   *
   * @param written the word as written, or as the fold leaves it
   * @param known the word it is near
   * @param says what the words would say with it: null for the word for reserved itself
   */
  record NearMiss(String written, String known, String says) {}

  /**
   * Where {@link #reserved(String, WordDamage)} reads a description as {@link Verdict#NEARLY}: the
   * word for reserved its first word is a letter or two from, or else the typo that keeps its first
   * sentence from saying the code is not in use; else null.
   */
  static NearMiss nearlyReserved(String written, WordDamage damage) {
    String description = damage.mended(written);
    String opening = description.substring(0, Math.min(description.length(), OPENING_CHARS));
    String word = firstWords(opening, 1);
    String first = damage.applied(fold(word));
    String known = nearReservedWord(first, damage);
    if (known != null) {
      return new NearMiss(word, known, null);
    }
    String split = reservedWordSplit(first, opening, damage);
    return split != null ? new NearMiss(firstWords(opening, 2), split, null)
        : nearNotInUse(firstSentence(description, damage), damage);
  }

  /**
   * The word for reserved the first two words of an opening make as one, where a stray character
   * or space split it ({@code Res"erved}, {@code Reser ved}); else null.
   *
   * @param first the opening's first word, folded, as the damage leaves it
   */
  private static String reservedWordSplit(String first, String opening, WordDamage damage) {
    boolean opensOne = false; // most descriptions open with no part of the word: read no further
    for (String known : RESERVED_WORDS) {
      opensOne |= !first.isEmpty() && first.length() < known.length() && damage.applied(known).startsWith(first);
    }
    if (!opensOne) {
      return null;
    }
    String two = damage.applied(fold(firstWords(opening, 2)));
    int space = two.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String joined = two.substring(0, space) + two.substring(space + 1);
    for (String known : RESERVED_WORDS) {
      if (joined.equals(damage.applied(known))) {
        return known;
      }
    }
    return null;
  }

  /**
   * How long a phrase or word must be for text one character from it to be a typo of it:
   * {@code sin uso}, {@code dinh nghia}; no shorter one is both words and a plain typo of them.
   */
  private static final int SHORTEST_PHRASE_TYPO = 7;

  /**
   * How long a stem for the future or for definition must be to be looked for mistyped or inside a
   * word ({@code futur} in {@code byfuture}); a shorter one stands in words of other meanings.
   */
  private static final int SHORTEST_STEM = 5;

  /** How long a phrase written without spaces must be: three signs ({@code 未使用}), one of which may be lost. */
  private static final int SHORTEST_SIGNS_TYPO = 3;

  /**
   * Where a description's first sentence is one typo (two letters swapped, one dropped, added or
   * struck wrong) from saying the code is not for use in words of {@link #NOT_IN_USE}, or from
   * leaving it to later definition: the word as the fold leaves it, the word it is a typo of, and
   * what the sentence would say; else null. Only of a word of four letters or more, where one typo
   * leaves it plain ({@code now} is no typo of {@code not}), of words a stray character split or
   * a lost space ran together, or of a sentence that is such a phrase of words but for one
   * character ({@code nxt used}, {@code n t used}), or of a word for the future run into the word
   * before it ({@code byfuture}), and of a word for definition beside one for the future
   * ({@link #nearDefinitionWord}); in text written without spaces, only a stray character between
   * two signs, or a sentence that is the phrase's signs but for one.
   */
  private static NearMiss nearNotInUse(String sentence, WordDamage damage) {
    if (sentence.isEmpty()) {
      return null;
    }
    if (!isSpaced(sentence)) {
      // a stray character between two signs, which the fold leaves a space: 未 使用, 今 後
      String joined = withoutSpacesBetweenSigns(sentence);
      if (!joined.equals(sentence) && saysNotInUse(joined, damage)) {
        String phrase = NOT_IN_USE.contains(joined) ? "'" + joined + "'" : "left for later definition";
        return new NearMiss(sentence, joined, phrase);
      }
      // the sentence is the phrase's signs but for one lost, put in, or in another's place: 未x用, 未 用
      for (String phrase : NOT_IN_USE) {
        String known = damage.applied(phrase);
        if (known.length() >= SHORTEST_SIGNS_TYPO && !isSpaced(known) && oneTypoApart(sentence, known)) {
          return new NearMiss(sentence, known, "'" + phrase + "'");
        }
      }
      return null;
    }
    for (String phrase : NOT_IN_USE) {
      if (Math.abs(phrase.length() - sentence.length()) > 1) {
        continue; // a typo, a split word or two run together change the length by one at most
      }
      String known = damage.applied(phrase);
      if (!sentence.equals(known) && sameButForSpaces(sentence, known)) {
        // a word split by a stray character ("n ot used"), or two run together ("notused")
        return new NearMiss(sentence, known, "'" + phrase + "'");
      }
      int off = differingWord(sentence, known);
      if (off >= 0) {
        String written = word(sentence, off);
        String knownWord = word(known, off);
        if (knownWord.length() >= 4 && oneTypoApart(written, knownWord)) {
          return new NearMiss(written, knownWord, "'" + phrase + "'");
        }
      }
      // A sentence of the phrase's words alone, one character off as a whole: a letter of a short
      // word ("nxt used"), or a space put in a letter's place or a letter in a space's ("n t used")
      if (known.indexOf(' ') >= 0 && known.length() >= SHORTEST_PHRASE_TYPO && oneTypoApart(sentence, known)) {
        return new NearMiss(sentence, known, "'" + phrase + "'");
      }
    }
    String spaced = " " + sentence;
    boolean definition = containsStem(spaced, DEFINITION_STEMS, true, damage);
    boolean future = containsStem(spaced, FUTURE_STEMS, true, damage);
    if (!definition && future) {
      return nearDefinitionWord(sentence, damage);
    }
    if (!definition || future) {
      return null;
    }
    for (String word : sentence.split(" ")) {
      String mended = withFutureStem(word, damage);
      if (mended != null) {
        return new NearMiss(word, mended, "left for later definition");
      }
    }
    // a word split by a stray character: "fu ture", or "f ture" where it took a letter's place
    for (int space = sentence.indexOf(' '); space >= 0; space = sentence.indexOf(' ', space + 1)) {
      int start = sentence.lastIndexOf(' ', space - 1) + 1;
      int next = sentence.indexOf(' ', space + 1);
      int end = next < 0 ? sentence.length() : next;
      // past the stem's length, the words' opening is the first word's own, read above
      String mended = withFutureStem(sentence.substring(start, space) + sentence.substring(space + 1, end), damage);
      if (mended != null) {
        return new NearMiss(sentence.substring(start, end), mended, "left for later definition");
      }
    }
    // a lost space ran it into the word before ("byfuture"), or a character took that space's place
    NearMiss runInto = stemRunIntoTheWordBefore(sentence, FUTURE_STEMS, SHORTEST_STEM, damage);
    if (runInto != null) {
      return runInto;
    }
    // a word for the future of two words ("tuong lai") one typo off, at a word's start
    return nearWordAtAWordsStart(sentence, FUTURE_STEMS, true, damage);
  }

  /**
   * Where one of the stems, of {@code shortest} letters or more, stands in the sentence right
   * after a letter or a sign, not a space: the word it stands in, and that word with a space
   * before the stem; else null.
   */
  private static NearMiss stemRunIntoTheWordBefore(String sentence, List<String> stems, int shortest,
      WordDamage damage) {
    for (String stem : stems) {
      String known = damage.applied(stem);
      if (known.length() < shortest) {
        continue;
      }
      for (int at = sentence.indexOf(known, 1); at > 0; at = sentence.indexOf(known, at + 1)) {
        if (sentence.charAt(at - 1) != ' ') {
          int start = sentence.lastIndexOf(' ', at - 1) + 1;
          int space = sentence.indexOf(' ', at + known.length());
          int end = space < 0 ? sentence.length() : space;
          return new NearMiss(sentence.substring(start, end),
              sentence.substring(start, at) + " " + sentence.substring(at, end), "left for later definition");
        }
      }
    }
    return null;
  }

  /**
   * Where the sentence has, at a word's start, one typo from one of the words, of seven letters or
   * more ({@code onlyOfTwoWords}: only those of two words, {@code tuong lai}): the words as
   * written, the word, and what the sentence would say; else null.
   */
  private static NearMiss nearWordAtAWordsStart(String sentence, List<String> words, boolean onlyOfTwoWords,
      WordDamage damage) {
    for (int start = 0; start >= 0 && start < sentence.length(); start = nextWordStart(sentence, start)) {
      for (String word : words) {
        String known = damage.applied(word);
        if (known.length() < SHORTEST_PHRASE_TYPO || onlyOfTwoWords && known.indexOf(' ') < 0) {
          continue;
        }
        for (int length = known.length() - 1; length <= known.length() + 1; length++) {
          if (start + length <= sentence.length() && oneTypoApart(sentence.substring(start, start + length), known)) {
            return new NearMiss(sentence.substring(start, start + length), known, "left for later definition");
          }
        }
      }
    }
    return null;
  }

  /**
   * Where a sentence that holds a word for the future, but none for definition, has one typo from a
   * word of {@link #DEFINITION_WORDS} at a word's start ({@code dfinition}, {@code d nh nghia}), or
   * a word for definition run into the word before it ({@code viecxdinh nghia}): the words as
   * written, the word, and what the sentence would say; else null.
   */
  private static NearMiss nearDefinitionWord(String sentence, WordDamage damage) {
    // "viecxdinh nghia"; not "defin", which words that mean something else hold ("undefined")
    NearMiss runInto = stemRunIntoTheWordBefore(sentence, DEFINITION_STEMS, SHORTEST_PHRASE_TYPO, damage);
    return runInto != null ? runInto : nearWordAtAWordsStart(sentence, DEFINITION_WORDS, false, damage);
  }

  /** Where the word after the one at {@code start} starts; -1 where none does. */
  private static int nextWordStart(String sentence, int start) {
    int space = sentence.indexOf(' ', start);
    return space < 0 ? -1 : space + 1;
  }

  /**
   * The word as it would be where it opens with a word for the future ({@link #FUTURE_STEMS}) or
   * one typo off one, its opening one letter shorter than the stem, as long, or one longer; else
   * null.
   */
  private static String withFutureStem(String word, WordDamage damage) {
    for (String stem : FUTURE_STEMS) {
      String known = damage.applied(stem);
      if (known.length() < SHORTEST_STEM || known.indexOf(' ') >= 0) {
        continue;
      }
      if (word.startsWith(known)) {
        return word;
      }
      for (int length = known.length() - 1; length <= known.length() + 1 && length <= word.length(); length++) {
        if (oneTypoApart(word.substring(0, length), known)) {
          return known + word.substring(length);
        }
      }
    }
    return null;
  }

  /** A folded text without the spaces that stand between two signs of a script written without them. */
  private static String withoutSpacesBetweenSigns(String folded) {
    StringBuilder joined = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != ' ' || i == 0 || i + 1 == folded.length() || folded.charAt(i - 1) < CJK_START
          || folded.charAt(i + 1) < CJK_START) {
        joined.append(c);
      }
    }
    return joined.toString();
  }

  /** Whether two folded texts hold the same letters and digits, in places their spaces apart. Compared in place. */
  private static boolean sameButForSpaces(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && a.charAt(i) == ' ') {
        i++;
      }
      while (j < b.length() && b.charAt(j) == ' ') {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /**
   * Of two texts of words one space apart, as many in each, the index of the one word they differ
   * in; -1 where they are the same, -2 where they differ in more words or in how many they hold.
   * Compared in place: this runs for most rows.
   */
  private static int differingWord(String a, String b) {
    int off = -1;
    int aStart = 0;
    int bStart = 0;
    for (int word = 0; ; word++) {
      int aEnd = a.indexOf(' ', aStart);
      aEnd = aEnd < 0 ? a.length() : aEnd;
      int bEnd = b.indexOf(' ', bStart);
      bEnd = bEnd < 0 ? b.length() : bEnd;
      if (aEnd - aStart != bEnd - bStart || !a.regionMatches(aStart, b, bStart, aEnd - aStart)) {
        if (off != -1) {
          return -2;
        }
        off = word;
      }
      if (aEnd == a.length() || bEnd == b.length()) {
        return aEnd == a.length() && bEnd == b.length() ? off : -2;
      }
      aStart = aEnd + 1;
      bStart = bEnd + 1;
    }
  }

  /** The word at {@code index} of a text of words one space apart. */
  private static String word(String text, int index) {
    int start = 0;
    for (int i = 0; i < index; i++) {
      start = text.indexOf(' ', start) + 1;
    }
    int end = text.indexOf(' ', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /**
   * Whether one insertion, deletion, substitution or swap of two letters side by side turns
   * {@code a} into {@code b}.
   */
  static boolean oneTypoApart(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    if (withinOneEdit(a, b)) {
      return true;
    }
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }

  /**
   * The word for reserved that a description opens with, but for characters a decoder lost
   * ({@code �約} for {@code 予約}): the text as it stands and the word, or null where none is so. In
   * the first sentence of a text written without spaces, as {@link #reserved} looks for the word
   * there, and not negated; else the first word, which opens as a stem of it does. The word is read
   * as {@link #endsButLost} reads it. In a text written without spaces, where a word is a few
   * characters and one kept says little, a third string is another word the table holds whole that
   * the characters kept fit as well ({@code 予想} for {@code 予�}): then the text is no guess.
   */
  static String[] reservedWordLost(String description, TableWords table) {
    String opening = description.substring(0, Math.min(description.length(), OPENING_CHARS));
    if (opening.indexOf(LOST) < 0) {
      return null;
    }
    if (!isSpaced(opening)) {
      String firstSentence = firstSentenceOf(opening);
      for (String word : RESERVED_CJK) {
        for (int at = 0; at + word.length() <= firstSentence.length(); at++) {
          int end = firstEnd(firstSentence, at, endsButLost(firstSentence, at, word), false);
          // Of a run of U+FFFD, the word takes as few as it can: those before may be other characters lost.
          int start = at;
          while (end >= 0 && firstSentence.charAt(start) == LOST
              && firstEnd(firstSentence, start + 1, endsButLost(firstSentence, start + 1, word), false) == end) {
            start++;
          }
          if (end >= 0 && !negated(firstSentence, start, end)) {
            String lost = firstSentence.substring(start, end);
            String other = table.otherWordKeeping(word, keptOf(lost, word));
            return other == null ? new String[] {lost, word} : new String[] {lost, word, other};
          }
        }
      }
      return null;
    }
    String first = foldKeepingLost(firstWords(opening, 1, true));
    for (String stem : RESERVED_STEMS) {
      if (first.length() >= stem.length() && endsButLost(first, 0, stem) != null) {
        return new String[] {first, stem};
      }
    }
    return null;
  }

  /**
   * Which characters of the word the text read as it kept, the text's other characters U+FFFD:
   * each kept character is the word's next of its kind.
   */
  private static boolean[] keptOf(String text, String word) {
    boolean[] kept = new boolean[word.length()];
    int next = 0;
    for (int i = 0; i < text.length() && next < word.length(); i++) {
      int at = text.charAt(i) == LOST ? -1 : word.indexOf(text.charAt(i), next);
      if (at >= 0) {
        kept[at] = true;
        next = at + 1;
      }
    }
    return kept;
  }

  /**
   * The first sentence of a description that lost characters, and the words that say the codes
   * are not in use it can only be ({@code 未使�} for {@code 未使用}), or the words for definition
   * and the future it holds, which leave the codes to later specifications ({@code 今後の改訂による定�}
   * for {@code 定義}); null for none. They are read as {@link #saysNotInUse} reads them, the whole
   * sentence or a word for each, read as {@link #endsButLost} reads them; a whole
   * sentence whose full stop was lost too ({@code 未�用�}) ends in one U+FFFD more.
   */
  static String[] notInUseWordsLost(String description) {
    String opening = description.substring(0, Math.min(description.length(), FIRST_SENTENCE_CHARS));
    if (opening.indexOf(LOST) < 0) {
      return null;
    }
    String sentence = firstSentenceOf(opening).strip();
    String folded = foldKeepingLost(sentence);
    for (String words : NOT_IN_USE) {
      // The sentence's end may be lost as well ('未�用�'): a last U+FFFD past the words is its full stop.
      if (endsAtTheEnd(folded, endsButLost(folded, 0, words))
          || endsAtTheEnd(folded, endsButLost(folded, 0, words + LOST))) {
        return new String[] {sentence, "'" + words + "'"};
      }
    }
    String words = " " + folded;
    boolean spaced = isSpaced(sentence);
    String definition = stemButLost(words, DEFINITION_STEMS, spaced);
    String future = definition == null ? null : stemButLost(words, FUTURE_STEMS, spaced);
    return future == null ? null : new String[] {sentence, "'" + definition + "' and '" + future + "'"};
  }

  /**
   * The first of the stems the words hold, as written or but for characters lost (opening a word
   * where the language is written with spaces); null for none.
   */
  private static String stemButLost(String words, List<String> stems, boolean spaced) {
    for (String stem : stems) {
      for (int at = 0; at + stem.length() <= words.length(); at++) {
        boolean opensWord = !spaced || at > 0 && words.charAt(at - 1) == ' ';
        if (opensWord && (words.startsWith(stem, at) || endsButLost(words, at, stem) != null)) {
          return stem;
        }
      }
    }
    return null;
  }

  /** The text up to the first character that ends a sentence, or all of it. */
  private static String firstSentenceOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** A description's first sentence, folded, as the damage leaves it. */
  private static String firstSentence(String description, WordDamage damage) {
    String opening = description.substring(0, Math.min(description.length(), FIRST_SENTENCE_CHARS));
    return damage.applied(fold(firstSentenceOf(opening)));
  }

  /**
   * Whether a description's first sentence, as {@link #firstSentence} gives it, is one that says
   * the codes are not in use, or speaks of their definition by future revisions. Only a whole
   * sentence of the first kind counts ("Not used by browsers, ..." says something else), and each
   * word of the second kind must open a word ("undefined" is no definition).
   */
  private static boolean saysNotInUse(String sentence, WordDamage damage) {
    for (String words : NOT_IN_USE) {
      if (sentence.equals(damage.applied(words))) {
        return true;
      }
    }
    String words = " " + sentence;
    boolean spaced = isSpaced(sentence);
    return containsStem(words, DEFINITION_STEMS, spaced, damage)
        && containsStem(words, FUTURE_STEMS, spaced, damage);
  }

  /**
   * Whether one of the stems, as the damage leaves it, opens a word of the text (any place in text
   * written without spaces).
   */
  private static boolean containsStem(String words, List<String> stems, boolean spaced, WordDamage damage) {
    for (String stem : stems) {
      String damaged = damage.applied(stem);
      if (words.contains(spaced ? " " + damaged : damaged)) {
        return true;
      }
    }
    return false;
  }

  /** Signs that say "not" right before a word in Chinese and Japanese: 不保留, 未被保留, 并非, 未予約. */
  private static final String NOT_BEFORE = "不未非无無没沒";

  /** Endings that say "not" on a Japanese word: 予約されていない, 予約済みではありません, 予約なし. */
  private static final List<String> NOT_AFTER_JAPANESE = List.of("ない", "ません", "なし", "ず");

  /**
   * Whether the word for reserved at {@code [from, to)} of a sentence written without spaces is
   * negated where it stands: by a sign right before it (Chinese, Japanese); by an ending on it,
   * in the kana that follow it (Japanese); or, in Korean, by 않, 없 or 안 in it or the word after.
   * A negation further on is about something else: 予約済みで使用されていません is reserved and unused.
   */
  private static boolean negated(String sentence, int from, int to) {
    for (int i = Math.max(0, from - 2); i < from; i++) {
      if (NOT_BEFORE.indexOf(sentence.charAt(i)) >= 0) {
        return true;
      }
    }
    int end = to;
    while (end < sentence.length() && (isHiragana(sentence.charAt(end)) || sentence.charAt(end) == '済')) {
      end++;
    }
    String ending = sentence.substring(to, end);
    for (String not : NOT_AFTER_JAPANESE) {
      if (ending.contains(not)) {
        return true;
      }
    }
    // Korean: the rest of the word and the word after it
    int wordEnd = sentence.indexOf(' ', to);
    wordEnd = wordEnd < 0 ? sentence.length() : wordEnd;
    int nextEnd = wordEnd < sentence.length() ? sentence.indexOf(' ', wordEnd + 1) : wordEnd;
    nextEnd = nextEnd < 0 ? sentence.length() : nextEnd;
    String korean = sentence.substring(to, nextEnd);
    String nextWord = sentence.substring(Math.min(wordEnd + 1, nextEnd), nextEnd);
    return korean.indexOf('않') >= 0 || korean.indexOf('없') >= 0 || nextWord.equals("안");
  }

  /**
   * The word for use in languages written without spaces: a first sentence that is this word,
   * negated, and nothing else says the codes are not in use ({@code 사용되지 않습니다},
   * {@code 使用されていません}, {@code 未被使用}), as a whole sentence of {@link #NOT_IN_USE} does.
   */
  private static final List<String> USE_CJK = List.of("使用", "사용");

  /**
   * What may stand before the word for use in such a sentence: a sign of "not", and 被, 有 or 尚
   * beside it ({@code 没有使用}, {@code 尚未使用}).
   */
  private static final String BEFORE_USE_NEGATED = NOT_BEFORE + "被有尚";

  /**
   * Whether a first sentence written without spaces says only that the codes are not used: the
   * word for use, {@link #negated} where it stands, with nothing before it but a sign of "not"
   * and nothing after it but the kana or Hangul of its ending. Another word in the sentence is
   * about something else: {@code 브라우저에서는 사용되지 않습니다} (not used by browsers),
   * {@code 使用されていない接続} (connections not in use).
   */
  private static boolean saysUseNegated(String sentence) {
    for (String word : USE_CJK) {
      int at = sentence.indexOf(word);
      if (at < 0) {
        continue;
      }
      boolean onlyNotBefore = true;
      for (int i = 0; i < at; i++) {
        onlyNotBefore &= BEFORE_USE_NEGATED.indexOf(sentence.charAt(i)) >= 0;
      }
      boolean onlyAnEndingAfter = true;
      for (int i = at + word.length(); i < sentence.length(); i++) {
        char c = sentence.charAt(i);
        onlyAnEndingAfter &= c == ' ' || isHiragana(c) || Decomposition.isHangulSyllable(c);
      }
      if (onlyNotBefore && onlyAnEndingAfter && negated(sentence, at, at + word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309f';
  }

  /** The first {@code count} words of the text, skipping what stands before the first letter. */
  private static String firstWords(String text, int count) {
    return firstWords(text, count, false);
  }

  /** As {@link #firstWords(String, int)}, U+FFFD read as a letter where {@code keepLost}. */
  private static String firstWords(String text, int count, boolean keepLost) {
    int start = 0;
    while (start < text.length() && !isLetter(text.charAt(start), keepLost)) {
      start++;
    }
    int end = start;
    for (int words = 0; words < count && end < text.length(); words++) {
      while (end < text.length() && !isLetter(text.charAt(end), keepLost)) {
        end++;
      }
      while (end < text.length() && (isLetter(text.charAt(end), keepLost) || isInsideWord(text.charAt(end)))) {
        end++;
      }
    }
    return text.substring(start, end);
  }

  private static boolean isLetter(char c, boolean orLost) {
    return UnicodeCharacters.isLetter(c) || orLost && c == LOST;
  }

  /**
   * Lower case, accents dropped, invisible characters dropped, letters and digits of full width
   * made ASCII's, anything else but letters and digits a single space, trimmed.
   */
  static String fold(String text) {
    if (isPlainAsciiWords(text)) {
      return text.toLowerCase(Locale.ROOT); // most text: nothing to decompose or to drop
    }
    if (UnicodeCharacters.isAsciiOrGeneralPunctuation(text)) {
      // "1000–1001": nothing to decompose into a letter (U+2000 and U+2001 are spaces either way)
      return lettersAndDigits(text.toLowerCase(Locale.ROOT));
    }
    return lettersAndDigits(decomposedLowerCase(text));
  }


  /** The text without strokes and decomposed, its marks apart from their letters, in lower case. */
  private static String decomposedLowerCase(String text) {
    String plain = withoutStrokes(ofNormalWidth(text));
    String withoutMarks = Decomposition.withoutMarks(plain);
    String decomposed = withoutMarks != null ? withoutMarks : Normalizer.normalize(plain, Normalizer.Form.NFD);
    return decomposed.toLowerCase(Locale.ROOT);
  }

  /**
   * The text with ASCII's characters of full width, as a Chinese or Japanese keyboard writes them
   * ({@code Ｎｏｔ}, {@code ０}), made ASCII's own: they are the words and digits they show.
   */
  static String ofNormalWidth(String text) {
    StringBuilder normal = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
        if (normal == null) {
          normal = new StringBuilder(text);
        }
        normal.setCharAt(i, (char) (c - FULL_WIDTH_FIRST + '!'));
      }
    }
    return normal == null ? text : normal.toString();
  }

  /** The full-width forms of ASCII's characters from '!' to '~'. */
  private static final char FULL_WIDTH_FIRST = '\uFF01';

  private static final char FULL_WIDTH_LAST = '\uFF5E';

  /** The letters that carry their stroke in themselves, which decomposing leaves as they are, without it. */
  static String withoutStrokes(String text) {
    return text.replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
        .replace('Ø', 'O');
  }

  /**
   * Decomposed, lower-cased text as a fold gives it: its nonspacing marks dropped, each run of
   * anything but letters, digits and check marks one space, none at either end.
   */
  static String lettersAndDigits(String decomposed) {
    return lettersAndDigits(decomposed, false);
  }

  /** As {@link #lettersAndDigits(String)}, U+FFFD kept as a letter where {@code keepLost}. */
  private static String lettersAndDigits(String decomposed, boolean keepLost) {
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isInsideWord(c)) {
        continue;
      }
      if (UnicodeCharacters.isLetterOrDigit(c) || c == '✓' || c == '✔' || (keepLost && c == LOST)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * Whether a character belongs to the word it stands in though it is no letter: a mark, or an
   * invisible character, which shows nothing and parts no word ({@code Re&shy;ser&shy;viert}).
   */
  private static boolean isInsideWord(char c) {
    return UnicodeCharacters.type(c) == Character.NON_SPACING_MARK || UnicodeCharacters.isFormatOrControl(c);
  }

  /** Whether the text is ASCII letters and digits with single spaces between them. */
  private static boolean isPlainAsciiWords(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != ' ' || i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether folded text, or one of its singular forms, is one of the words or holds one as whole
   * words; else whether the text is one edit from one.
   */
  private static boolean matches(String text, String[] singulars, List<String> words) {
    for (String singular : singulars) {
      if (singular.equals(text)) {
        continue;
      }
      String padded = " " + singular + " ";
      for (String folded : words) {
        if (singular.equals(folded) || containsWord(padded, folded)) {
          return true;
        }
      }
    }
    return matches(text, words);
  }

  /**
   * Whether folded text is one of the words, holds one as whole words, or is one typo from one of
   * five letters or more (one letter dropped, added or struck wrong, or two side by side swapped).
   */
  private static boolean matches(String text, List<String> words) {
    // Plain loops and the text split once: this runs for every cell of a table's first rows, in
    // a compile's fresh JVM, where a stream per word costs more than the comparing.
    String padded = " " + text + " ";
    String[] pieces = null;
    for (String folded : words) {
      if (text.equals(folded) || containsWord(padded, folded)
          || (folded.indexOf(' ') < 0 && !isSpaced(folded) && text.contains(folded))) {
        return true;
      }
      if (folded.length() >= 5) {
        if (pieces == null) {
          pieces = text.split(" ");
        }
        for (String piece : pieces) {
          if (oneTypoApart(piece, folded)) {
            return true;
          }
        }
        if (oneTypoApart(text, folded)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code padded}, text with a space at each end, holds {@code word} between spaces. */
  private static boolean containsWord(String padded, String word) {
    for (int at = padded.indexOf(word, 1); at > 0; at = padded.indexOf(word, at + 1)) {
      if (padded.charAt(at - 1) == ' ' && at + word.length() < padded.length()
          && padded.charAt(at + word.length()) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word is written with letters that take spaces between words (not CJK). U+FFFD, a
   * character lost, tells nothing: {@code R�serv�} is spaced.
   */
  private static boolean isSpaced(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= CJK_START && word.charAt(i) != LOST) { // a surrogate is above it, as is its code point
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code a} is {@code b} or one insertion, deletion or substitution away from it:
   * {@code editDistanceAtMost(a, b, 1)} in one pass from each end and without tables, for it runs
   * for each word of each header cell.
   */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int start = 0;
    while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    int endA = a.length() - 1;
    int endB = b.length() - 1;
    while (endA >= start && endB >= start && a.charAt(endA) == b.charAt(endB)) {
      endA--;
      endB--;
    }
    // what is left between the common start and the common end is at most one character of each
    return endA - start < 1 && endB - start < 1;
  }

  /** Whether at most {@code limit} insertions, deletions or substitutions turn {@code a} into {@code b}. */
  static boolean editDistanceAtMost(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int best = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        best = Math.min(best, current[j]);
      }
      if (best > limit) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= limit;
  }
}
