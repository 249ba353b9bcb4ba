package eu.gdprmodule.web.policy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The languages a visitor asked for, in order: an explicit {@code ?lang=} (a link from a
 * language switch) first, then the browser's Accept-Language.
 */
final class PolicyLanguage {

    private PolicyLanguage() {
    }

    static List<Locale> preferred(HttpServletRequest request) {
        List<Locale> preferred = new ArrayList<>();
        String asked = request.getParameter("lang");
        if (asked != null && asked.matches("[a-zA-Z]{2,3}")) {
            preferred.add(Locale.forLanguageTag(asked.toLowerCase(Locale.ROOT)));
        }
        if (request.getHeader("Accept-Language") != null) {
            preferred.addAll(Collections.list(request.getLocales()));
        }
        return preferred;
    }
}
