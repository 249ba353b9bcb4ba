package eu.gdprmodule.policy;

import eu.gdprmodule.register.RegisterDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a policy page: CommonMark (with GFM tables) in which each paragraph of the form
 * {@code {{gdpr:<code>}}} is replaced by a {@link GeneratedSection} written from the register
 * (or, for {@code {{gdpr:cookies}}}, from the cookie catalogue), then the whole is sanitised by
 * {@link PolicyHtml}. Raw HTML in the Markdown is let through the parser and sanitised with the
 * rest; what the sanitiser removed is reported, not hidden.
 *
 * <pre>
 * PolicyRenderer renderer = new PolicyRenderer();   // thread-safe, keep one
 * Rendering page = renderer.render(source, new RenderContext(register, Locale.FRENCH, "/gdpr/requests"));
 * if (!page.problems().isEmpty()) ... tell the author ...
 * </pre>
 *
 * <p>It neither stores nor publishes: the same source, register and cookie catalogue always give
 * the same HTML, which is what lets a published version be compared with them as they are now.
 *
 * @since 0.1
 */
public final class PolicyRenderer {

    private static final Pattern ALONE = Pattern.compile("\\s*\\{\\{\\s*gdpr:\\s*([^{}]*?)\\s*}}\\s*");
    private static final Pattern INLINE = Pattern.compile("\\{\\{\\s*gdpr:", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_URL = Pattern.compile("(?i)^(https?://\\S+|/(?![/\\\\])\\S*)$");

    // CommonMark's parser and renderer are immutable once built and documented as thread-safe.
    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    /** Renders the Markdown against the register; never throws for bad input, it reports problems. */
    public Rendering render(String markdownSource, RenderContext context) {
        Node document = parser.parse(markdownSource == null ? "" : markdownSource);
        List<String> problems = new ArrayList<>();
        List<GeneratedSection> sections = new ArrayList<>();
        SectionText text = new SectionText(context.locale());
        String formUrl = requestForm(context.requestFormUrl(), problems);
        for (Placeholder p : placeholders(document, problems)) {
            if (p.section().isPresent()) {
                HtmlBlock block = new HtmlBlock();
                block.setLiteral(section(p.section().get(), context, formUrl, text));
                p.paragraph().insertBefore(block);
                p.paragraph().unlink();
                sections.add(p.section().get());
            }
        }
        String raw = renderer.render(document);
        return new Rendering(PolicyHtml.sanitise(raw), sections, PolicyHtml.removed(raw), problems);
    }

    /** What is wrong with the source alone, such as an unknown or misplaced generated section. */
    public List<String> problems(String markdownSource) {
        List<String> problems = new ArrayList<>();
        placeholders(parser.parse(markdownSource == null ? "" : markdownSource), problems);
        return problems;
    }

    private static String section(GeneratedSection section, RenderContext context, String formUrl, SectionText t) {
        RegisterDocument register = context.register();
        return switch (section) {
            case CONTROLLER -> ControllerSections.controller(register.controller(), t);
            case DATA_COLLECTED -> ActivitySections.dataCollected(register, t);
            case RETENTION -> ActivitySections.retention(register, t);
            case RECIPIENTS -> RecipientSections.recipients(register, t);
            case SECURITY -> RecipientSections.security(register, t);
            case RIGHTS -> RightsSection.render(register, formUrl, t);
            case COMPLAINT -> ControllerSections.complaint(register.controller(), t);
            case COOKIES -> CookieSections.cookies(context.cookies(), t);
        };
    }

    /** A link people follow to exercise their rights must not be able to run script. */
    private static String requestForm(String url, List<String> problems) {
        if (url == null || FORM_URL.matcher(url).matches()) {
            return url;
        }
        problems.add("The request form address '" + url + "' is neither an http(s) address nor a path on this site "
                + "(such as /gdpr/requests); the rights section offers only the e-mail address.");
        return null;
    }

    private record Placeholder(Paragraph paragraph, Optional<GeneratedSection> section) {
    }

    private static List<Placeholder> placeholders(Node document, List<String> problems) {
        List<Placeholder> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                String literal = literal(paragraph);
                Matcher alone = ALONE.matcher(literal == null ? "" : literal);
                boolean topLevel = paragraph.getParent() instanceof Document;
                if (alone.matches() && topLevel) {
                    Optional<GeneratedSection> section = GeneratedSection.ofCode(alone.group(1));
                    if (section.isEmpty()) {
                        problems.add("Unknown generated section {{gdpr:" + alone.group(1) + "}}" + line(paragraph)
                                + "; the sections are: " + codes() + ".");
                    }
                    found.add(new Placeholder(paragraph, section));
                } else if (INLINE.matcher(text(paragraph)).find()) {
                    problems.add("A generated section {{gdpr:...}}" + line(paragraph) + " must be a paragraph of its "
                            + "own, outside lists and quotes, with a blank line before and after it.");
                }
                visitChildren(paragraph);
            }
        });
        return found;
    }

    /** The paragraph's text when it is only text (no emphasis, links or code), else {@code null}. */
    private static String literal(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Text t)) {
                return null;
            }
            text.append(t.getLiteral());
        }
        return text.toString();
    }

    /** All the plain text of a paragraph; code spans are left out so authors can show the syntax. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            text.append(n instanceof Text t ? t.getLiteral() : text(n));
        }
        return text.toString();
    }

    private static String line(Paragraph paragraph) {
        return paragraph.getSourceSpans().isEmpty() ? ""
                : " on line " + (paragraph.getSourceSpans().get(0).getLineIndex() + 1);
    }

    private static String codes() {
        return Arrays.stream(GeneratedSection.values()).map(GeneratedSection::code).collect(Collectors.joining(", "));
    }
}
