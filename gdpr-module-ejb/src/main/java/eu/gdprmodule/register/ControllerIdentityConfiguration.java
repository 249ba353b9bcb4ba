package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The controller identity in force: the one an administrator saved in the console
 * ({@link ControllerIdentitySettings}) or, until then, the one in MicroProfile Config
 * ({@code gdpr.controller.*}). It says what is missing or wrong, so an operator learns it from
 * the readiness check and the API rather than from a privacy notice that names nobody
 * (Art. 13(1)(a) GDPR requires the name).
 */
@ApplicationScoped
public class ControllerIdentityConfiguration {

    static final String NAME = "gdpr.controller.name";
    static final String ADDRESS = "gdpr.controller.address";
    static final String EMAIL = "gdpr.controller.email";
    static final String REPRESENTATIVE = "gdpr.controller.legal-representative";
    static final String DPO_NAME = "gdpr.controller.dpo.name";
    static final String DPO_EMAIL = "gdpr.controller.dpo.email";
    static final String AUTHORITY_NAME = "gdpr.controller.authority.name";
    static final String AUTHORITY_ADDRESS = "gdpr.controller.authority.address";
    static final String AUTHORITY_WEBSITE = "gdpr.controller.authority.website";

    // Deliberately loose: one @, something on each side, a dot in the domain. Mail delivery is
    // the real check; this only catches typos such as a missing domain.
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Supplier<Config> config;

    /** Absent in unit tests, which check the configuration alone. */
    @Inject
    ControllerIdentitySettings settings;

    /** Reads the module's configuration on every call, never a Config captured early (see ModuleConfig). */
    public ControllerIdentityConfiguration() {
        this(ModuleConfig::get);
    }

    ControllerIdentityConfiguration(Config config) {
        this(() -> config);
    }

    private ControllerIdentityConfiguration(Supplier<Config> config) {
        this.config = config;
    }

    /** The identity in force; fields that are not set are {@code null}. */
    @Produces
    @Dependent
    public ControllerIdentity identity() {
        Optional<ControllerIdentity> saved = saved();
        return saved.isPresent() ? saved.get() : configured();
    }

    /** The identity as configured, whatever the console saved. */
    public ControllerIdentity configured() {
        DataProtectionOfficer dpo = value(DPO_NAME).isPresent() || value(DPO_EMAIL).isPresent()
                ? new DataProtectionOfficer(value(DPO_NAME).orElse(null), value(DPO_EMAIL).orElse(null))
                : null;
        return new ControllerIdentity(value(NAME).orElse(null), value(ADDRESS).orElse(null),
                value(EMAIL).orElse(null), value(REPRESENTATIVE).orElse(null), dpo,
                new SupervisoryAuthority(value(AUTHORITY_NAME).orElse(null), value(AUTHORITY_ADDRESS).orElse(null),
                        value(AUTHORITY_WEBSITE).orElse(null)));
    }

    /**
     * What an operator must fix, one sentence per problem naming where to fix it (the key, or the
     * console when the identity was saved there); empty when complete.
     */
    public List<String> problems() {
        Optional<ControllerIdentity> saved = saved();
        if (saved.isPresent()) {
            return ControllerIdentityRules.problems(saved.get()).stream()
                    .map(problem -> problem.message() + " Correct it in the GDPR console, under Settings.")
                    .toList();
        }
        return configuredProblems();
    }

    /** What the configuration ({@code gdpr.controller.*}) lacks, whatever the console saved. */
    public List<String> configuredProblems() {
        List<String> problems = new ArrayList<>();
        require(NAME, "the controller's legal name", problems);
        require(ADDRESS, "the controller's postal address", problems);
        require(EMAIL, "the e-mail address for privacy matters", problems);
        require(AUTHORITY_NAME, "the supervisory authority people may complain to", problems);
        checkEmail(EMAIL, problems);
        checkEmail(DPO_EMAIL, problems);
        return problems;
    }

    private void require(String key, String what, List<String> problems) {
        if (value(key).isEmpty()) {
            problems.add(key + " is not set: it must give " + what + ".");
        }
    }

    private void checkEmail(String key, List<String> problems) {
        value(key).filter(v -> !EMAIL_SHAPE.matcher(v).matches())
                .ifPresent(v -> problems.add(key + " is not an e-mail address: '" + v + "'."));
    }

    private Optional<ControllerIdentity> saved() {
        return settings == null ? Optional.empty() : settings.saved();
    }

    private Optional<String> value(String key) {
        return config.get().getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
