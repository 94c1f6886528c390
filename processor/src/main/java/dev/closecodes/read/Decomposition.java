package dev.closecodes.read;

import dev.closecodes.text.UnicodeCharacters;
import java.util.Arrays;

/**
 * What Unicode's canonical decomposition (NFD) leaves of a text once its nonspacing marks are
 * dropped, worked out without {@code java.text.Normalizer}: {@code Réservé} is {@code Reserve}. The
 * JDK's normalizer loads some forty classes and its data the first time it runs, which costs a
 * compile's fresh JVM more than folding all of a page's header and description words; those words
 * need only the scripts covered here. Text with any character outside them gives null, and the
 * caller asks the normalizer. {@code DecompositionTest} holds this to {@code java.text.Normalizer}
 * for every code point.
 */
final class Decomposition {

  /**
   * Each character the decomposition takes apart, with the one character left of it without its
   * nonspacing marks ({@code À} is {@code A} and a grave accent), read as pairs. Taken from
   * {@code java.text.Normalizer}, the same on JDK 17 and 25, for the covered ranges; characters
   * whose decomposition is no letter or digit either way (a negated math symbol, a spacing accent)
   * are left out, since a fold reads them the same decomposed or not.
   */
  private static final String LETTERS =
      "ÀAÁAÂAÃAÄAÅAÇCÈEÉEÊEËEÌIÍIÎIÏIÑNÒOÓOÔOÕOÖOÙUÚUÛUÜUÝYàaáaâaãaäaåaçcèeéeêeëeìiíiîi"
      + "ïiñnòoóoôoõoöoùuúuûuüuýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĒEēeĔEĕeĖEėeĘEęeĚEěeĜG"
      + "ĝgĞGğgĠGġgĢGģgĤHĥhĨIĩiĪIīiĬIĭiĮIįiİIĴJĵjĶKķkĹLĺlĻLļlĽLľlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőo"
      + "ŔRŕrŖRŗrŘRřrŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZ"
      + "žzƠOơoƯUưuǍAǎaǏIǐiǑOǒoǓUǔuǕUǖuǗUǘuǙUǚuǛUǜuǞAǟaǠAǡaǢÆǣæǦGǧgǨKǩkǪOǫoǬOǭoǮƷǯʒǰjǴGǵg"
      + "ǸNǹnǺAǻaǼÆǽæǾØǿøȀAȁaȂAȃaȄEȅeȆEȇeȈIȉiȊIȋiȌOȍoȎOȏoȐRȑrȒRȓrȔUȕuȖUȗuȘSșsȚTțtȞHȟhȦAȧa"
      + "ȨEȩeȪOȫoȬOȭoȮOȯoȰOȱoȲYȳyʹʹΆΑΈΕΉΗΊΙΌΟΎΥΏΩΐιΪΙΫΥάαέεήηίιΰυϊιϋυόούυώωϓϒϔϒЀЕЁЕЃГЇІЌК"
      + "ЍИЎУЙИйиѐеёеѓгїіќкѝиўуѶѴѷѵӁЖӂжӐАӑаӒАӓаӖЕӗеӚӘӛәӜЖӝжӞЗӟзӢИӣиӤИӥиӦОӧоӪӨӫөӬЭӭэӮУӯуӰУ"
      + "ӱуӲУӳуӴЧӵчӸЫӹыḀAḁaḂBḃbḄBḅbḆBḇbḈCḉcḊDḋdḌDḍdḎDḏdḐDḑdḒDḓdḔEḕeḖEḗeḘEḙeḚEḛeḜEḝeḞFḟfḠG"
      + "ḡgḢHḣhḤHḥhḦHḧhḨHḩhḪHḫhḬIḭiḮIḯiḰKḱkḲKḳkḴKḵkḶLḷlḸLḹlḺLḻlḼLḽlḾMḿmṀMṁmṂMṃmṄNṅnṆNṇnṈN"
      + "ṉnṊNṋnṌOṍoṎOṏoṐOṑoṒOṓoṔPṕpṖPṗpṘRṙrṚRṛrṜRṝrṞRṟrṠSṡsṢSṣsṤSṥsṦSṧsṨSṩsṪTṫtṬTṭtṮTṯtṰT"
      + "ṱtṲUṳuṴUṵuṶUṷuṸUṹuṺUṻuṼVṽvṾVṿvẀWẁwẂWẃwẄWẅwẆWẇwẈWẉwẊXẋxẌXẍxẎYẏyẐZẑzẒZẓzẔZẕzẖhẗtẘw"
      + "ẙyẛſẠAạaẢAảaẤAấaẦAầaẨAẩaẪAẫaẬAậaẮAắaẰAằaẲAẳaẴAẵaẶAặaẸEẹeẺEẻeẼEẽeẾEếeỀEềeỂEểeỄEễe"
      + "ỆEệeỈIỉiỊIịiỌOọoỎOỏoỐOốoỒOồoỔOổoỖOỗoỘOộoỚOớoỜOờoỞOởoỠOỡoỢOợoỤUụuỦUủuỨUứuỪUừuỬUửu"
      + "ỮUữuỰUựuỲYỳyỴYỵyỶYỷyỸYỹyἀαἁαἂαἃαἄαἅαἆαἇαἈΑἉΑἊΑἋΑἌΑἍΑἎΑἏΑἐεἑεἒεἓεἔεἕεἘΕἙΕἚΕἛΕἜΕἝΕ"
      + "ἠηἡηἢηἣηἤηἥηἦηἧηἨΗἩΗἪΗἫΗἬΗἭΗἮΗἯΗἰιἱιἲιἳιἴιἵιἶιἷιἸΙἹΙἺΙἻΙἼΙἽΙἾΙἿΙὀοὁοὂοὃοὄοὅοὈΟὉΟ"
      + "ὊΟὋΟὌΟὍΟὐυὑυὒυὓυὔυὕυὖυὗυὙΥὛΥὝΥὟΥὠωὡωὢωὣωὤωὥωὦωὧωὨΩὩΩὪΩὫΩὬΩὭΩὮΩὯΩὰαάαὲεέεὴηήηὶιίι"
      + "ὸοόοὺυύυὼωώωᾀαᾁαᾂαᾃαᾄαᾅαᾆαᾇαᾈΑᾉΑᾊΑᾋΑᾌΑᾍΑᾎΑᾏΑᾐηᾑηᾒηᾓηᾔηᾕηᾖηᾗηᾘΗᾙΗᾚΗᾛΗᾜΗᾝΗᾞΗᾟΗᾠωᾡω"
      + "ᾢωᾣωᾤωᾥωᾦωᾧωᾨΩᾩΩᾪΩᾫΩᾬΩᾭΩᾮΩᾯΩᾰαᾱαᾲαᾳαᾴαᾶαᾷαᾸΑᾹΑᾺΑΆΑᾼΑιιῂηῃηῄηῆηῇηῈΕΈΕῊΗΉΗῌΗῐιῑιῒι"
      + "ΐιῖιῗιῘΙῙΙῚΙΊΙῠυῡυῢυΰυῤρῥρῦυῧυῨΥῩΥῪΥΎΥῬΡῲωῳωῴωῶωῷωῸΟΌΟῺΩΏΩῼΩΩΩKKÅAがかぎきぐくげけごこざさじし"
      + "ずすぜせぞそだたぢちづつでてどとばはぱはびひぴひぶふぷふべへぺへぼほぽほゔうゞゝガカギキグクゲケゴコザサジシズスゼセゾソダタヂチヅツデテドトバハパハビヒピヒブフ"
      + "プフベヘペヘボホポホヴウヷワヸヰヹヱヺヲヾヽ";

