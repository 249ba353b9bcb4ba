package eu.gdprmodule.consent;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cookie consent's rules in one place: when a cookie's choice holds, and what a visitor's
 * action records. Checking a choice reads only caches; recording one writes its proof first.
 */
@ApplicationScoped
public class Consents {

    @Inject
    ConsentKeys keys;

    @Inject
    CookieCatalogues catalogues;

    @Inject
    CookiePolicy policyVersions;

    @Inject
    ConsentStore store;

    @Inject
    ProofWriter proofs;

    private final Set<String> storedTexts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Clock clock = Clock.systemUTC();

    /** What a consent cookie's value says now ({@code null}: no cookie). */
    public ConsentStatus status(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty()) {
            return ConsentStatus.UNDECIDED;
        }
        Optional<ConsentToken> token = ConsentCookie.decode(cookieValue, keys.signingKey());
        if (token.isEmpty()) {
            return ConsentStatus.UNDECIDED;
        }
        return status(token.get(), clock.instant(), ConsentSettings.current().maxAge(), policyVersions.lastMaterialChange());
    }

    /**
     * Whether a genuine choice still holds: younger than the configured maximum age (CNIL: ask
     * again after about six months), given after the cookie policy's last material change, and
     * not dated in the future beyond five minutes of clock skew. A choice that no longer holds
     * asks for a new one ({@link ConsentStatus#reconsent()}) and keeps its token, so the next
     * choice keeps the visitor's consent id.
     */
    static ConsentStatus status(ConsentToken token, Instant now, Period maxAge, Instant lastMaterialChange) {
        Instant given = token.givenAt();
        boolean expired = given.atOffset(ZoneOffset.UTC).plus(maxAge).toInstant().isBefore(now);
        // a policy published in the same second as the choice was not what the visitor read
        boolean outdated = !given.isAfter(lastMaterialChange.truncatedTo(ChronoUnit.SECONDS));
        boolean future = given.isAfter(now.plusSeconds(300));
        boolean holds = !expired && !outdated && !future;
        return new ConsentStatus(Optional.of(token), holds, !holds);
    }

    /**
     * Records a visitor's action and returns the choice to put in their cookie.
     *
     * @param action     accept-all, reject-all, custom, close or grant
     * @param categories the categories listed (custom, grant)
     * @param services   the services listed (custom, grant)
     * @param previous   what their cookie said before
     * @param gpc        whether the browser sent {@code Sec-GPC: 1}
     * @param text       what they were shown
     * @throws IllegalArgumentException for an unknown action
     */
    public ConsentToken choose(String action, Collection<String> categories, Collection<String> services, ConsentStatus previous,
            boolean gpc, BannerText text, String ipPrefix, String userAgent) {
        CookieCatalogue catalogue = catalogues.current();
        ConsentSettings settings = ConsentSettings.current();
        Decision decision = decide(action, categories, services, previous, gpc, catalogue, settings);
        ConsentChoice choice = decision.choice();
        ConsentMethod method = decision.method();
        Instant now = clock.instant();
        String consentId = previous.token().map(ConsentToken::consentId).orElseGet(() -> ConsentIds.next(now));
        ConsentToken token = new ConsentToken(consentId, text.policyVersion(), now.truncatedTo(ChronoUnit.SECONDS), choice);
        if (!storedTexts.contains(text.hash())) {
            try {
                store.storeText(text, clock.instant());
            } catch (RuntimeException e) {
                // another server stored it at the same moment; the proof below needs it to exist
                store.text(text.hash()).orElseThrow(() -> e);
            }
            storedTexts.add(text.hash());
        }
        ConsentChoice granted = choice;
        Set<String> refused = catalogue.categories().stream().map(Category::key).filter(k -> !granted.allows(k))
                .collect(Collectors.toSet());
        proofs.record(new ConsentRecord(ConsentIds.next(now), token, now, text.language(), text.hash(), method, gpc, ipPrefix,
                userAgent), new PendingConsent(token, method, gpc, refused));
        return token;
    }

    /** What a visitor's action makes of their previous choice, and how the proof names it. */
    record Decision(ConsentChoice choice, ConsentMethod method) {
    }

    /**
     * The choice an action records and its method; taking back anything an earlier choice that
     * still held allowed is a withdrawal (Art. 7(3) GDPR), except under Global Privacy Control.
     *
     * @throws IllegalArgumentException for an unknown action
     */
    static Decision decide(String action, Collection<String> categories, Collection<String> services, ConsentStatus previous,
            boolean gpc, CookieCatalogue catalogue, ConsentSettings settings) {
        ConsentChoice before = previous.choice(catalogue);
        ConsentChoice choice;
        ConsentMethod method;
        switch (action == null ? "" : action) {
            case "accept-all" -> {
                choice = ConsentChoice.all(catalogue);
                method = ConsentMethod.ACCEPT_ALL;
            }
            case "reject-all" -> {
                choice = ConsentChoice.essentialOnly(catalogue);
                method = ConsentMethod.REJECT_ALL;
            }
            case "close" -> {
                // closing without choosing refuses (CNIL § 33), but does not take back an earlier choice
                choice = previous.decided() ? before : ConsentChoice.essentialOnly(catalogue);
                method = ConsentMethod.CLOSED;
            }
            case "custom" -> {
                choice = ConsentChoice.custom(catalogue, categories, services);
                method = ConsentMethod.CUSTOM;
            }
            case "grant" -> {
                choice = before.plus(catalogue, categories, services);
                method = ConsentMethod.CUSTOM;
            }
            case "gpc" -> {
                choice = ConsentChoice.essentialOnly(catalogue);
                method = ConsentMethod.GPC;
            }
            default -> throw new IllegalArgumentException("'" + action
                    + "' is not a consent action; send accept-all, reject-all, custom, close or grant.");
        }
        if (gpc) {
            choice = choice.without(catalogue, settings);
        }
        if (previous.decided() && method != ConsentMethod.GPC && choice.withdraws(before)) {
            method = ConsentMethod.WITHDRAWAL;
        }
        return new Decision(choice, method);
    }

    /** The cookie value for a recorded choice. */
    public String cookieValue(ConsentToken token) {
        return ConsentCookie.encode(token, keys.signingKey());
    }

    /** Whether a Global Privacy Control signal alone refuses every category the visitor could choose. */
    public boolean gpcRefusesAll(CookieCatalogue catalogue) {
        ConsentSettings settings = ConsentSettings.current();
        return catalogue.optional().stream().allMatch(c -> settings.gpcRefuses(c.key()));
    }

    /** The truncated IP address kept in a proof: IPv4 /24, IPv6 /48 (CNIL: the full address is not needed as proof). */
    public static String truncate(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        if (address.contains(":")) {
            String[] groups = address.split(":", -1);
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < Math.min(3, groups.length); i++) {
                prefix.append(groups[i].isEmpty() ? "0" : groups[i]).append(':');
            }
            return prefix + ":/48";
        }
        int last = address.lastIndexOf('.');
        return last < 0 ? null : address.substring(0, last) + ".0/24";
    }
}
