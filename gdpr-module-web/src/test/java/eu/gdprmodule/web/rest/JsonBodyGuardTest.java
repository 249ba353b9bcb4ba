package eu.gdprmodule.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    private static final String JSON = "application/json";

    private static String read(String contentType, byte[] body) throws IOException, JsonBodyGuard.Refused {
        return JsonBodyGuard.read(new ByteArrayInputStream(body), contentType, 4096);
    }

    private static JsonBodyGuard.Refused refused(String contentType, String body) {
        return refused(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonBodyGuard.Refused refused(String contentType, byte[] body) {
        return assertThrows(JsonBodyGuard.Refused.class, () -> read(contentType, body));
    }

    @Test
    void aValidUtf8ObjectPassesUnchanged() throws Exception {
        String body = "{\"name\": \"Zoë\", \"list\": [1, 2.5e3, true, null, {\"a\": []}]}";
        assertEquals(body, read(JSON, body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(body, read("application/json; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(body, read("application/json;charset=\"utf-8\"", body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(body, read(null, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutRecursion() {
        JsonBodyGuard.Refused deep = refused(JSON, "[".repeat(1000) + "]".repeat(1000));
        assertEquals(400, deep.status());
        assertEquals("The request body is nested too deeply: at most 32 levels of objects and arrays.", deep.getMessage());
        String limit = "[".repeat(32) + "]".repeat(32);
        assertEquals(400, refused(JSON, "{\"a\":" + limit + "}").status());
    }

    @Test
    void thirtyTwoLevelsPass() throws Exception {
        String limit = "[".repeat(32) + "]".repeat(32);
        assertEquals(limit, read(JSON, limit.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCharsetOtherThanUtf8IsRefusedWith415NamingIt() {
        JsonBodyGuard.Refused bogus = refused("application/json;charset=bogus", "{}");
        assertEquals(415, bogus.status());
        assertEquals("Send the body as UTF-8 JSON: charset 'bogus' is not supported.", bogus.getMessage());
        assertEquals(415, refused("application/json; charset=ISO-8859-1", "{}").status());
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertEquals(400, refused(JSON, "").status());
        assertTrue(refused(JSON, "  \r\n ").getMessage().startsWith("The request body is empty"));
    }

    @Test
    void nanAndOtherNonJsonValuesAreRefused() {
        for (String body : new String[] {"NaN", "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": -Infinity}", "{'a': 1}",
                "{\"a\": 01}", "{\"a\": 1} x", "{\"a\": 1}{}", "{\"a\" 1}", "{\"a\": \"unterminated}"}) {
            JsonBodyGuard.Refused refusal = refused(JSON, body);
            assertEquals(400, refusal.status(), body);
            assertTrue(refusal.getMessage().startsWith("The request body is not valid JSON (line 1, column "),
                    body + " -> " + refusal.getMessage());
        }
    }

    @Test
    void trailingCommasAreRefused() {
        assertEquals(400, refused(JSON, "{\"a\": 1,}").status());
        assertEquals(400, refused(JSON, "[1, 2,]").status());
    }

    @Test
    void invalidUtf8IsRefusedNamingTheByte() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        JsonBodyGuard.Refused refusal = refused(JSON, body);
        assertEquals(400, refusal.status());
        assertEquals("The request body is not valid UTF-8 (byte 7): send JSON encoded in UTF-8.", refusal.getMessage());
        assertEquals(400, refused(JSON, new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}).status(), "a lone surrogate");
        assertEquals(400, refused(JSON, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}).status(), "an overlong form");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        JsonBodyGuard.Refused large = refused(JSON, "\"" + "x".repeat(5000) + "\"");
        assertEquals(413, large.status());
        assertEquals("The request body is larger than 4 KB: send less.", large.getMessage());
    }

    @Test
    void hugeNumbersAreRefused() {
        assertEquals(400, refused(JSON, "{\"months\": 1e999999999}").status());
        assertEquals(400, refused(JSON, "{\"months\": " + "9".repeat(200) + "}").status());
        JsonBodyGuard.Refused refusal = refused(JSON, "[1E-400]");
        assertTrue(refusal.getMessage().contains("line 1, column"), refusal.getMessage());
    }

    @Test
    void noMessageNamesAJavaClass() {
        for (String body : new String[] {"{", "]", "\"\\u12\"", "{\"a\":tru}", "[1,,2]", "\u0000"}) {
            String message = refused(JSON, body).getMessage();
            assertFalse(message.matches("(?s).*(Exception|java\\.|jakarta\\.|org\\.|eu\\.gdprmodule).*"), message);
        }
    }
}