  /**
   * The code point ranges covered, in order: every character in them that is not in
   * {@link #LETTERS} decomposes to itself, to marks only, or to no letter or digit.
   */
  private static final int[] COVERED = {
      0x0000, 0x052F, // Latin, IPA, spacing modifiers, combining marks, Greek, Cyrillic
      0x1100, 0x11FF, // Hangul jamo
      0x1D00, 0x1DFF, // phonetic letters and marks
      0x1E00, 0x1FFF, // Latin and Greek with their accents
      0x2000, 0x2BFF, // punctuation, symbols, arrows, mathematics, dingbats
      0x3000, 0x30FF, // CJK punctuation, hiragana, katakana
      0x3400, 0x4DBF, // CJK ideographs
      0x4E00, 0x9FFF, // CJK ideographs
      0xA000, 0xA4CF, // Yi
      0xFE70, 0xFEFF, // Arabic presentation forms
      0xFF00, 0xFFEF, // half-width and full-width forms
      0x1F000, 0x1FAFF // emoji and other pictographs
  };

  /**
   * Lower-cased by its context: the JDK makes it a final sigma by where its word ends, which the
   * marks dropped here would move; text that holds it is left to the normalizer.
   */
  private static final char CAPITAL_SIGMA = '\u03a3';

  private static final int HANGUL_FIRST = 0xAC00;
  private static final int HANGUL_LAST = 0xD7A3;

  /** Sorted, with their images at the same index. */
  private static final char[] DECOMPOSED;
  private static final char[] IMAGES;

  static {
    DECOMPOSED = new char[LETTERS.length() / 2];
    IMAGES = new char[DECOMPOSED.length];
    for (int i = 0; i < DECOMPOSED.length; i++) {
      DECOMPOSED[i] = LETTERS.charAt(2 * i);
      IMAGES[i] = LETTERS.charAt(2 * i + 1);
    }
  }

  private Decomposition() {}

  /**
   * The text decomposed, without its nonspacing marks; null when it holds a character outside the
   * covered ranges, or a capital sigma.
   */
  static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHangulSyllable(c)) {
        appendJamo(c, out);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (!covered(Character.toCodePoint(c, text.charAt(i + 1)))) {
          return null;
        }
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(c); // a lone surrogate is no character, and stays as it is
      } else if (!covered(c) || c == CAPITAL_SIGMA) {
        return null;
      } else if (UnicodeCharacters.type(c) != Character.NON_SPACING_MARK) {
        int at = Arrays.binarySearch(DECOMPOSED, c);
        out.append(at >= 0 ? IMAGES[at] : c);
      }
    }
    return out.toString();
  }

  /** Whether the character is a precomposed Hangul syllable, which decomposes by Hangul's rule. */
  static boolean isHangulSyllable(char c) {
    return c >= HANGUL_FIRST && c <= HANGUL_LAST;
  }

  private static boolean covered(int codePoint) {
    for (int i = 0; i < COVERED.length; i += 2) {
      if (codePoint <= COVERED[i + 1]) {
        return codePoint >= COVERED[i];
      }
    }
    return false;
  }

  /** A Hangul syllable's letters: a leading consonant, a vowel, and maybe a trailing consonant. */
  private static void appendJamo(char syllable, StringBuilder out) {
    int index = syllable - HANGUL_FIRST;
    out.append((char) (0x1100 + index / (21 * 28)));
    out.append((char) (0x1161 + (index % (21 * 28)) / 28));
    if (index % 28 != 0) {
      out.append((char) (0x11A7 + index % 28));
    }
  }
}
