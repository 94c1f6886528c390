package dev.closecodes.model;

import java.util.List;

/**
 * A piece of a table cell's text, with just the markup that carries meaning: code, emphasis,
 * strong emphasis, links, images, the items of lists and line breaks. Everything else on the page
 * is reduced to its text.
 */
public sealed interface Inline {

  /** The pieces inside a container piece; none for text, code and images. */
  static List<Inline> children(Inline inline) {
    if (inline instanceof Strong strong) {
      return strong.children();
    } else if (inline instanceof Emphasis emphasis) {
      return emphasis.children();
    } else if (inline instanceof Link link) {
      return link.children();
    } else if (inline instanceof ListItem item) {
      return item.children();
    }
    return List.of();
  }

  /** A container piece of the same kind and attributes as the one given, holding other pieces. */
  static Inline withChildren(Inline container, List<Inline> children) {
    if (container instanceof Strong) {
      return new Strong(children);
    } else if (container instanceof Emphasis) {
      return new Emphasis(children);
    } else if (container instanceof Link link) {
      return new Link(link.href(), children);
    } else if (container instanceof ListItem item) {
      return new ListItem(item.marker(), children);
    }
    throw new IllegalArgumentException("not a container: " + container);
  }

  /** Plain text, white space already collapsed. */
  record Text(String text) implements Inline {}

  /** Code, such as a constant name or a code number. */
  record Code(String text) implements Inline {}

  /**
   * An image, which reads as its alternative text, as a browser reads it out; empty where it has
   * none.
   */
  record Image(String alt) implements Inline {}

  /** Strong emphasis; MDN marks reserved codes with it. */
  record Strong(List<Inline> children) implements Inline {
    public Strong {
      children = List.copyOf(children);
    }
  }

  /** Emphasis. */
  record Emphasis(List<Inline> children) implements Inline {
    public Emphasis {
      children = List.copyOf(children);
    }
  }

  /**
   * A link.
   *
   * @param href the target as the page writes it, possibly relative to the site
   */
  record Link(String href, List<Inline> children) implements Inline {
    public Link {
      children = List.copyOf(children);
    }
  }

  /** A line break, or the edge of a paragraph inside the text: what follows opens a line. */
  record LineBreak() implements Inline {
    /** The one line break; all are alike. */
    public static final LineBreak LINE_BREAK = new LineBreak();
  }

  /**
   * An item of a list, which shows on a line of its own after its mark: adjacent items with marks
   * of one kind are one list.
   *
   * @param marker {@code \u2022} for an item of a list without numbers, else the item's number and
   *     a full stop, {@code 3.}
   * @param children the item's text, which may hold the items of a list inside it
   */
  record ListItem(String marker, List<Inline> children) implements Inline {
    /** The mark of an item of a list without numbers. */
    public static final String BULLET = "\u2022";

    public ListItem {
      children = List.copyOf(children);
    }

    /** Whether the item is one of a numbered list. */
    public boolean numbered() {
      return !marker.equals(BULLET);
    }
  }
}
