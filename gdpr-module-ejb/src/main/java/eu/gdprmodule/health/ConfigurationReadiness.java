package eu.gdprmodule.health;

import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import eu.gdprmodule.register.ControllerIdentityUnavailable;
import eu.gdprmodule.register.InitialRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the controller identity is incomplete: a module that would publish notices naming
 * no controller (Art. 13(1)(a) GDPR) must not take traffic. Each problem names the key to set.
 * Also DOWN when the register file the host ships ({@code gdpr.register.initial-file}) was
 * refused at start: the policy pages would describe a register that is not there.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

    @Inject
    private ControllerIdentityConfiguration controller;

    @Inject
    private SchemaMigration migration;

    @Inject
    private InitialRegister initialRegister;

    @Inject
    private eu.gdprmodule.policy.InitialPolicies initialPolicies;

    @Inject
    private eu.gdprmodule.consent.InitialCatalogue initialCatalogue;

    private static boolean linksConfigured() {
        org.eclipse.microprofile.config.Config config = eu.gdprmodule.config.ModuleConfig.get();
        return config.getOptionalValue("gdpr.requests.public-url", String.class).filter(v -> !v.isBlank()).isPresent()
                || config.getOptionalValue("gdpr.site.allowed-hosts", String.class).filter(v -> !v.isBlank()).isPresent();
    }

    @Override
    public HealthCheckResponse call() {
        List<String> problems;
        if (!migration.state().complete()) {
            // Before the schema exists no identity can have been saved in the console: the
            // configuration is all there is to check (the database check says why it is not ready).
            problems = controller.configuredProblems();
        } else {
            // a start-up import the database outage prevented happens now the schema is there
            initialRegister.importIfPending();
            initialCatalogue.importIfPending();
            initialPolicies.publishIfPending();
            try {
                problems = controller.problems();
            } catch (ControllerIdentityUnavailable e) {
                // An identity saved in the console lives in the database: during an outage this
                // check cannot tell, and says so rather than failing the whole readiness answer.
                problems = List.of(e.getMessage());
            } catch (RuntimeException e) {
                // any other way the container reports the outage (an EJBException around it)
                problems = List.of("The controller identity saved in the console cannot be read ("
                        + e.getClass().getSimpleName() + ").");
            }
        }
        problems = new ArrayList<>(problems);
        problems.addAll(initialRegister.problems());
        problems.addAll(initialCatalogue.problems());
        problems.addAll(initialPolicies.problems());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gdpr-configuration").status(problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            response.withData("problem" + (i + 1), problems.get(i));
        }
        if (!linksConfigured()) {
            // Not a reason to refuse traffic: the site still works when opened by this machine's own
            // names (a developer's localhost). Letters reached any other way are refused until set.
            response.withData("linksInLetters", "only when the site is opened by one of this machine's own names: set "
                    + "gdpr.requests.public-url to the site's public address (or list its host names in gdpr.site.allowed-hosts)");
        }
        return response.build();
    }
}
