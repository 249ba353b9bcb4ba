package eu.gdprmodule.consent;

import java.util.Optional;

/**
 * What a visitor's consent cookie says once checked.
 *
 * @param token     the genuine choice, if the cookie holds one (also when it no longer holds)
 * @param decided   the choice holds: genuine, younger than {@code gdpr.consent.max-age}, and not
 *                  older than the last material version of the cookie policy
 * @param reconsent the visitor chose once but must choose again (expired or policy changed)
 */
public record ConsentStatus(Optional<ConsentToken> token, boolean decided, boolean reconsent) {

    public static final ConsentStatus UNDECIDED = new ConsentStatus(Optional.empty(), false, false);

    /** What holds now: the choice when decided, else essential only. */
    public ConsentChoice choice(CookieCatalogue catalogue) {
        return decided ? token.get().choice() : ConsentChoice.essentialOnly(catalogue);
    }

    public boolean granted(CookieCatalogue catalogue, String category) {
        return catalogue.category(category).map(c -> c.essential() || decided && token.get().choice().allows(category)).orElse(false);
    }

    public boolean grantedService(CookieCatalogue catalogue, String service) {
        return catalogue.categoryOf(service).map(c -> c.essential()
                || decided && token.get().choice().allows(c.key()) && token.get().choice().allowsService(service)).orElse(false);
    }
}
