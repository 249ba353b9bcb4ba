package eu.gdprmodule.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What HTML a policy page may hold, and its text. A published policy is shown inside the host's
 * pages, so anything that could run there (script, event handlers, {@code javascript:} links,
 * frames, styles that restyle the page around it) is removed; what is left is the document
 * markup Markdown produces, plus {@code section}, {@code address} and {@code abbr}.
 *
 * <pre>
 * String safe = PolicyHtml.sanitise(authorHtml);
 * List&lt;String&gt; lines = PolicyHtml.textLines(safe); // for diffs
 * </pre>
 *
 * <p>Images are not allowed: an image from another site discloses every visitor's address to
 * it, which the cookie and tracker rules (art. 82 Loi Informatique et Libertés) do not allow
 * without consent on a page people read before consenting. Lines and text are made from jsoup
 * nodes, never by regular expressions on markup.
 *
 * @since 0.1
 */
public final class PolicyHtml {

    /** Relative links are kept; resolving them against this base only lets jsoup check their protocol. */
    private static final String BASE = "https://policy.invalid/";

    private static final Safelist SAFELIST = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "em", "strong", "b", "i",
                    "u", "s", "del", "ins", "sub", "sup", "small", "mark", "blockquote", "code", "pre", "section",
                    "address", "abbr", "div", "span")
            .addAttributes(":all", "class", "id")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align", "colspan", "rowspan", "scope")
            .addAttributes("td", "align", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    /** The block elements that make one line each in {@link #textLines(String)}. */
    private static final Set<String> LINES = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "dt", "dd",
            "address", "pre", "caption", "blockquote", "div", "section", "ul", "ol", "dl", "table", "thead", "tbody",
            "tfoot", "hr");

    private PolicyHtml() {
    }

    /** The fragment with everything not allowed removed; text inside removed elements is kept, script bodies are not. */
    public static String sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Whether {@link #sanitise(String)} would remove nothing. */
    public static boolean isSafe(String html) {
        return removed(html).isEmpty();
    }

    /**
     * What {@link #sanitise(String)} removes, each named once for an author: {@code script},
     * {@code onclick attribute on a}, {@code javascript: link}.
     */
    public static List<String> removed(String html) {
        Set<String> removed = new LinkedHashSet<>();
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, BASE);
        for (Element e : dirty.body().getAllElements()) {
            if (e == dirty.body()) {
                continue;
            }
            String tag = e.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                removed.add(tag);
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!SAFELIST.isSafeAttribute(tag, e, a)) {
                    removed.add(describe(tag, a));
                }
            }
        }
        return List.copyOf(removed);
    }

    private static String describe(String tag, Attribute a) {
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        int colon = value.indexOf(':');
        if (a.getKey().equalsIgnoreCase("href") && colon > 0 && value.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            return value.substring(0, colon) + ": link";
        }
        return a.getKey() + " attribute on " + tag;
    }

    /**
     * One line per block: heading, paragraph, list item, table row (cells separated by
     * {@code " | "}); whitespace normalised, empty lines left out.
     */
    public static List<String> textLines(String html) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        collect(body, line, lines);
        flush(line, lines);
        return lines;
    }

    private static void collect(Element element, StringBuilder line, List<String> lines) {
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode text) {
                line.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (LINES.contains(tag)) {
                    flush(line, lines);
                    collect(e, line, lines);
                    flush(line, lines);
                } else if (tag.equals("br")) {
                    line.append(' ');
                } else {
                    if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                        line.append(" | ");
                    }
                    collect(e, line, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = normalise(line.toString());
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    /** All the text, whitespace normalised: what a reader sees, for tests that look for facts. */
    public static String text(String html) {
        return normalise(Jsoup.parseBodyFragment(html == null ? "" : html).body().text());
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Text made safe to place in HTML content or a quoted attribute. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
