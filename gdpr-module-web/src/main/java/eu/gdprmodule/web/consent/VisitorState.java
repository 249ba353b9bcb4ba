package eu.gdprmodule.web.consent;

import eu.gdprmodule.consent.ConsentChoice;
import eu.gdprmodule.consent.ConsentSettings;
import eu.gdprmodule.consent.ConsentStatus;
import eu.gdprmodule.consent.ConsentToken;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One visitor's consent as a page needs it: what holds, in which language, and whether their
 * browser sends Global Privacy Control. Written as the JSON the script reads (the same object
 * for {@code data-state} and {@code GET /gdpr/api/consents/current}).
 *
 * @param status    what their cookie says
 * @param catalogue the catalogue in force
 * @param language  the language the banner is shown in
 * @param gpc       {@code Sec-GPC: 1}
 * @param policyVersion the cookie policy version a choice now would be made under
 * @param textHash  the SHA-256 of the banner text in this language
 */
public record VisitorState(ConsentStatus status, CookieCatalogue catalogue, String language, boolean gpc, int policyVersion,
        String textHash) {

    /**
     * Looked up once: {@code Json.createObjectBuilder()} asks {@code JsonProvider.provider()}
     * each time, which scans the class path (a third of a page view's CPU in bench/page-overhead).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    public ConsentChoice choice() {
        return status.choice(catalogue);
    }

    public boolean granted(String category) {
        return status.granted(catalogue, category);
    }

    public boolean grantedService(String service) {
        return status.grantedService(catalogue, service);
    }

    /** Whether GPC keeps this category off (never an essential one). */
    public boolean gpcLocked(Category category) {
        return gpc && !category.essential() && ConsentSettings.current().gpcRefuses(category.key());
    }

    /** The cookies the visitor refused, to be expired wherever they appear (names or patterns). */
    public List<String> refusedCookies() {
        List<String> names = new ArrayList<>();
        for (Category category : catalogue.categories()) {
            if (category.essential()) {
                continue;
            }
            for (Service service : category.services()) {
                if (!grantedService(service.key())) {
                    service.cookies().stream().map(Cookie::name).filter(n -> !names.contains(n)).forEach(names::add);
                }
            }
        }
        return names;
    }

    /** Google Consent Mode v2: a type is granted when a category mapped to it is. */
    public Map<String, String> consentMode() {
        Map<String, List<String>> map = ConsentSettings.current().consentMode();
        Map<String, String> mode = new LinkedHashMap<>();
        for (String type : ConsentSettings.CONSENT_TYPES) {
            boolean granted = "security_storage".equals(type) || map.entrySet().stream()
                    .anyMatch(e -> e.getValue().contains(type) && granted(e.getKey()));
            mode.put(type, granted ? "granted" : "denied");
        }
        return mode;
    }

    public JsonObjectBuilder json() {
        ConsentToken token = status.decided() ? status.token().orElse(null) : null;
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("decided", status.decided())
                .add("reconsent", status.reconsent());
        if (token != null) {
            json.add("consentId", token.consentId()).add("givenAt", token.givenAt().toString());
        } else {
            json.addNull("consentId").addNull("givenAt");
        }
        json.add("policyVersion", token != null ? token.policyVersion() : policyVersion)
                .add("gpc", gpc).add("language", language).add("textHash", textHash);
        JsonObjectBuilder categories = JSON.createObjectBuilder();
        catalogue.categories().forEach(c -> categories.add(c.key(), granted(c.key())));
        JsonObjectBuilder services = JSON.createObjectBuilder();
        catalogue.services().forEach(s -> services.add(s.key(), grantedService(s.key())));
        JsonObjectBuilder mode = JSON.createObjectBuilder();
        consentMode().forEach(mode::add);
        JsonArrayBuilder expire = JSON.createArrayBuilder();
        refusedCookies().forEach(expire::add);
        return json.add("categories", categories).add("services", services).add("consentMode", mode).add("expire", expire);
    }
}
