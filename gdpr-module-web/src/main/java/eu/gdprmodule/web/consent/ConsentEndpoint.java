package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The banner without JavaScript. {@code POST /gdpr/consent} records the choice the form's button
 * names and answers 303 back to the page it came from; {@code GET /gdpr/consent/preferences} is
 * the preference centre as a page of its own, what "Customise" and "Cookie settings" open when no
 * script runs.
 */
@WebServlet(urlPatterns = {"/gdpr/consent", "/gdpr/consent/preferences"})
public class ConsentEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsentHttp http;

    @Inject
    transient ChoiceRecorder recorder;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        String language = request.getParameter("language");
        String back = ConsentHttp.safeReturn(request, request.getParameter("return"));
        if (!http.sameOrigin(request, false)) {
            error(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossOrigin", back);
            return;
        }
        if (request.getRequestURI().endsWith("/preferences")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        try {
            recorder.record(request, response, request.getParameter("action"), values(request, "category"),
                    values(request, "service"), language, request.getParameter("text"));
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(request, response, http.state(request, language), e.getMessage(), back);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back);
        response.setHeader("Cache-Control", "no-store");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().endsWith("/preferences")) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String back = ConsentHttp.safeReturn(request, request.getParameter("return"));
        page(request, response, http.state(request), null, back);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, VisitorState state, String error, String back)
            throws IOException {
        ResourceBundle t = ConsentLanguage.texts(state.language());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "script-src 'none'; frame-ancestors 'self'");
        String context = request.getContextPath();
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html lang=\"").append(state.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(t.getString("preferences.page.title"))).append("</title><link rel=\"stylesheet\" href=\"")
                .append(escape(context)).append("/gdpr/consent.css\"></head><body class=\"gdpr-consent-page\"><main>");
        if (error != null) {
            out.append("<p class=\"gdpr-error\" role=\"alert\">").append(escape(error)).append("</p>");
        }
        state.status().token().filter(x -> state.status().decided()).ifPresent(token -> out.append("<p class=\"gdpr-consent-id\">")
                .append(escape(java.text.MessageFormat.format(t.getString("preferences.consentId"), token.consentId(),
                        token.givenAt().toString()))).append("</p>"));
        out.append(new BannerMarkup(context, state, back).preferencesPage());
        out.append("<p><a href=\"").append(escape(back)).append("\">").append(escape(t.getString("preferences.page.back")))
                .append("</a></p></main></body></html>");
    }

    private void error(HttpServletRequest request, HttpServletResponse response, int status, String key, String back)
            throws IOException {
        VisitorState state = http.state(request, request.getParameter("language"));
        response.setStatus(status);
        page(request, response, state, ConsentLanguage.texts(state.language()).getString(key), back);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
