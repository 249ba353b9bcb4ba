package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.MapConfig;
import eu.gdprmodule.api.ControllerIdentity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerIdentityConfigurationTest {

    private static MapConfig complete() {
        return new MapConfig()
                .with("gdpr.controller.name", "Nexoris SAS")
                .with("gdpr.controller.address", "66, avenue des Champs-Élysées, 75008 Paris")
                .with("gdpr.controller.email", "privacy@nexoris.com")
                .with("gdpr.controller.legal-representative", "Olivier Le Coquil")
                .with("gdpr.controller.authority.name", "CNIL");
    }

    @Test
    void aCompleteIdentityHasNoProblemsAndNoDpoWhenNoneIsDesignated() {
        ControllerIdentityConfiguration configuration = new ControllerIdentityConfiguration(complete());

        assertEquals(List.of(), configuration.problems());
        ControllerIdentity identity = configuration.identity();
        assertEquals("Nexoris SAS", identity.name());
        assertEquals("Olivier Le Coquil", identity.legalRepresentative());
        assertNull(identity.dataProtectionOfficer());
        assertEquals("CNIL", identity.supervisoryAuthority().name());
    }

    @Test
    void eachMissingOrMalformedValueIsNamedByItsKey() {
        ControllerIdentityConfiguration configuration = new ControllerIdentityConfiguration(new MapConfig()
                .with("gdpr.controller.name", "  ")
                .with("gdpr.controller.email", "privacy-at-nexoris")
                .with("gdpr.controller.dpo.email", "dpo@nexoris.com"));

        List<String> problems = configuration.problems();

        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("gdpr.controller.name is not set"));
        assertTrue(problems.get(1).startsWith("gdpr.controller.address is not set"));
        assertTrue(problems.get(2).startsWith("gdpr.controller.authority.name is not set"));
        assertTrue(problems.get(3).startsWith("gdpr.controller.email is not an e-mail address"));
        assertEquals("dpo@nexoris.com", configuration.identity().dataProtectionOfficer().email());
    }
}
