package eu.gdprmodule.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Undeploying the EAR and deploying it again in the same server leaves the module ready. The
 * embedded Derby engine lives in the EAR's {@code lib/}; unless the module shuts it down when
 * the application stops, the next deployment cannot boot the database (XSDB6, "Another
 * instance of Derby may have already booted") and the database check stays DOWN.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarRedeployIT {

    private static final String EAR = "ear";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    static EnterpriseArchive builtEar() {
        return BuiltEar.withClassesInWar();
    }

    @Test
    void theDatabaseIsReadyAgainAfterUndeployAndRedeploy() throws Exception {
        deployer.deploy(EAR);
        assertDatabaseUpOrUndeploy();
        deployer.undeploy(EAR);

        deployer.deploy(EAR);
        assertDatabaseUpOrUndeploy();
        deployer.undeploy(EAR);
    }

    /** Leaves the server empty for the next test class when the check fails. */
    private void assertDatabaseUpOrUndeploy() throws Exception {
        try {
            Map<String, String> checks = ReadinessEndpoint.assertReady().checks();
            assertEquals("UP", checks.get("gdpr-database"), checks::toString);
        } catch (AssertionError | Exception e) {
            deployer.undeploy(EAR);
            throw e;
        }
    }
}
