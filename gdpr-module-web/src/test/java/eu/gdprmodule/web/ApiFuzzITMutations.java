package eu.gdprmodule.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bodies for {@link ApiFuzzIT}: mutations of one valid body, drawn from a seeded {@link Random} so
 * a run is repeatable. Each mutation is one thing a careless or hostile client does: cut the body,
 * flip a byte, nest it, give a field the wrong kind or an unknown value, send a number no field
 * can hold, bytes that are not UTF-8, a charset that is not UTF-8, nothing, or a trailing comma.
 */
final class ApiFuzzITMutations {

    /** One body to send, with its {@code Content-Type} (null: no header) and a label for the report. */
    record Body(String kind, String contentType, byte[] bytes) {

        String preview() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.length() > 160 ? text.substring(0, 160) + "..." : text;
        }
    }

    static final String JSON = "application/json";

    private static final JsonValue[] WRONG = {Json.createValue(1), Json.createValue(-1), Json.createValue(1.5),
        JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
        Json.createValue(""), Json.createValue("ZZ"), Json.createValue("not-a-known-value"), Json.createValue("\u0000"),
        Json.createValue("line\nbreak\u001b[2J"), Json.createValue("x".repeat(20_000)),
        Json.createArrayBuilder().add("ZZ").add(1).build(), Json.createObjectBuilder().add("ZZ", 1).build(),
        Json.createValue(Long.MAX_VALUE), Json.createValue(new java.math.BigDecimal("1e300"))};

    private static final String[] RAW_NUMBERS = {"1e999999999", "-1e-999999999", "9".repeat(300), "NaN", "Infinity",
        "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e400", "2147483648", "-2147483649"};

    private static final String[] CONTENT_TYPES = {"application/json;charset=bogus", "application/json; charset=ISO-8859-1",
        "application/json; charset=utf-16", "application/json; charset=", "application/json; charset=\"utf-8",
        "application/json;;", "text/plain", "application/xml", "text/html; charset=utf-8", null, "*/*", "application/jsonx",
        "application/json; charset=UTF-8; boundary=x"};

    private final Random random;

    ApiFuzzITMutations(long seed) {
        this.random = new Random(seed);
    }

    /** The named cases the probe of issue 19 reported, each sent once to every endpoint. */
    static List<Body> named(String valid) {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
        return List.of(new Body("nested-1000", JSON, deep.getBytes(StandardCharsets.UTF_8)),
                new Body("charset-bogus", "application/json;charset=bogus", utf8),
                new Body("empty", JSON, new byte[0]),
                new Body("nan", JSON, "{\"a\": NaN}".getBytes(StandardCharsets.UTF_8)),
                new Body("invalid-utf8", JSON, withBytes(utf8, indexOfQuote(utf8), new byte[] {(byte) 0xC3, 0x28})),
                new Body("trailing-comma", JSON, valid.replaceFirst("}\\s*$", ",}").getBytes(StandardCharsets.UTF_8)));
    }

    /** One mutation of {@code valid} (a JSON object or array). */
    Body next(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int choice = random.nextInt(16);
        return switch (choice) {
            case 0 -> new Body("valid", JSON, bytes);
            case 1 -> new Body("truncated", JSON, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
            case 2 -> {
                byte[] flipped = bytes.clone();
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                yield new Body("byte-flip", JSON, flipped);
            }
            case 3 -> {
                int depth = 1 + random.nextInt(random.nextBoolean() ? 40 : 1200);
                yield new Body("nested-" + depth, JSON, replaceRaw(valid, "[".repeat(depth) + "1" + "]".repeat(depth)));
            }
            case 4, 5 -> new Body("raw-number", JSON, replaceRaw(valid, RAW_NUMBERS[random.nextInt(RAW_NUMBERS.length)]));
            case 6, 7, 8 -> new Body("wrong-kind", JSON, replace(valid, WRONG[random.nextInt(WRONG.length)]));
            case 9 -> new Body("invalid-utf8", JSON, withBytes(bytes, random.nextInt(bytes.length + 1),
                    new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}[random.nextInt(5)]));
            case 10 -> new Body("content-type", CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)], bytes);
            case 11 -> new Body("empty", JSON, new byte[][] {{}, {' '}, {'\r', '\n'}, {0}}[random.nextInt(4)]);
            case 12 -> new Body("trailing-comma", JSON, valid.replaceFirst("([}\\]])\\s*$", random.nextBoolean() ? ",$1" : ",,$1")
                    .getBytes(StandardCharsets.UTF_8));
            case 13 -> new Body("top-level", JSON, new String[] {"[]", "\"x\"", "1", "null", "true", "[" + valid + "]",
                "{}", "{\"\":{}}"}[random.nextInt(8)].getBytes(StandardCharsets.UTF_8));
            case 14 -> new Body("unknown-field", JSON, valid.replaceFirst("^\\s*\\{", "{\"zz" + random.nextInt(9) + "\": "
                    + WRONG[random.nextInt(WRONG.length)] + (valid.strip().equals("{}") ? "" : ","))
                    .getBytes(StandardCharsets.UTF_8));
            default -> new Body("duplicate-key", JSON, duplicate(valid));
        };
    }

    /** Replaces one value somewhere in the document (any depth) by {@code value}. */
    private byte[] replace(String valid, JsonValue value) {
        JsonStructure root = read(valid);
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        if (pointers.isEmpty()) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }
        String pointer = pointers.get(random.nextInt(pointers.size()));
        return Json.createPointer(pointer).replace(root, value).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one value by text that is not a JSON value JSON-P could build (NaN, 1e999999999). */
    private byte[] replaceRaw(String valid, String raw) {
        String marker = "\"__fuzz_" + random.nextInt(1000) + "__\"";
        String text = new String(replace(valid, Json.createValue(marker.substring(1, marker.length() - 1))),
                StandardCharsets.UTF_8);
        return text.replace(marker, raw).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] duplicate(String valid) {
        JsonStructure root = read(valid);
        if (root instanceof JsonObject object && !object.isEmpty()) {
            String key = new ArrayList<>(object.keySet()).get(random.nextInt(object.size()));
            return valid.replaceFirst("^\\s*\\{", "{" + Json.createValue(key) + ": " + WRONG[random.nextInt(WRONG.length)] + ",")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return valid.getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonValue value, String at, List<String> pointers) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                String pointer = at + "/" + key.replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                collect(child, pointer, pointers);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                pointers.add(at + "/" + i);
                collect(array.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static JsonStructure read(String valid) {
        return Json.createReader(new StringReader(valid)).read();
    }

    private static int indexOfQuote(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                return i + 1;
            }
        }
        return 0;
    }

    private static byte[] withBytes(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
