package eu.gdprmodule.web.admin.settings;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import eu.gdprmodule.register.ControllerIdentityRules;
import eu.gdprmodule.register.InvalidControllerIdentity;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Reads the controller identity a {@code PUT} sends, field by field. Binding it with JSON-B
 * instead answered a wrong kind (a list where a name goes) with Yasson's "Incorrect position for
 * processing type: class eu.gdprmodule.api..." and no field name (issue 19): here each mistake
 * names its field and what it takes. Fields it does not know are ignored, as JSON-B did, so the
 * object GET returns under {@code identity} can be sent back as it is.
 */
final class ControllerIdentityJson {

    private ControllerIdentityJson() {
    }

    static ControllerIdentity read(JsonValue body) {
        if (!(body instanceof JsonObject json)) {
            throw refused("identity", "Send the controller identity as a JSON object, as GET returns it under 'identity'.");
        }
        JsonObject dpo = object(json, "dataProtectionOfficer", "{\"name\": \"...\", \"email\": \"...\"}");
        JsonObject authority = object(json, "supervisoryAuthority",
                "{\"name\": \"CNIL\", \"postalAddress\": \"...\", \"website\": \"https://...\"}");
        return new ControllerIdentity(text(json, "", "name"), text(json, "", "postalAddress"),
                text(json, "", "privacyContactEmail"), text(json, "", "legalRepresentative"),
                dpo == null ? null : new DataProtectionOfficer(text(dpo, "dataProtectionOfficer.", "name"),
                        text(dpo, "dataProtectionOfficer.", "email")),
                authority == null ? null : new SupervisoryAuthority(text(authority, "supervisoryAuthority.", "name"),
                        text(authority, "supervisoryAuthority.", "postalAddress"),
                        text(authority, "supervisoryAuthority.", "website")));
    }

    /** The 400 the rules' own refusal gives, listing the field by its path in the JSON. */
    private static InvalidControllerIdentity refused(String field, String message) {
        return new InvalidControllerIdentity(List.of(new ControllerIdentityRules.Problem(field, message)));
    }

    private static String text(JsonObject json, String path, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw refused(path + field, "A text in quotes, or null.");
        }
        return text.getString();
    }

    private static JsonObject object(JsonObject json, String field, String example) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw refused(field, "An object such as " + example + ", or null.");
        }
        return object;
    }
}
