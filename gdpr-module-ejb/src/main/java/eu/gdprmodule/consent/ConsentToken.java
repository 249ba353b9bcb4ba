package eu.gdprmodule.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * What the consent cookie carries: enough to honour the choice on every page without asking
 * the database, and to find its proof ({@code consentId}) when the visitor or an authority asks.
 *
 * @param consentId     the visitor's consent id, kept across their later choices
 * @param policyVersion the cookie policy version in force when they chose
 * @param givenAt       when they chose (to the second)
 * @param choice        what they allowed
 */
public record ConsentToken(String consentId, int policyVersion, Instant givenAt, ConsentChoice choice) {

    public ConsentToken {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(choice, "choice");
    }
}
