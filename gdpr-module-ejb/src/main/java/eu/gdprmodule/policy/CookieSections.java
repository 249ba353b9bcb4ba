package eu.gdprmodule.policy;

import static eu.gdprmodule.policy.ControllerSections.present;
import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import eu.gdprmodule.consent.Lifetimes;
import eu.gdprmodule.consent.LocalText;
import java.util.Locale;

/**
 * The cookie table, written from the cookie catalogue the banner also reads, so the policy and
 * the preference centre cannot say different things (Art. 5(3) ePrivacy Directive, art. 82
 * French Data Protection Act): per category, what it is for and whether it needs consent, its
 * services with their provider, then each cookie's name, service, purpose and lifetime.
 */
final class CookieSections {

    private static final String WEB_ADDRESS = "(?i)^https?://\\S+$";

    private CookieSections() {
    }

    static String cookies(CookieCatalogue catalogue, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.COOKIES));
        if (catalogue == null || catalogue.categories().isEmpty()) {
            html.append("<p>").append(t.text("cookies.none")).append("</p>\n");
            return html.append(t.close()).toString();
        }
        String language = language(t.locale());
        for (Category category : catalogue.categories()) {
            html.append("<h3>").append(escape(in(category.name(), language))).append("</h3>\n");
            if (!in(category.description(), language).isBlank()) {
                html.append("<p>").append(escape(in(category.description(), language))).append("</p>\n");
            }
            // Whether consent is needed is what a visitor most wants to know of a category.
            html.append("<p><strong>").append(t.text("cookies.consent")).append("</strong> ")
                    .append(t.text(category.essential() ? "cookies.consent.no" : "cookies.consent.yes")).append("</p>\n");
            if (!category.services().isEmpty()) {
                html.append("<p>").append(t.text("cookies.services")).append("</p>\n<ul>\n");
                category.services().forEach(s -> html.append("<li>").append(service(s, language, t)).append("</li>\n"));
                html.append("</ul>\n");
            }
            html.append(table(category, language, t));
        }
        return html.append(t.close()).toString();
    }

    /** "<strong>Matomo</strong> (InnoCraft): what it is for – <a>privacy policy</a>". */
    private static String service(Service s, String language, SectionText t) {
        StringBuilder html = new StringBuilder("<strong>").append(escape(s.name())).append("</strong>");
        if (present(s.provider()) && !s.provider().equalsIgnoreCase(s.name())) {
            html.append(" (").append(escape(s.provider())).append(")");
        }
        String purpose = in(s.purpose(), language);
        if (!purpose.isBlank()) {
            html.append(t.text("colon")).append(escape(purpose));
        }
        if (present(s.privacyUrl()) && s.privacyUrl().strip().matches(WEB_ADDRESS)) {
            html.append(" – <a href=\"").append(escape(s.privacyUrl().strip())).append("\">")
                    .append(t.text("cookies.privacy")).append("</a>");
        }
        return html.toString();
    }

    private static String table(Category category, String language, SectionText t) {
        if (category.services().stream().allMatch(s -> s.cookies().isEmpty())) {
            return "<p>" + t.text("cookies.category.empty") + "</p>\n";
        }
        StringBuilder html = new StringBuilder("<table class=\"gdpr-cookies\">\n<thead>\n<tr>");
        for (String column : new String[] {"name", "service", "purpose", "lifetime"}) {
            html.append("<th scope=\"col\">").append(t.text("cookies.column." + column)).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        boolean patterns = false;
        for (Service s : category.services()) {
            for (Cookie c : s.cookies()) {
                patterns |= c.name() != null && c.name().contains("*");
                html.append("<tr><td><code>").append(escape(c.name())).append("</code></td><td>")
                        .append(escape(s.name()));
                if (present(s.provider()) && !s.provider().equalsIgnoreCase(s.name())) {
                    html.append(" (").append(escape(s.provider())).append(")");
                }
                html.append("</td><td>").append(escape(in(c.purpose(), language))).append("</td><td>")
                        .append(escape(Lifetimes.words(c.lifetime(), language))).append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n");
        if (patterns) {
            html.append("<p>").append(t.text("cookies.pattern")).append("</p>\n");
        }
        return html.toString();
    }

    private static String in(LocalText text, String language) {
        return text == null ? "" : text.in(language);
    }

    private static String language(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }
}
