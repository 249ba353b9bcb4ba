package eu.gdprmodule.web.admin.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.ControllerIdentityRules;
import eu.gdprmodule.register.InvalidControllerIdentity;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ControllerIdentityJsonTest {

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void theObjectGetReturnsIsReadBack() {
        ControllerIdentity identity = ControllerIdentityJson.read(json("{\"name\": \"Fixery SAS\", \"unknown\": 1, "
                + "\"dataProtectionOfficer\": null, \"supervisoryAuthority\": {\"name\": \"CNIL\"}}"));
        assertEquals("Fixery SAS", identity.name());
        assertEquals(null, identity.dataProtectionOfficer());
        assertEquals("CNIL", identity.supervisoryAuthority().name());
    }

    @Test
    void aWrongKindNamesTheFieldAndWhatItTakes() {
        assertEquals(List.of(new ControllerIdentityRules.Problem("name", "A text in quotes, or null.")),
                assertThrows(InvalidControllerIdentity.class, () -> ControllerIdentityJson.read(json("{\"name\": [1]}"))).problems());
        assertEquals("supervisoryAuthority.website", assertThrows(InvalidControllerIdentity.class, () -> ControllerIdentityJson.read(
                json("{\"supervisoryAuthority\": {\"website\": 1}}"))).problems().get(0).field());
        assertThrows(InvalidControllerIdentity.class, () -> ControllerIdentityJson.read(json("{\"dataProtectionOfficer\": \"x\"}")));
        assertThrows(InvalidControllerIdentity.class, () -> ControllerIdentityJson.read(json("[]")));
    }
}
