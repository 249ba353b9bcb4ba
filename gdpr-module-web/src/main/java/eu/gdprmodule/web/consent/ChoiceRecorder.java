package eu.gdprmodule.web.consent;

import eu.gdprmodule.consent.BannerText;
import eu.gdprmodule.consent.ConsentStatus;
import eu.gdprmodule.consent.ConsentToken;
import eu.gdprmodule.consent.Consents;
import eu.gdprmodule.consent.CookieCatalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Optional;

/**
 * Records a visitor's choice from either door (the no-JavaScript form and the JSON API): the proof
 * first, then the cookie, then the refused cookies expired. The banner text in the proof is the
 * one the visitor's page showed when this server knows it, else the current one in their language.
 */
@ApplicationScoped
public class ChoiceRecorder {

    @Inject
    ConsentHttp http;

    @Inject
    Consents consents;

    @Inject
    CookieCatalogues catalogues;

    @Inject
    BannerTexts texts;

    /**
     * @return the visitor's state after the choice
     * @throws IllegalArgumentException for an unknown action (a 400)
     */
    public VisitorState record(HttpServletRequest request, HttpServletResponse response, String action,
            Collection<String> categories, Collection<String> services, String language, String textHash) {
        VisitorState before = http.state(request, language);
        BannerText text = texts.known(textHash).filter(t -> t.language().equals(before.language()))
                .orElseGet(() -> texts.of(before.language(), before.policyVersion(), before.catalogue()));
        ConsentToken token = consents.choose(action, categories, services, before.status(), before.gpc(), text,
                Consents.truncate(request.getRemoteAddr()), request.getHeader("User-Agent"));
        http.writeCookie(request, response, token);
        VisitorState after = new VisitorState(new ConsentStatus(Optional.of(token), true, false), catalogues.current(),
                before.language(), before.gpc(), before.policyVersion(), before.textHash());
        http.expireRefused(request, response, after);
        http.forget(request);
        return after;
    }
}
