package eu.gdprmodule.health;

import eu.gdprmodule.register.ControllerIdentityConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the controller identity is incomplete: a module that would publish notices naming
 * no controller (Art. 13(1)(a) GDPR) must not take traffic. Each problem names the key to set.
 */
@Readiness
@ApplicationScoped
public class ConfigurationReadiness implements HealthCheck {

    @Inject
    private ControllerIdentityConfiguration controller;

    @Override
    public HealthCheckResponse call() {
        List<String> problems;
        try {
            problems = controller.problems();
        } catch (RuntimeException e) {
            // An identity saved in the console lives in the database: during an outage this check
            // cannot tell, and says so rather than failing the whole readiness answer.
            problems = List.of("The controller identity cannot be checked: the database does not answer ("
                    + e.getClass().getSimpleName() + ").");
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gdpr-configuration").status(problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            response.withData("problem" + (i + 1), problems.get(i));
        }
        return response.build();
    }
}
