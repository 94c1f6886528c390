package dev.closecodes.read;

import dev.closecodes.diagnostics.Message;
import dev.closecodes.diagnostics.SourceLocation;
import dev.closecodes.model.RichText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The elements a browser does not show: those with the {@code hidden} attribute, those styled
 * {@code display: none} or {@code visibility: hidden} (nothing inside restyled visible), those
 * of MDN's class {@code hidden}, which its style sheet does not show (older pages keep editors'
 * notes in {@code <div class="hidden">}), and, inside a cell, those whose class shows them to
 * screen readers alone ({@code visually-hidden}, as MDN renders a badge's word inside its icon).
 * They are no part of the page, as a comment is not: taken
 * out of the tree before anything is read from it, so that a hidden row is no row and hidden text
 * in a cell no part of its description. A cell taken out leaves no gap, as a browser closes the
 * row up behind a cell it does not show; one only unseen ({@code visibility: hidden}) keeps its
 * place, empty.
 */
final class HiddenElements {

  /** The tags whose elements are parts of a table; one hidden, or one holding them, changes the table. */
  private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");

  private HiddenElements() {}

  /**
   * What is left once the hidden elements are taken out.
   *
   * @param elements the elements left in the tree, in document order
   * @param lines the lines, counted from 0, that hold nothing but a hidden element's content: those
   *     after its start tag's line and before the line its content ends on, where Markdown inside
   *     it, which the tree does not hold as elements, stands
   */
  record Shown(List<Element> elements, BitSet lines) {}

  /**
   * Takes the hidden elements out of the tree, with a warning at the first that held a part of a
   * table, which counts them.
   *
   * @param elements every element of the tree, in document order ({@link Markup#elements})
   * @return the elements left in the tree, and the lines inside those taken out
   */
  static Shown takenOut(List<Element> elements, PageContext context, Markup.Tree tree) {
    Set<Element> gone = null; // made for the few pages that hide anything
    BitSet lines = new BitSet();
    Map<Element, List<Element>> byParent = null;
    Element firstOfATable = null;
    int ofATable = 0;
    int lastOfATable = 0;
    Set<Element> emptied = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : elements) {
      Element parent = element.parent();
      if (gone != null && parent != null && gone.contains(parent)) {
        gone.add(element); // inside one taken out: read no further
        continue;
      }
      if (parent == null || !isHidden(element)) {
        continue; // the root stays
      }
      if (gone == null) {
        gone = Collections.newSetFromMap(new IdentityHashMap<>());
        byParent = new LinkedHashMap<>();
      }
      gone.add(element);
      if (isCell(element) && !takenOutOfTheLayout(element)) {
        emptied.add(element); // unseen, but it keeps its place in the row: the cells after it stay in their columns
      } else {
        List<Element> lost = byParent.get(parent);
        if (lost == null) {
          lost = new ArrayList<>();
          byParent.put(parent, lost);
        }
        lost.add(element);
      }
      int first = tree.lineOf(element);
      int last = lastLine(element, tree);
      if (last - first >= 2) {
        lines.set(first, last - 1); // from the line after the start tag's to the one before the last
      }
      if (holdsATablePart(element)) {
        firstOfATable = firstOfATable == null ? element : firstOfATable;
        ofATable++;
        lastOfATable = tree.lineOf(element);
      }
    }
    if (gone == null) {
      return new Shown(elements, lines);
    }
    if (firstOfATable != null) {
      context.diagnostics().report(Message.HIDDEN_ROW_SKIPPED,
          new SourceLocation(context.file(), tree.lineOf(firstOfATable)), firstOfATable.normalName(),
          why(firstOfATable), quoted(firstOfATable), ofATable, lastOfATable);
    }
    // Each parent's children are laid out once, however many it loses: one at a time would shift
    // the rest each time.
    for (Map.Entry<Element, List<Element>> entry : byParent.entrySet()) {
      Set<Node> lost = Collections.newSetFromMap(new IdentityHashMap<>());
      lost.addAll(entry.getValue());
      List<Node> kept = new ArrayList<>(entry.getKey().childNodeSize());
      for (Node child : entry.getKey().childNodes()) {
        if (!lost.contains(child)) {
          kept.add(child);
        }
      }
      entry.getKey().empty();
      entry.getKey().appendChildren(kept);
    }
    for (Element cell : emptied) {
      cell.empty();
    }
    List<Element> shown = new ArrayList<>(elements.size());
    for (Element element : elements) {
      if (!gone.contains(element) || emptied.contains(element)) {
        shown.add(element);
      }
    }
    return new Shown(shown, lines);
  }

  /** The last line the element's content reaches: its last text's, line breaks counted. */
  private static int lastLine(Element element, Markup.Tree tree) {
    int last = tree.lineOf(element);
    for (TextNode text : textNodes(element)) {
      last = Math.max(last, tree.lastLineOf(text));
    }
    return last;
  }

  /** The text nodes inside the element, in document order, found without recursion. */
  private static List<TextNode> textNodes(Element element) {
    List<TextNode> texts = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(element);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof TextNode text) {
        texts.add(text);
      }
      for (int i = node.childNodeSize() - 1; i >= 0; i--) {
        pending.push(node.childNode(i));
      }
    }
    return texts;
  }

  /** Whether a browser shows the element not at all. */
  static boolean isHidden(Element element) {
    if (element.attributesSize() == 0) {
      return false; // most elements: nothing to look up
    }
    return takenOutOfTheLayout(element) || hiddenByVisibility(element)
        || onlyForScreenReaders(element) && !holdsATablePart(element);
  }

  /** The classes that show an element to screen readers alone: MDN's and Bootstrap's, Tailwind's, others'. */
  private static final List<String> SCREEN_READERS_ONLY =
      List.of("visually-hidden", "sr-only", "visuallyhidden", "screen-reader-text");

  /**
   * Whether the element's class shows it to screen readers alone, as MDN renders a badge's word
   * inside its icon. A table's part hidden so is still the table's, as a screen reader reads it.
   */
  private static boolean onlyForScreenReaders(Element element) {
    if (!element.hasAttr("class")) {
      return false;
    }
    for (String name : SCREEN_READERS_ONLY) {
      if (element.hasClass(name)) { // in any case, as jsoup matches a class
        return true;
      }
    }
    return false;
  }

  /** Whether the element has no place in the page at all: the hidden attribute, the class, display: none. */
  private static boolean takenOutOfTheLayout(Element element) {
    return element.hasAttr("hidden") || element.hasClass("hidden") || styled(element, ";display:none");
  }

  /**
   * Whether an inline style says {@code visibility: hidden}, or {@code collapse}, which takes a row
   * out of its table, and nothing inside the element says {@code visibility: visible}, which a
   * browser would show again.
   */
  private static boolean hiddenByVisibility(Element element) {
    if (!styled(element, ";visibility:hidden") && !styled(element, ";visibility:collapse")) {
      return false;
    }
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(element);
    while (!pending.isEmpty()) {
      Element next = pending.pop();
      if (next != element && styled(next, ";visibility:visible")) {
        return false;
      }
      for (Element child = next.firstElementChild(); child != null; child = Markup.nextElement(child)) {
        pending.push(child);
      }
    }
    return true;
  }

  /** Whether the element's inline style holds the declaration, written {@code ;name:value}, in any case and spacing. */
  private static boolean styled(Element element, String declaration) {
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    StringBuilder compact = new StringBuilder(";");
    for (int i = 0; i < style.length(); i++) {
      if (!Character.isWhitespace(style.charAt(i))) {
        compact.append(Character.toLowerCase(style.charAt(i)));
      }
    }
    return compact.indexOf(declaration) >= 0;
  }

  private static boolean isCell(Element element) {
    return element.normalName().equals("td") || element.normalName().equals("th");
  }

  private static boolean holdsATablePart(Element element) {
    Deque<Element> pending = new ArrayDeque<>();
    pending.push(element);
    while (!pending.isEmpty()) {
      Element next = pending.pop();
      if (TABLE_PARTS.contains(next.normalName())) {
        return true;
      }
      for (Element child = next.firstElementChild(); child != null; child = Markup.nextElement(child)) {
        pending.push(child);
      }
    }
    return false;
  }

  private static String why(Element element) {
    return element.hasAttr("hidden") ? "the hidden attribute"
        : element.hasClass("hidden") ? "the class hidden"
        : styled(element, ";display:none") ? "display: none"
        : styled(element, ";visibility:collapse") ? "visibility: collapse" : "visibility: hidden";
  }

  /** The element's text as a message quotes it: its texts, a cell's apart from the next, at most 80 characters. */
  private static String quoted(Element element) {
    StringBuilder text = new StringBuilder();
    for (TextNode part : textNodes(element)) {
      if (text.length() <= 80 && !part.isBlank()) {
        text.append(text.length() == 0 ? "" : " ").append(part.text().strip());
      }
    }
    return RowReader.shortened(RichText.collapseWhitespace(text));
  }
}
