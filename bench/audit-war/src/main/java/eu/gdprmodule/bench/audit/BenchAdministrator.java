package eu.gdprmodule.bench.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bench's one user, signed in with HTTP Basic: {@value #USER}, in the group
 * {@code gdpr-admin} (mapped to the console role of that name in payara-web.xml). Its password
 * is {@code bench.admin.password} (a system property or the environment variable
 * {@code BENCH_ADMIN_PASSWORD}); bench/audit makes a random one for each run. Without one,
 * nobody signs in.
 *
 * <p>A bench fixture only, as in the module's own integration tests: never a way to sign in to
 * a real host.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "gdpr-audit-bench")
public class BenchAdministrator implements IdentityStore {

    public static final String USER = "bench-admin";
    private static final String GROUP = "gdpr-admin";

    /** Called by IdentityStore's default validate(Credential) for a user name and password. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String expected = ConfigProvider.getConfig().getOptionalValue("bench.admin.password", String.class)
                .orElse("");
        if (expected.isEmpty() || !USER.equals(credential.getCaller())
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(USER, Set.of(GROUP));
    }
}
