package eu.gdprmodule.web.policy;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.policy.PolicyVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Writes one public policy page: the module's stylesheet, a language switch, no script. */
final class PolicyPageWriter {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String base;
    private Locale locale;
    private ResourceBundle texts;
    private List<String> languages = List.of();

    PolicyPageWriter(HttpServletRequest request, HttpServletResponse response, String contentPolicy) {
        this.request = request;
        this.response = response;
        this.base = request.getContextPath() + "/gdpr/policies/";
        response.addHeader("Content-Security-Policy", contentPolicy);
        language(PolicyLanguage.preferred(request).stream().map(Locale::getLanguage).findFirst().orElse("en"), List.of());
    }

    void language(String language, List<String> published) {
        this.locale = Locale.forLanguageTag(language);
        this.texts = texts(locale);
        if (texts.getLocale().getLanguage().isEmpty()) {
            this.locale = Locale.ENGLISH; // the base bundle is English: say so to the browser
        }
        this.languages = published;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** Writes a version, {@code html} being its body as {@code PublishedPolicies.html} gives it. */
    void version(PolicyVersion version, String html, PolicyVersion current, int maxAgeSeconds) throws IOException {
        String slug = version.getSlug();
        boolean inForce = version == current;
        PrintWriter out = start(200, version.getTitle(), maxAgeSeconds);
        out.print("<article class=\"gdpr-policy\" lang=\"" + escape(version.getLanguage()) + "\">");
        if (!inForce) {
            out.print("<p class=\"gdpr-policy-superseded\" role=\"note\">" + escape(text("version.superseded",
                    version.getNumber(), date(version))) + " <a href=\"" + escape(base + slug + "?lang=" + version.getLanguage())
                    + "\">" + escape(text("version.readCurrent")) + "</a></p>");
        }
        if (!version.getHtml().contains("<h1")) {
            out.print("<h1>" + escape(version.getTitle()) + "</h1>");
        }
        out.print("<p class=\"gdpr-policy-updated\">" + escape(text("version.lastUpdated")) + " <time datetime=\""
                + isoDate(version) + "\">" + escape(date(version))
                + "</time> · " + escape(text("version.number", version.getNumber())) + " · <a class=\"gdpr-policy-history\" href=\""
                + escape(base + slug + "/history?lang=" + version.getLanguage()) + "\">" + escape(text("version.history")) + "</a></p>");
        out.print("<div class=\"gdpr-policy-body\">" + html + "</div></article>");
        end(out);
    }

    void history(PolicyVersion current, List<PolicyVersion> versions) throws IOException {
        String slug = current.getSlug();
        PrintWriter out = start(200, text("history.title", current.getTitle()), 60);
        out.print("<h1>" + escape(text("history.title", current.getTitle())) + "</h1>");
        out.print("<p><a href=\"" + escape(base + slug + "?lang=" + current.getLanguage()) + "\">" + escape(text("history.current"))
                + "</a></p>");
        out.print("<table class=\"gdpr-policy-versions\"><thead><tr><th scope=\"col\">" + escape(text("history.version"))
                + "</th><th scope=\"col\">" + escape(text("history.date")) + "</th><th scope=\"col\">" + escape(text("history.summary"))
                + "</th><th scope=\"col\">" + escape(text("history.material")) + "</th></tr></thead><tbody>");
        for (PolicyVersion v : versions) {
            out.print("<tr><td><a href=\"" + escape(base + slug + "/versions/" + v.getNumber() + "?lang=" + v.getLanguage())
                    + "\">" + escape(text("version.number", v.getNumber())) + "</a></td><td><time datetime=\""
                    + isoDate(v) + "\">" + escape(date(v)) + "</time></td><td>"
                    + escape(v.getSummary()) + "</td><td>" + escape(text(v.isMaterial() ? "history.yes" : "history.no"))
                    + "</td></tr>");
        }
        out.print("</tbody></table>");
        end(out);
    }

    void notFound(String message) throws IOException {
        PrintWriter out = start(404, text("notFound.title"), 0);
        out.print("<h1>" + escape(text("notFound.title")) + "</h1><p class=\"gdpr-not-found\">" + escape(message) + "</p>");
        end(out);
    }

    private PrintWriter start(int status, String title, int maxAgeSeconds) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        // Proxies may keep a page briefly; the language it was written in depends on these.
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", maxAgeSeconds > 0 ? "public, max-age=" + maxAgeSeconds : "no-cache");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + escape(locale.getLanguage()) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><link rel=\"stylesheet\" href=\"" + escape(request.getContextPath() + "/gdpr/gdpr.css")
                + "\"></head><body class=\"gdpr-page\"><main class=\"gdpr-main gdpr-policy-page\">");
        if (languages.size() > 1) {
            out.print("<nav class=\"gdpr-languages\" aria-label=\"" + escape(text("languages")) + "\">");
            for (String language : languages) {
                Locale other = Locale.forLanguageTag(language);
                String name = other.getDisplayLanguage(other);
                name = name.substring(0, 1).toUpperCase(other) + name.substring(1);
                out.print(language.equals(locale.getLanguage()) ? "<span aria-current=\"true\" lang=\"" + escape(language)
                        + "\">" + escape(name) + "</span> " : "<a lang=\"" + escape(language) + "\" hreflang=\"" + escape(language)
                        + "\" href=\"?lang=" + escape(language) + "\">" + escape(name) + "</a> ");
            }
            out.print("</nav>");
        }
        return out;
    }

    private void end(PrintWriter out) {
        out.print("</main></body></html>");
        out.flush();
    }

    private String date(PolicyVersion version) {
        return date(version, locale);
    }

    /** The public pages' texts (also the component's), English when the language has none. */
    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle("eu.gdprmodule.web.policy.PolicyPages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A version's "last updated" date as a reader of that language writes it. */
    static String date(PolicyVersion version, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(version.getPublishedAt().atZone(ZoneId.systemDefault()));
    }

    /** The same date for a {@code <time datetime>} attribute. */
    static String isoDate(PolicyVersion version) {
        return version.getPublishedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
}
