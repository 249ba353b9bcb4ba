package eu.gdprmodule.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The one gate every JSON body of the API passes before anything binds it: {@link JsonBodyFilter}
 * for the JAX-RS resources, the consent servlet directly. A body a client got wrong must end as a
 * 4xx that says what to send, never as a 500 with a stack trace in the log: an outside probe got
 * 500 for 588 of 10,000 fuzzed bodies, each anonymous request writing ~75 KB of log (issue 19).
 *
 * <p>In order, each check cheaper than the next and each a bound on what the next may cost:
 * <ol>
 * <li>the charset: JSON is UTF-8 (RFC 8259, 8.1), so only {@code charset=utf-8} or none (415);</li>
 * <li>the size, read at most one byte past the limit (413);</li>
 * <li>strict UTF-8: a malformed, overlong or surrogate sequence is refused, not replaced by U+FFFD,
 * so what is stored is what was sent (400);</li>
 * <li>a streaming JSON-P parse, which keeps no recursion of its own: empty bodies, {@code NaN},
 * trailing commas, content after the value (400, with line and column); nesting deeper than
 * {@value #MAX_DEPTH} levels, before the binding's recursion sees it; numbers longer than
 * {@value #MAX_NUMBER} characters or with an exponent beyond &plusmn;{@value #MAX_EXPONENT}, since
 * turning {@code 1e999999999} into an {@code int} allocates the whole number.</li>
 * </ol>
 * Messages name no parser, class or stack frame: only what to send instead.
 */
public final class JsonBodyGuard {

    public static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER = 40;
    static final int MAX_EXPONENT = 308;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** A body refused, with the status and the sentence to answer. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final int status;

        public Refused(int status, String message) {
            super(message, null, false, false); // a client's mistake: no stack trace to fill or log
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private JsonBodyGuard() {
    }

    /**
     * Reads and checks a JSON body.
     *
     * @param in          the body, read at most {@code maxBytes + 1} bytes
     * @param contentType the {@code Content-Type} header, or {@code null}
     * @param maxBytes    the largest body accepted
     * @return the body as text, well-formed JSON within the bounds above
     * @throws Refused    with the status and sentence to answer
     * @throws IOException when the body cannot be read from the client
     */
    public static String read(InputStream in, String contentType, int maxBytes) throws IOException, Refused {
        charset(contentType);
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new Refused(413, "The request body is larger than " + size(maxBytes) + ": send less.");
        }
        String text = utf8(bytes);
        if (text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            throw new Refused(400, "The request body is empty: send a JSON object.");
        }
        parse(text);
        return text;
    }

    /** Whether this {@code Content-Type} names a charset other than UTF-8. */
    static void charset(String contentType) throws Refused {
        if (contentType == null) {
            return;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String charset = parameter.substring(equals + 1).strip().replace("\"", "");
            if (!charset.equalsIgnoreCase("utf-8")) {
                // echo the name only if it is a plausible one: the answer is not a place for the caller's bytes
                String named = charset.matches("[A-Za-z0-9._:+-]{1,40}") ? "'" + charset + "'" : "this charset";
                throw new Refused(415, "Send the body as UTF-8 JSON: charset " + named + " is not supported.");
            }
        }
    }

    private static String utf8(byte[] bytes) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Refused(400, "The request body is not valid UTF-8 (byte " + (in.position() + 1)
                    + "): send JSON encoded in UTF-8.");
        }
        return out.flip().toString();
    }

    private static void parse(String text) throws Refused {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new Refused(400, "The request body is nested too deeply: at most " + MAX_DEPTH
                                    + " levels of objects and arrays.");
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    case VALUE_NUMBER -> number(parser.getString(), parser.getLocation());
                    default -> {
                        // strings, names, literals: bounded by the size already
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw new Refused(400, "The request body is not valid JSON (" + where(e.getLocation()) + "): check for a "
                    + "missing quote, comma or bracket, a trailing comma, text after the value, or a value JSON does not "
                    + "have (NaN, Infinity, single quotes, leading zeros).");
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new Refused(400, "The request body is not valid JSON: send one JSON object.");
        }
    }

    private static void number(String literal, JsonLocation at) throws Refused {
        int e = literal.toLowerCase(Locale.ROOT).indexOf('e');
        boolean tooLong = literal.length() > MAX_NUMBER;
        boolean tooFar = false;
        if (!tooLong && e >= 0) {
            String exponent = literal.substring(e + 1).replace("+", "").replace("-", "");
            tooFar = exponent.length() > 4 || Integer.parseInt(exponent) > MAX_EXPONENT;
        }
        if (tooLong || tooFar) {
            throw new Refused(400, "The request body has a number out of bounds (" + where(at) + "): numbers are limited "
                    + "to " + MAX_NUMBER + " characters and exponents to " + MAX_EXPONENT + " either way.");
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? "position unknown" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    private static String size(int bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
