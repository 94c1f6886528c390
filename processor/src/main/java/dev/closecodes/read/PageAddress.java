package dev.closecodes.read;

import dev.closecodes.model.Inline;
import dev.closecodes.model.Page;
import dev.closecodes.model.PageProse;
import dev.closecodes.model.PageRow;
import dev.closecodes.model.RichText;
import dev.closecodes.text.UnicodeCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page's own address on MDN, against which its relative links ({@code #values}, {@code WebSocket},
 * {@code ../WebSocket}) are read, as a browser reads them there. Its locale and slug come from the
 * document's path as MDN lays its files out ({@code files/fr/web/api/closeevent/index.md}), else
 * from its front matter's {@code slug}, else it is the page of {@code CloseEvent}, or of the
 * property the front matter names; a page whose locale cannot be told is taken for the English one.
 */
final class PageAddress {

  private static final String SITE = "https://developer.mozilla.org/";

  private final URI base;

  private PageAddress(URI base) {
    this.base = base;
  }

  /**
   * The page's address.
   *
   * @param file the document's path
   * @param lines the page's lines, which its front matter opens
   * @param locale the page's locale, {@link Page#UNKNOWN_LOCALE} where it cannot be told
   */
  static PageAddress of(String file, String[] lines, String locale) {
    String siteLocale = locale.equals(Page.UNKNOWN_LOCALE) ? "en-US" : locale;
    String slug = slugFromPath(file, siteLocale);
    if (slug.isEmpty()) {
      slug = FrontMatter.value(lines, "slug").orElse("").strip();
    }
    if (slug.isEmpty() || slug.contains("..") || slug.startsWith("/")) {
      String member = FrontMatter.member(lines).name();
      slug = "Web/API/CloseEvent" + (member.isEmpty() ? "" : "/" + (member.equals("wasclean") ? "wasClean" : member));
    }
    URI base;
    try {
      base = new URI(SITE + siteLocale + "/docs/" + slug);
    } catch (URISyntaxException notAnAddress) {
      base = URI.create(SITE + siteLocale + "/docs/Web/API/CloseEvent"); // a slug of spaces or the like
    }
    return new PageAddress(base);
  }

  /** The folders below the locale's, where the path has one: {@code web/api/closeevent}. */
  private static String slugFromPath(String file, String locale) {
    String[] folders = file.replace('\\', '/').split("/");
    for (int i = folders.length - 3; i >= 0; i--) {
      if (folders[i].toLowerCase(Locale.ROOT).equals(locale.toLowerCase(Locale.ROOT))) {
        return String.join("/", java.util.Arrays.asList(folders).subList(i + 1, folders.length - 1));
      }
    }
    return "";
  }

  /** Whether any of the page's texts holds a link relative to the page's address. */
  static boolean hasRelativeLinks(Page page) {
    for (PageRow row : page.rows()) {
      if (hasRelativeLink(row.description().inlines())) {
        return true;
      }
    }
    PageProse prose = page.prose();
    return hasRelativeLink(prose.summary().inlines()) || hasRelativeLink(prose.code().inlines())
        || hasRelativeLink(prose.reason().inlines()) || hasRelativeLink(prose.wasClean().inlines());
  }

  private static boolean hasRelativeLink(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link && isRelative(link.href())) {
        return true;
      }
      if (hasRelativeLink(Inline.children(inline))) {
        return true; // inside strong or emphasis text; text and code have no children
      }
    }
    return false;
  }

  /** Whether the link is relative to the page's address: not empty, not from the site's root, no scheme. */
  private static boolean isRelative(String href) {
    return !href.isEmpty() && !href.startsWith("/") && !hasScheme(href);
  }

  /** The page with its relative links made absolute against this address. */
  Page resolve(Page page) {
    List<PageRow> rows = new ArrayList<>(page.rows().size());
    for (PageRow row : page.rows()) {
      rows.add(hasRelativeLink(row.description().inlines())
          ? new PageRow(row.range(), row.name(), resolve(row.description()), row.reserved(), row.location()) : row);
    }
    PageProse prose = page.prose();
    return new Page(page.source(), page.locale(), page.localeFrom(), page.sha256(), rows, new PageProse(resolve(prose.summary()),
        resolve(prose.code()), resolve(prose.reason()), resolve(prose.wasClean())));
  }

  private RichText resolve(RichText text) {
    return text.inlines().isEmpty() ? text : new RichText(resolve(text.inlines()));
  }

  private List<Inline> resolve(List<Inline> inlines) {
    List<Inline> resolved = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link link) {
        resolved.add(new Inline.Link(resolve(link.href()), resolve(link.children())));
      } else if (!Inline.children(inline).isEmpty()) {
        resolved.add(Inline.withChildren(inline, resolve(Inline.children(inline))));
      } else {
        resolved.add(inline);
      }
    }
    return resolved;
  }

  /**
   * A relative link made absolute; a link that starts with {@code /}, names a scheme, or is no
   * address stays as written.
   */
  private String resolve(String href) {
    if (!isRelative(href)) {
      return href;
    }
    try {
      return base.resolve(new URI(href)).toString();
    } catch (URISyntaxException | IllegalArgumentException notAnAddress) {
      return href;
    }
  }

  /** Whether the link starts with a scheme ({@code https:}, {@code mailto:}). */
  private static boolean hasScheme(String href) {
    int colon = href.indexOf(':');
    if (colon <= 0 || !UnicodeCharacters.isAsciiLetter(href.charAt(0))) {
      return false;
    }
    for (int i = 1; i < colon; i++) {
      char c = href.charAt(i);
      if (!UnicodeCharacters.isAsciiLetterOrDigit(c) && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
