package eu.gdprmodule.web.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class JsonBodyFilterTest {

    @SuppressWarnings("unused")
    static class Resource {
        void object(@PathParam("reference") String reference, JsonObject body) {
        }

        void value(JsonValue body) {
        }

        void record(Identity body) {
        }
    }

    record Identity(String name) {
    }

    private static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void anObjectParameterTakesOnlyAnObject() {
        assertDoesNotThrow(() -> JsonBodyFilter.shape(method("object"), '{'));
        for (char first : new char[] {'[', '"', 'n', 't', '1'}) {
            JsonBodyGuard.Refused refused = assertThrows(JsonBodyGuard.Refused.class,
                    () -> JsonBodyFilter.shape(method("object"), first));
            assertEquals(400, refused.status());
        }
        assertThrows(JsonBodyGuard.Refused.class, () -> JsonBodyFilter.shape(method("record"), '['));
    }

    @Test
    void aJsonValueParameterTakesAnyValueAndItsResourceSaysWhatItWants() {
        assertDoesNotThrow(() -> JsonBodyFilter.shape(method("value"), '['));
        assertDoesNotThrow(() -> JsonBodyFilter.shape(method("value"), '"'));
    }
}
