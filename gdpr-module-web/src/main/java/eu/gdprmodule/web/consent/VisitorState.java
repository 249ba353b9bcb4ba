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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One visitor's consent as a page needs it: what holds, in which language, and whether their
 * browser sends Global Privacy Control. Written as the JSON the script reads (the same object
 * for {@code data-state} and {@code GET /gdpr/api/consents/current}).
 *
 * <p>Not a record: it keeps what it derived. A state may serve several requests at once (see
 * {@link ConsentHttp}); what it keeps is immutable, so a race only derives it twice.
 */
public final class VisitorState {

    private final ConsentStatus status;
    private final CookieCatalogue catalogue;
    private final String language;
    private final boolean gpc;
    private final int policyVersion;
    private final String textHash;
    /** What follows from the choice, once per state: a page's components ask several times. */
    private Derived derived;
    private Grants grants;
    private String attribute;

    /**
     * @param status    what their cookie says
     * @param catalogue the catalogue in force
     * @param language  the language the banner is shown in
     * @param gpc       {@code Sec-GPC: 1}
     * @param policyVersion the cookie policy version a choice now would be made under
     * @param textHash  the SHA-256 of the banner text in this language
     */
    public VisitorState(ConsentStatus status, CookieCatalogue catalogue, String language, boolean gpc, int policyVersion,
            String textHash) {
        this.status = status;
        this.catalogue = catalogue;
        this.language = language;
        this.gpc = gpc;
        this.policyVersion = policyVersion;
        this.textHash = textHash;
    }

    public ConsentStatus status() {
        return status;
    }

    public CookieCatalogue catalogue() {
        return catalogue;
    }

    public String language() {
        return language;
    }

