package eu.gdprmodule.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The module is deployed and answering. Deliberately free of database checks: a database outage
 * makes the module not ready, it is no reason for an orchestrator to restart the JVM.
 */
@Liveness
@ApplicationScoped
public class ModuleLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gdpr-module");
    }
}
