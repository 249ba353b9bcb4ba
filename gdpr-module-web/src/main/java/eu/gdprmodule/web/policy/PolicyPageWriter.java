package eu.gdprmodule.web.policy;

import eu.gdprmodule.policy.PolicyHtml;
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
        this.texts = ResourceBundle.getBundle("eu.gdprmodule.web.policy.PolicyPages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (texts.getLocale().getLanguage().isEmpty()) {
            this.locale = Locale.ENGLISH; // the base bundle is English: say so to the browser
        }
        this.languages = published;
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    void version(PolicyVersion version, PolicyVersion current, int maxAgeSeconds) throws IOException {
        String slug = version.getSlug();
        boolean inForce = version == current;
        PrintWriter out = start(200, version.getTitle(), maxAgeSeconds);
        out.print("<article class=\"gdpr-policy\" lang=\"" + esc(version.getLanguage()) + "\">");
        if (!inForce) {
            out.print("<p class=\"gdpr-policy-superseded\" role=\"note\">" + esc(text("version.superseded",
                    version.getNumber(), date(version))) + " <a href=\"" + esc(base + slug + "?lang=" + version.getLanguage())
                    + "\">" + esc(text("version.readCurrent")) + "</a></p>");
        }
        if (!version.getHtml().contains("<h1")) {
            out.print("<h1>" + esc(version.getTitle()) + "</h1>");
        }
        out.print("<p class=\"gdpr-policy-updated\">" + esc(text("version.lastUpdated")) + " <time datetime=\""
                + version.getPublishedAt().atZone(ZoneId.systemDefault()).toLocalDate() + "\">" + esc(date(version))
                + "</time> · " + esc(text("version.number", version.getNumber())) + " · <a class=\"gdpr-policy-history\" href=\""
                + esc(base + slug + "/history?lang=" + version.getLanguage()) + "\">" + esc(text("version.history")) + "</a></p>");
        // sanitised at publication, and again here: a row changed in the database behind the
        // module's back still cannot put a script in front of a visitor
        out.print("<div class=\"gdpr-policy-body\">" + PolicyHtml.sanitise(version.getHtml()) + "</div></article>");
        end(out);
    }

    void history(PolicyVersion current, List<PolicyVersion> versions) throws IOException {
        String slug = current.getSlug();
        PrintWriter out = start(200, text("history.title", current.getTitle()), 60);
        out.print("<h1>" + esc(text("history.title", current.getTitle())) + "</h1>");
        out.print("<p><a href=\"" + esc(base + slug + "?lang=" + current.getLanguage()) + "\">" + esc(text("history.current"))
                + "</a></p>");
        out.print("<table class=\"gdpr-policy-versions\"><thead><tr><th scope=\"col\">" + esc(text("history.version"))
                + "</th><th scope=\"col\">" + esc(text("history.date")) + "</th><th scope=\"col\">" + esc(text("history.summary"))
                + "</th><th scope=\"col\">" + esc(text("history.material")) + "</th></tr></thead><tbody>");
        for (PolicyVersion v : versions) {
            out.print("<tr><td><a href=\"" + esc(base + slug + "/versions/" + v.getNumber() + "?lang=" + v.getLanguage())
                    + "\">" + esc(text("version.number", v.getNumber())) + "</a></td><td><time datetime=\""
                    + v.getPublishedAt().atZone(ZoneId.systemDefault()).toLocalDate() + "\">" + esc(date(v)) + "</time></td><td>"
                    + esc(v.getSummary()) + "</td><td>" + esc(text(v.isMaterial() ? "history.yes" : "history.no"))
                    + "</td></tr>");
        }
        out.print("</tbody></table>");
        end(out);
    }

    void notFound(String message) throws IOException {
        PrintWriter out = start(404, text("notFound.title"), 0);
        out.print("<h1>" + esc(text("notFound.title")) + "</h1><p class=\"gdpr-not-found\">" + esc(message) + "</p>");
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
        out.print("<!DOCTYPE html><html lang=\"" + esc(locale.getLanguage()) + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title><link rel=\"stylesheet\" href=\"" + esc(request.getContextPath() + "/gdpr/gdpr.css")
                + "\"></head><body class=\"gdpr-page\"><main class=\"gdpr-main gdpr-policy-page\">");
        if (languages.size() > 1) {
            out.print("<nav class=\"gdpr-languages\" aria-label=\"" + esc(text("languages")) + "\">");
            for (String language : languages) {
                Locale other = Locale.forLanguageTag(language);
                String name = other.getDisplayLanguage(other);
                name = name.substring(0, 1).toUpperCase(other) + name.substring(1);
                out.print(language.equals(locale.getLanguage()) ? "<span aria-current=\"true\" lang=\"" + esc(language)
                        + "\">" + esc(name) + "</span> " : "<a lang=\"" + esc(language) + "\" hreflang=\"" + esc(language)
                        + "\" href=\"?lang=" + esc(language) + "\">" + esc(name) + "</a> ");
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
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(version.getPublishedAt().atZone(ZoneId.systemDefault()));
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
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
