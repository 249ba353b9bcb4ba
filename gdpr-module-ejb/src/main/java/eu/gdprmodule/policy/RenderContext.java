package eu.gdprmodule.policy;

import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.register.RegisterDocument;
import java.util.Locale;
import java.util.Objects;

/**
 * What a policy is rendered against: the register as it stands (with its controller identity),
 * the page's language, where people send requests about their rights and the cookie catalogue.
 *
 * <pre>
 * new RenderContext(snapshot.document(identity), Locale.FRENCH, "/gdpr/requests/new", catalogues.current())
 * </pre>
 *
 * @param register       the register; its controller must be set (Art. 13(1)(a) GDPR)
 * @param locale         the page's language; texts fall back to English when the language has none
 * @param requestFormUrl the request form (http, https or site-relative), or {@code null} when
 *                       requests only come by e-mail
 * @param cookies        the cookie catalogue {@code {{gdpr:cookies}}} is written from;
 *                       {@code null} counts as {@link CookieCatalogue#EMPTY}
 * @since 0.1
 */
public record RenderContext(RegisterDocument register, Locale locale, String requestFormUrl, CookieCatalogue cookies) {

    public RenderContext {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(register.controller(), "register.controller");
        locale = locale == null ? Locale.ENGLISH : locale;
        requestFormUrl = requestFormUrl == null || requestFormUrl.isBlank() ? null : requestFormUrl.strip();
        cookies = cookies == null ? CookieCatalogue.EMPTY : cookies;
    }

    /** A context without a cookie catalogue: {@code {{gdpr:cookies}}} says that no cookie is catalogued. */
    public RenderContext(RegisterDocument register, Locale locale, String requestFormUrl) {
        this(register, locale, requestFormUrl, CookieCatalogue.EMPTY);
    }
}
