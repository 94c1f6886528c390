package dev.closecodes.read;

import dev.closecodes.model.Inline;
import dev.closecodes.model.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown read through commonmark's tree, for what {@link MarkdownText} does not read itself:
 * code, emphasis, links and images kept, blocks read as text with a space between them, macros expanded,
 * as {@link RichTexts} reads HTML. Markdown that holds HTML is rendered and read as HTML; the rest
 * is read from the Markdown tree directly, which is many times faster.
 */
final class MarkdownTree {

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  private MarkdownTree() {}

  /**
   * Reads Markdown with its inline HTML.
   *
   * @param line the page line the text starts on, for the error if it nests too deeply
   */
  static RichText read(String markdown, int line, PageContext context) {
    if (PunctuationStandIns.needed(markdown)) {
      StringBuilder standingIn = new StringBuilder(markdown.length());
      PunctuationStandIns standIns = PunctuationStandIns.of(markdown, standingIn);
      return standIns.restore(read(MARKDOWN.parse(standingIn.toString()), line, context));
    }
    return read(MARKDOWN.parse(markdown), line, context);
  }

  /**
   * Reads a table cell's Markdown with its inline HTML: inline only, no line of it a block.
   *
   * @param line the page line the cell is on, for the error if it nests too deeply
   */
  static RichText readCell(String markdown, int line, PageContext context) {
    if (PunctuationStandIns.needed(markdown)) {
      StringBuilder standingIn = new StringBuilder(markdown.length());
      PunctuationStandIns standIns = PunctuationStandIns.of(markdown, standingIn);
      return standIns.restore(read(CellParser.PARSER.parse(standingIn.toString()), line, context));
    }
    return read(CellParser.PARSER.parse(markdown), line, context);
  }

  /**
   * The parser of a table cell's Markdown: inline only, as GitHub's tables have it, so that
   * {@code 1001.} opens no list. Built the first time a cell needs it.
   */
  private static final class CellParser {
    static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();
  }

  private static RichText read(Node document, int line, PageContext context) {
    if (checkDepthAndFindHtml(document, line, context)) {
      return RichTexts.fromElement(Markup.parseFragment(HTML.render(document), line, context));
    }
    List<Inline> inlines = new ArrayList<>();
    appendChildren(document, inlines);
    return new RichText(RichTexts.normalize(inlines));
  }

  private static void appendChildren(Node parent, List<Inline> out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      append(node, out);
    }
  }

  private static void append(Node node, List<Inline> out) {
    if (node instanceof Text text) {
      out.addAll(Macros.expand(text.getLiteral()));
    } else if (node instanceof Code code) {
      out.add(new Inline.Code(code.getLiteral()));
    } else if (node instanceof FencedCodeBlock block) {
      appendCodeBlock(block.getLiteral(), out);
    } else if (node instanceof IndentedCodeBlock block) {
      appendCodeBlock(block.getLiteral(), out);
    } else if (node instanceof Emphasis) {
      out.add(new Inline.Emphasis(childrenOf(node)));
    } else if (node instanceof StrongEmphasis) {
      out.add(new Inline.Strong(childrenOf(node)));
    } else if (node instanceof Link link) {
      String href = link.getDestination() == null ? "" : link.getDestination().strip();
      if (href.isEmpty()) {
        appendChildren(node, out);
      } else {
        out.add(new Inline.Link(href, childrenOf(node)));
      }
    } else if (node instanceof Image) {
      StringBuilder alt = new StringBuilder();
      appendLiterals(node, alt);
      out.add(new Inline.Image(alt.toString()));
    } else if (node instanceof LinkReferenceDefinition) {
      // a definition shows nothing
    } else if (node.getFirstChild() == null) {
      out.add(new Inline.Text(" ")); // a line break or a thematic break
    } else if (node instanceof Block) {
      // a block boundary reads as a space, as in RichTexts
      out.add(new Inline.Text(" "));
      appendChildren(node, out);
      out.add(new Inline.Text(" "));
    } else {
      appendChildren(node, out);
    }
  }

  /** The text of a node's descendants as written, as commonmark renders an image's alternative text. */
  private static void appendLiterals(Node parent, StringBuilder out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node.getFirstChild() == null) {
        out.append(' '); // a line break
      } else {
        appendLiterals(node, out);
      }
    }
  }

  /** A code block reads as code set apart by spaces, as {@code <pre><code>} does in HTML. */
  private static void appendCodeBlock(String literal, List<Inline> out) {
    out.add(new Inline.Text(" "));
    out.add(new Inline.Code(literal));
    out.add(new Inline.Text(" "));
  }

  private static List<Inline> childrenOf(Node node) {
    List<Inline> children = new ArrayList<>();
    appendChildren(node, children);
    return children;
  }

  /**
   * Walks the tree without recursion; throws where it is deeper than the limit.
   *
   * @return whether the tree holds HTML
   */
  private static boolean checkDepthAndFindHtml(Node root, int line, PageContext context) {
    boolean html = false;
    int depth = 0;
    Node node = root;
    while (node != null) {
      html |= node instanceof HtmlInline || node instanceof HtmlBlock;
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        if (++depth > InputLimits.MAX_NESTING) {
          throw context.tooDeep(line);
        }
        continue;
      }
      while (node != null && node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null || node == root ? null : node.getNext();
    }
    return html;
  }
}
