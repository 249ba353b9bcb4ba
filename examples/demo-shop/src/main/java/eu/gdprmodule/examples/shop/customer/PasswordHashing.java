package eu.gdprmodule.examples.shop.customer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Passwords are kept only as PBKDF2 hashes from the container's {@link Pbkdf2PasswordHash}
 * (Art. 32 GDPR, security of processing). HMAC-SHA-512 with 210,000 iterations is OWASP's
 * recommendation for PBKDF2; each stored hash names its own parameters, so raising them later
 * does not lock anyone out.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified when the e-mail is unknown, so a wrong address costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("not a password anyone has".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the time of one verification and answers {@code false}: signing in with an unknown
     * address must not be measurably faster than with a wrong password, or the timing would tell
     * who has an account here.
     */
    public boolean matchesNobody(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
