package eu.gdprmodule.consent;

import java.time.Instant;

/**
 * A search of consent proofs; {@code null} fields do not restrict.
 *
 * @param consentId the visitor's consent id
 * @param from      given at or after
 * @param to        given before
 * @param method    how it was given
 */
public record ProofQuery(String consentId, Instant from, Instant to, ConsentMethod method) {

    public static final ProofQuery ALL = new ProofQuery(null, null, null, null);

    public ProofQuery {
        consentId = consentId == null || consentId.isBlank() ? null : consentId.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