    public boolean gpc() {
        return gpc;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public String textHash() {
        return textHash;
    }

    /**
     * Looked up once: {@code Json.createObjectBuilder()} asks {@code JsonProvider.provider()}
     * each time, which scans the class path (a third of a page view's CPU in bench/page-overhead).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    public ConsentChoice choice() {
        return status.choice(catalogue);
    }

    /**
     * From the grants derived once per state (a state is shared by the page views of a second),
     * also for a visitor yet to choose: asking the catalogue each time showed in bench/page-overhead.
     */
    public boolean granted(String category) {
        return Boolean.TRUE.equals(grants().categories().get(category));
    }

    public boolean grantedService(String service) {
        return Boolean.TRUE.equals(grants().services().get(service));
    }

    /** Whether GPC keeps this category off (never an essential one). */
    public boolean gpcLocked(Category category) {
        return gpc && !category.essential() && ConsentSettings.current().gpcRefuses(category.key());
    }

    /** The cookies the visitor refused, to be expired wherever they appear (names or patterns). */
    public List<String> refusedCookies() {
        return derived().refused();
    }

    /** Whether a cookie the browser sent is one the visitor refused (by name or pattern). */
    public boolean refusesCookie(String name) {
        Derived d = derived();
        if (d.refusedNames().contains(name)) {
            return true;
        }
        if (d.refusedPatterns().isEmpty()) {
            return false;
        }
        // the same few names come back with every page view: each is matched against the patterns once
        Boolean known = d.verdicts().get(name);
        if (known != null) {
            return known;
        }
        boolean refused = false;
        for (Cookie pattern : d.refusedPatterns()) {
            refused |= pattern.matches(name);
        }
        if (d.verdicts().size() < MAX_VERDICTS) { // names come from browsers: any can be sent
            d.verdicts().put(name, refused);
        }
        return refused;
    }

    private static final int MAX_VERDICTS = 1_000;

    private List<String> computeRefused() {
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
        return List.copyOf(names);
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
        ConsentToken token = token();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("decided", status.decided())
                .add("reconsent", status.reconsent());
        if (token != null) {
            json.add("consentId", token.consentId()).add("givenAt", token.givenAt().toString());
        } else {
            json.addNull("consentId").addNull("givenAt");
        }
        json.add("policyVersion", token != null ? token.policyVersion() : policyVersion);
        return choiceJson(json, refusedCookies());
    }

    /**
     * {@link #json()} as text for a single-quoted HTML attribute ({@code data-state='...'}: JSON's
     * double quotes stay as they are, half the bytes of {@code &quot;}). Only its head is the
     * visitor's own (consent id, when given); the rest, most of it, depends on their choice alone
     * and is built and escaped once per choice.
     */
    public String attributeJson() {
        String made = attribute;
        if (made == null) {
            made = makeAttributeJson();
            attribute = made; // a state is shared by the page views of one cookie (ConsentHttp): made once
        }
        return made;
    }

    private String makeAttributeJson() {
        ConsentToken token = token();
        StringBuilder out = new StringBuilder(768).append("{\"decided\":").append(status.decided())
                .append(",\"reconsent\":").append(status.reconsent());
        if (token != null) {
            // a decoded cookie's id is a UUID and its time an ISO instant: nothing to escape
            out.append(",\"consentId\":\"").append(token.consentId()).append("\",\"givenAt\":\"").append(token.givenAt()).append('"');
        } else {
            out.append(",\"consentId\":null,\"givenAt\":null");
        }
        return out.append(",\"policyVersion\":").append(token != null ? token.policyVersion() : policyVersion).append(',')
                .append(derived().attributeJson()).toString();
    }

    /** Escapes text for a single-quoted attribute. */
    static String singleQuoted(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;");
    }

    private ConsentToken token() {
        return status.decided() ? status.token().orElse(null) : null;
    }

    private JsonObjectBuilder choiceJson(JsonObjectBuilder json, List<String> refused) {
        json.add("gpc", gpc).add("language", language).add("textHash", textHash);
        JsonObjectBuilder categories = JSON.createObjectBuilder();
        catalogue.categories().forEach(c -> categories.add(c.key(), granted(c.key())));
        JsonObjectBuilder services = JSON.createObjectBuilder();
        catalogue.services().forEach(s -> services.add(s.key(), grantedService(s.key())));
        JsonObjectBuilder mode = JSON.createObjectBuilder();
        consentMode().forEach(mode::add);
        JsonArrayBuilder expire = JSON.createArrayBuilder();
        refused.forEach(expire::add);
        return json.add("categories", categories).add("services", services).add("consentMode", mode).add("expire", expire);
    }

    /**
     * What follows from a choice: the same for every visitor who made it, in the same language,
     * under the same catalogue and settings (by identity: read again, they are new objects).
     */
    private record Derived(CookieCatalogue catalogue, ConsentSettings settings, List<String> refused, String attributeJson,
            Set<String> refusedNames, List<Cookie> refusedPatterns, Grants grants, Map<String, Boolean> verdicts) {
    }

    /** What the visitor allowed, by category and by service key (unknown keys: absent). */
    private record Grants(Map<String, Boolean> categories, Map<String, Boolean> services) {
    }

    private Grants grants() {
        Grants g = grants;
        return g != null ? g : derived().grants();
    }

    private record DerivedKey(ConsentChoice choice, boolean gpc, String language, String textHash) {
    }

    /** Keys come from signed cookies and the server's own texts; the bound only guards against a catalogue with very many combinations. */
    private static final Map<DerivedKey, Derived> DERIVED = new ConcurrentHashMap<>();
    private static final int MAX_DERIVED = 10_000;

    private Derived derived() {
        Derived mine = derived;
        if (mine != null) {
            return mine;
        }
        ConsentSettings settings = ConsentSettings.current();
        DerivedKey key = new DerivedKey(choice(), gpc, language, textHash);
        Derived derived = DERIVED.get(key);
        if (derived == null || derived.catalogue() != catalogue || derived.settings() != settings) {
            Map<String, Boolean> categories = new HashMap<>();
            catalogue.categories().forEach(c -> categories.put(c.key(), status.granted(catalogue, c.key())));
            Map<String, Boolean> services = new HashMap<>();
            catalogue.services().forEach(v -> services.put(v.key(), status.grantedService(catalogue, v.key())));
            grants = new Grants(Map.copyOf(categories), Map.copyOf(services)); // what the rest reads
            List<String> refused = computeRefused();
            // the choice's part of json(): its text after the opening brace
            String tail = choiceJson(JSON.createObjectBuilder(), refused).build().toString().substring(1);
            Set<String> names = new HashSet<>();
            List<Cookie> patterns = new ArrayList<>();
            for (String name : refused) {
                if (name.contains("*")) {
                    patterns.add(new Cookie(name, null, "session"));
                } else {
                    names.add(name);
                }
            }
            derived = new Derived(catalogue, settings, refused, singleQuoted(tail), Set.copyOf(names), List.copyOf(patterns),
                    grants, new ConcurrentHashMap<>());
            if (DERIVED.size() >= MAX_DERIVED) {
                DERIVED.clear();
            }
            DERIVED.put(key, derived);
        }
        this.derived = derived;
        this.grants = derived.grants();
        return derived;
    }
}
