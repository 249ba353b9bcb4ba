package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerIdentityRulesTest {

    @Test
    void aCompleteIdentityPasses() {
        ControllerIdentity identity = new ControllerIdentity("Demo Shop SAS", "12 rue de la Paix, Paris",
                "privacy@demo-shop.example", null, null, new SupervisoryAuthority("CNIL", null, null));
        assertEquals(List.of(), ControllerIdentityRules.problems(identity));
    }

    @Test
    void eachProblemNamesTheFormField() {
        ControllerIdentity identity = new ControllerIdentity(" ", null, "privacy-at-shop", null,
                new DataProtectionOfficer("Camille", "camille@"), null);
        List<String> fields = ControllerIdentityRules.problems(identity).stream()
                .map(ControllerIdentityRules.Problem::field).toList();
        assertEquals(List.of("name", "postalAddress", "authorityName", "privacyContactEmail", "dpoEmail"), fields);
    }

    @Test
    void blankFieldsAreStoredAsAbsent() {
        ControllerIdentity normalised = ControllerIdentitySettings.normalised(new ControllerIdentity(" Shop ", "",
                "a@b.fr", "  ", new DataProtectionOfficer(" ", null), new SupervisoryAuthority("CNIL", " ", null)));
        assertEquals("Shop", normalised.name());
        assertEquals(null, normalised.postalAddress());
        assertEquals(null, normalised.dataProtectionOfficer());
        assertEquals(null, normalised.supervisoryAuthority().postalAddress());
    }

    @Test
    void controlCharactersAreRefusedInEachField() {
        ControllerIdentity identity = new ControllerIdentity("Demo\u0000Shop", "12 rue de la Paix\nParis\u0007",
                "privacy@demo-shop.example", "Rep\u001b", new DataProtectionOfficer("Cam\nille", "dpo@demo-shop.example"),
                new SupervisoryAuthority("CNIL\u007f", "3 place\nde Fontenoy", "https://cnil.fr/\u0000"));
        List<String> fields = ControllerIdentityRules.problems(identity).stream()
                .map(ControllerIdentityRules.Problem::field).toList();
        assertEquals(List.of("name", "postalAddress", "legalRepresentative", "dpoName", "authorityName", "authorityWebsite"),
                fields);
    }

    @Test
    void eachFieldIsLimitedToItsColumn() {
        ControllerIdentity identity = new ControllerIdentity("S".repeat(256), "A".repeat(500), "privacy@demo-shop.example",
                null, null, new SupervisoryAuthority("CNIL", null, "https://cnil.fr/" + "x".repeat(500)));
        List<String> fields = ControllerIdentityRules.problems(identity).stream()
                .map(ControllerIdentityRules.Problem::field).toList();
        assertEquals(List.of("name", "authorityWebsite"), fields);
    }
}
