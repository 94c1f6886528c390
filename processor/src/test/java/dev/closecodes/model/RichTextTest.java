package dev.closecodes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.testing.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A text's emptiness, which the reader asks of every cell without making its plain text, is the
 * emptiness of its plain text, for every kind of piece and of white space.
 */
class RichTextTest {

  /** White space of every kind a page shows, some characters that are none, and a word. */
  private static final String[] PIECES = {" ", "\t", "\n", "\r", "\f", "\u00a0", "\u2003", "\u3000", "\u000b", "\u001f",
      "\u200b", "\u00ad", "x", "", "\u2028"};

  @Test
  void aTextIsEmptyWhereItsPlainTextIs() {
    Random random = new Random(6455);
    for (int i = 0; i < 20_000; i++) {
      RichText text = new RichText(pieces(random, 3));
      assertEquals(text.plainText().isEmpty(), text.isEmpty(), text.toString());
    }
  }

  @Test
  void whiteSpaceInEveryKindOfPieceIsEmpty() {
    List<Inline> spaces = List.of(new Inline.Text(" \u00a0"), new Inline.Code("\t"), new Inline.Image("\n"),
        Inline.LineBreak.LINE_BREAK, new Inline.ListItem(Inline.ListItem.BULLET, List.of(new Inline.Text("\u3000"))),
        new Inline.Strong(List.of(new Inline.Emphasis(List.of(
            new Inline.Link("x", List.of(new Inline.Text(" "))))))));
    assertTrue(new RichText(spaces).isEmpty());
    assertTrue(RichText.EMPTY.isEmpty());
    List<Inline> word = new ArrayList<>(spaces);
    word.add(new Inline.Strong(List.of(new Inline.Text(" \u200b "))));
    assertFalse(new RichText(word).isEmpty(), "a zero-width space is no white space");
    assertFalse(new RichText(List.of(new Inline.Image("a diagram"))).isEmpty());
  }

  private static List<Inline> pieces(Random random, int depth) {
    List<Inline> pieces = new ArrayList<>();
    for (int count = random.nextInt(4); count > 0; count--) {
      String text = RandomTexts.ofPieces(random, PIECES, 4);
      int kind = random.nextInt(depth > 0 ? 9 : 4);
      pieces.add(switch (kind) {
        case 0 -> new Inline.Text(text);
        case 1 -> new Inline.Code(text);
        case 2 -> new Inline.Image(text);
        case 3 -> Inline.LineBreak.LINE_BREAK;
        case 4 -> new Inline.Strong(pieces(random, depth - 1));
        case 5 -> new Inline.Emphasis(pieces(random, depth - 1));
        case 6 -> new Inline.Link("https://example.org/", pieces(random, depth - 1));
        case 7 -> new Inline.ListItem(Inline.ListItem.BULLET, pieces(random, depth - 1));
        default -> new Inline.Text(text.isEmpty() ? "y" : text);
      });
    }
    return pieces;
  }
}
