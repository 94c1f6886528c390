package dev.closecodes.model;

import java.util.List;

/**
 * A piece of a table cell's text, with just the inline markup that carries meaning: code, emphasis,
 * strong emphasis, links and images. Everything else on the page is reduced to its text.
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
    }
    return List.of();
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
}
