package eu.gdprmodule.consent;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/**
 * The consent cookie's HMAC key: {@code gdpr.consent.signing-key} when configured, otherwise a
 * 256-bit key generated at first use and stored, so every server of a cluster signs and checks
 * with the same key and a restart does not make every visitor choose again.
 */
@ApplicationScoped
public class ConsentKeys {

    static final String NAME = "consent-cookie-hmac";

    @Inject
    SecretStore secrets;

    private volatile byte[] stored;

    public byte[] signingKey() {
        byte[] configured = ConsentSettings.current().signingKey();
        if (configured != null) {
            return configured;
        }
        byte[] key = stored;
        if (key == null) {
            synchronized (this) {
                key = stored;
                if (key == null) {
                    key = load();
                    stored = key;
                }
            }
        }
        return key;
    }

    private byte[] load() {
        Optional<byte[]> found = secrets.find(NAME);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return secrets.create(NAME, 32);
        } catch (EJBException | PersistenceException e) {
            // another server created it between our read and our insert: use theirs
            return secrets.find(NAME).orElseThrow(() -> e);
        }
    }
}
