package eu.gdprmodule.web.request;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.ResourceBundle;

/** The public request pages' texts: English and French shipped, {@code Requests_<lang>.properties} adds one. */
final class RequestTexts {

    private RequestTexts() {
    }

    static ResourceBundle of(String language) {
        return ResourceBundle.getBundle("eu.gdprmodule.web.request.Requests", Locale.forLanguageTag(language),
                RequestTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code ?language=} or the form's field, else the browser's first preference, else English. */
    static String language(HttpServletRequest request) {
        String asked = request.getParameter("language");
        if (asked == null || asked.isBlank()) {
            asked = request.getLocale() == null ? "en" : request.getLocale().getLanguage();
        }
        return asked.trim().toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
    }
}
