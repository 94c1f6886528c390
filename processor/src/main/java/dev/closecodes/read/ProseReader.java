package dev.closecodes.read;

import dev.closecodes.model.PageProse;
import dev.closecodes.model.RichText;
import org.jsoup.nodes.Document;

/** Finds the page's own words about the interface and its properties. */
final class ProseReader {

  private ProseReader() {}

  static PageProse read(Document html, String text) {
    return new PageProse(RichText.EMPTY, RichText.EMPTY, RichText.EMPTY, RichText.EMPTY);
  }
}
