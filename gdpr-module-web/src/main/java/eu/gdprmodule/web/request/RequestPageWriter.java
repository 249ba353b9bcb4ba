package eu.gdprmodule.web.request;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.request.NewRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jsoup.nodes.Entities;

/**
 * The public request pages as plain HTML: no script at all (the policy forbids it), so they work
 * in every browser and with assistive technology; each error sits next to its field and is
 * linked to it with {@code aria-describedby}.
 */
final class RequestPageWriter {

    private final ResourceBundle t;
    private final String language;
    private final String context;

    RequestPageWriter(String language, String context) {
        this.language = language;
        this.context = context;
        this.t = RequestTexts.of(language);
    }

    String text(String key, Object... args) {
        return args.length == 0 ? t.getString(key) : new MessageFormat(t.getString(key), java.util.Locale.forLanguageTag(language)).format(args);
    }

    void form(HttpServletResponse response, int status, Map<String, String> values, List<NewRequest.Problem> problems, String error)
            throws IOException {
        PrintWriter out = start(response, status, text("title"));
        out.append("<p>").append(esc(text("intro"))).append("</p>");
        if (error != null) {
            out.append("<p class=\"gdpr-error\" role=\"alert\">").append(esc(error)).append("</p>");
        }
        out.append("<form method=\"post\" action=\"").append(esc(context)).append("/gdpr/requests\" novalidate>")
                .append("<input type=\"hidden\" name=\"language\" value=\"").append(language).append("\">");
        out.append("<p><label for=\"gdpr-right\">").append(esc(text("field.right"))).append("</label><br><select id=\"gdpr-right\" name=\"right\"")
                .append(described("right", problems)).append('>');
        for (DataSubjectRight right : DataSubjectRight.values()) {
            out.append("<option value=\"").append(right.wire()).append('"')
                    .append(right.wire().equals(values.get("right")) ? " selected" : "").append('>')
                    .append(esc(text("right." + right.wire()))).append("</option>");
        }
        out.append("</select>");
        problem(out, "right", problems);
        field(out, "email", "email", values, problems, null);
        field(out, "name", "text", values, problems, null);
        field(out, "purpose", "text", values, problems, "field.purpose.help");
        out.append("<p><label for=\"gdpr-details\">").append(esc(text("field.details"))).append("</label><br><small id=\"gdpr-details-help\">")
                .append(esc(text("field.details.help"))).append("</small><br><textarea id=\"gdpr-details\" name=\"details\" rows=\"6\" cols=\"60\"")
                .append(described("details", problems)).append('>').append(esc(values.getOrDefault("details", ""))).append("</textarea>");
        problem(out, "details", problems);
        field(out, "contact", "text", values, problems, null);
        out.append("<p><button type=\"submit\">").append(esc(text("submit"))).append("</button></p></form>");
        end(out);
    }

    void message(HttpServletResponse response, int status, String title, String text) throws IOException {
        PrintWriter out = start(response, status, title);
        out.append("<p role=\"status\">").append(esc(text)).append("</p>");
        end(out);
    }

    /** A page whose only content is a confirmation button: a link that a mail scanner opens must not act by itself. */
    void confirm(HttpServletResponse response, String title, String text, String action, String token, String button) throws IOException {
        PrintWriter out = start(response, 200, title);
        out.append("<p>").append(esc(text)).append("</p><form method=\"post\" action=\"").append(esc(context)).append(action)
                .append("\"><input type=\"hidden\" name=\"token\" value=\"").append(esc(token)).append("\">")
                .append("<input type=\"hidden\" name=\"language\" value=\"").append(language).append("\">")
                .append("<button type=\"submit\">").append(esc(button)).append("</button></form>");
        end(out);
    }

    private PrintWriter start(HttpServletResponse response, int status, String title) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "script-src 'none'; frame-ancestors 'self'; form-action 'self'");
        // A link's token must not leak to another site; same-origin (not no-referrer) keeps the
        // Origin header on the page's own form posts, which the cross-site check reads.
        response.setHeader("Referrer-Policy", "same-origin");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html lang=\"").append(language).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(esc(title))
                .append("</title><link rel=\"stylesheet\" href=\"").append(esc(context)).append("/gdpr/gdpr.css\"></head>")
                .append("<body class=\"gdpr-request-page\"><main><h1>").append(esc(title)).append("</h1>");
        return out;
    }

    private static void end(PrintWriter out) {
        out.append("</main></body></html>");
    }

    private void field(PrintWriter out, String name, String type, Map<String, String> values, List<NewRequest.Problem> problems, String help) {
        out.append("<p><label for=\"gdpr-").append(name).append("\">").append(esc(text("field." + name))).append("</label><br>");
        if (help != null) {
            out.append("<small id=\"gdpr-").append(name).append("-help\">").append(esc(text(help))).append("</small><br>");
        }
        out.append("<input id=\"gdpr-").append(name).append("\" name=\"").append(name).append("\" type=\"").append(type)
                .append("\" value=\"").append(esc(values.getOrDefault(name, ""))).append('"').append(described(name, problems))
                .append(name.equals("email") ? " required autocomplete=\"email\"" : "").append('>');
        problem(out, name, problems);
    }

    private static String described(String field, List<NewRequest.Problem> problems) {
        boolean wrong = problems.stream().anyMatch(p -> p.field().equals(field));
        return wrong ? " aria-invalid=\"true\" aria-describedby=\"gdpr-" + field + "-error\"" : "";
    }

    private static void problem(PrintWriter out, String field, List<NewRequest.Problem> problems) {
        problems.stream().filter(p -> p.field().equals(field)).findFirst().ifPresent(p -> out.append("<br><span class=\"gdpr-error\" id=\"gdpr-")
                .append(field).append("-error\">").append(esc(p.message())).append("</span>"));
        out.append("</p>");
    }

    static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
