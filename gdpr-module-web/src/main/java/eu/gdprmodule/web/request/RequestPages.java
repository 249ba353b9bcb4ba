package eu.gdprmodule.web.request;

import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.ExportDelivery;
import eu.gdprmodule.request.ExportFile;
import eu.gdprmodule.request.InvalidRequest;
import eu.gdprmodule.request.Letters;
import eu.gdprmodule.request.NewRequest;
import eu.gdprmodule.request.RequestIntake;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.web.consent.ConsentHttp;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /gdpr/requests}: the public form; {@code /gdpr/requests/verify} and
 * {@code /gdpr/requests/download}: the links mailed to the person. A link's GET only shows a
 * button and its POST acts, because mail scanners open links by themselves.
 */
@WebServlet(urlPatterns = {"/gdpr/requests", "/gdpr/requests/verify", "/gdpr/requests/download"})
public class RequestPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("right", "email", "name", "details", "purpose", "contact");

    @Inject
    transient RequestIntake intake;

    @Inject
    transient ExportDelivery delivery;

    @Inject
    transient ConsentHttp http;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestPageWriter page = new RequestPageWriter(RequestTexts.language(request), request.getContextPath());
        String token = request.getParameter("token");
        switch (which(request)) {
            case "verify" -> page.confirm(response, page.text("verify.title"), page.text("verify.text"), "/gdpr/requests/verify",
                    token == null ? "" : token, page.text("verify.button"));
            case "download" -> page.confirm(response, page.text("download.title"), page.text("download.text"), "/gdpr/requests/download",
                    token == null ? "" : token, page.text("download.button"));
            default -> {
                Map<String, String> values = new HashMap<>();
                Optional.ofNullable(request.getParameter("right")).ifPresent(r -> values.put("right", r));
                page.form(response, 200, values, List.of(), null);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String language = RequestTexts.language(request);
        RequestPageWriter page = new RequestPageWriter(language, request.getContextPath());
        switch (which(request)) {
            case "verify" -> verify(request, response, page);
            case "download" -> download(request, response, page);
            default -> submit(request, response, page, language);
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, RequestPageWriter page, String language) throws IOException {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(f -> Optional.ofNullable(request.getParameter(f)).ifPresent(v -> values.put(f, v)));
        if (!http.sameOrigin(request, false)) {
            page.form(response, 403, values, List.of(), page.text("crossOrigin"));
            return;
        }
        try {
            NewRequest parsed = NewRequest.of(values.get("right"), values.get("email"), values.get("name"), values.get("details"),
                    values.get("purpose"), values.get("contact"), language);
            String site;
            try {
                site = SiteAddress.of(request);
            } catch (UnknownSiteAddress unknown) {
                page.message(response, 400, page.text("unknownSite.title"), page.text("unknownSite.text"));
                return;
            }
            RequestIntake.Receipt receipt = intake.receive(parsed, site, request.getRemoteAddr());
            if (receipt.limited()) {
                response.setHeader("Retry-After", Long.toString(receipt.retryAfter().toSeconds()));
                page.message(response, 429, page.text("limited.title"), page.text("limited.text"));
            } else {
                page.message(response, 200, page.text("received.title"),
                        page.text("received.text", Letters.linkLifetime(RequestSettings.current().verificationLifetime(), language)));
            }
        } catch (InvalidRequest invalid) {
            page.form(response, 400, values, invalid.problems(), page.text("problems"));
        }
    }

    private void verify(HttpServletRequest request, HttpServletResponse response, RequestPageWriter page) throws IOException {
        Optional<DataSubjectRequest> verified = intake.verifyByLink(request.getParameter("token"));
        if (verified.isEmpty()) {
            page.message(response, 410, page.text("badLink.title"), page.text("badLink.text"));
            return;
        }
        DataSubjectRequest r = verified.get();
        String due = r.getDeadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(RequestTexts.language(request))));
        page.message(response, 200, page.text("verified.title"), page.text("verified.text", r.getReference(), due));
    }

    private void download(HttpServletRequest request, HttpServletResponse response, RequestPageWriter page) throws IOException {
        Optional<ExportFile> file = delivery.redeem(request.getParameter("token"));
        if (file.isEmpty()) {
            page.message(response, 410, page.text("badLink.title"), page.text("badLink.text"));
            return;
        }
        byte[] content = file.get().getContent();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"personal-data.zip\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static String which(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith("/verify") ? "verify" : uri.endsWith("/download") ? "download" : "form";
    }
}
