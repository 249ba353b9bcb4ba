package eu.gdprmodule.consent;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads and writes the cookie catalogue file, {@code docs/cookie-catalogue.md}: JSON with
 * {@code "format": "gdpr-cookies/1"}. Reading reports every problem with the path of the
 * offending field ({@code categories[1].services[0].cookies[2].lifetime}) instead of stopping at
 * the first, and refuses fields it does not know, a field given twice and anything after the
 * closing brace, so a typo is never silently dropped.
 *
 * <pre>
 * CookieCatalogue catalogue = CookieCatalogueFile.read(json);   // throws InvalidCookieCatalogue
 * String json = CookieCatalogueFile.write(catalogue);           // read(write(c)) equals c
 * </pre>
 *
 * <p>The rules ({@link #problems(CookieCatalogue)}) also apply to a catalogue built in code,
 * such as one edited in the console, with the same paths.
 *
 * @since 0.1
 */
public final class CookieCatalogueFile {

    /** The value of {@code format} this version reads and writes. */
    public static final String FORMAT = "gdpr-cookies/1";

    /** Category and service keys: they appear in the consent cookie, URLs and host code. */
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** RFC 6265 cookie-name: an RFC 2616 token; {@code *} also stands for any characters. */
    static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    /** ISO 639-1 or 639-2/3 codes, lower case. */
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    static final int MAX_NAME = 100;
    static final int MAX_PROVIDER = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_COOKIE_NAME = 200;
    static final int MAX_URL = 2000;

    /** Parsson's option: a key given twice in one object is an error, not "the last one wins". */
    private static final JsonParserFactory STRICT = Json.createParserFactory(
            Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private CookieCatalogueFile() {
    }

    /**
     * Reads a catalogue file and checks it completely.
     *
     * @throws InvalidCookieCatalogue with every problem found, when the file is not a valid catalogue
     */
    public static CookieCatalogue read(String json) {
        JsonObject root;
        try (JsonParser parser = STRICT.createParser(new StringReader(json == null ? "" : json))) {
            if (!parser.hasNext()) {
                throw new InvalidCookieCatalogue("$", "The file is empty: a cookie catalogue is a JSON object with "
                        + "\"format\": \"" + FORMAT + "\".");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (trailing(parser)) {
                // "{...} {...}" or trailing text: which part was meant cannot be known
                var at = parser.getLocation();
                throw new InvalidCookieCatalogue("$", "Unexpected content after the end of the JSON object (line "
                        + at.getLineNumber() + ", column " + at.getColumnNumber() + ").");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidCookieCatalogue("$", "A cookie catalogue is a JSON object with \"format\": \""
                        + FORMAT + "\".");
            }
            root = value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidCookieCatalogue("$", "This is not valid JSON (line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + "): " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidCookieCatalogue("$", "This is not valid JSON: check that it is a whole file saved as UTF-8.");
        } catch (IllegalStateException e) {
            // how Parsson refuses a key given twice in one object ("Duplicate key 'x' is not allowed")
            throw new InvalidCookieCatalogue("$", e.getMessage() + ": each field may appear once in an object.");
        }
        Reader in = new Reader();
        CookieCatalogue catalogue = in.catalogue(root);
        if (!in.problems.isEmpty()) {
            throw new InvalidCookieCatalogue(in.problems);
        }
        return catalogue;
    }

    /** Whether anything but white space follows the value (Parsson says so by failing to find the end). */
    private static boolean trailing(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    /** Every problem of a catalogue built in code, with the paths its file would have; empty when valid. */
    public static List<CatalogueProblem> problems(CookieCatalogue catalogue) {
        List<CatalogueProblem> problems = new ArrayList<>();
        Rules rules = new Rules(problems);
        List<Category> categories = catalogue == null ? List.of() : catalogue.categories();
        for (int i = 0; i < categories.size(); i++) {
            String path = "categories[" + i + "]";
            Category c = categories.get(i);
            if (c == null) {
                problems.add(new CatalogueProblem(path, "Expected a category."));
                continue;
            }
            if (rules.required(c.key(), path + ".key")) {
                rules.categoryKey(c.key(), path + ".key");
            }
            rules.local(c.name(), path + ".name", MAX_NAME);
            rules.local(c.description(), path + ".description", MAX_TEXT);
            for (int j = 0; j < c.services().size(); j++) {
                String at = path + ".services[" + j + "]";
                Service s = c.services().get(j);
                if (s == null) {
                    problems.add(new CatalogueProblem(at, "Expected a service."));
                    continue;
                }
                if (rules.required(s.key(), at + ".key")) {
                    rules.serviceKey(s.key(), at + ".key");
                }
                if (rules.required(s.name(), at + ".name")) {
                    rules.plain(s.name(), at + ".name", MAX_NAME);
                }
                if (rules.required(s.provider(), at + ".provider")) {
                    rules.plain(s.provider(), at + ".provider", MAX_PROVIDER);
                }
                rules.local(s.purpose(), at + ".purpose", MAX_TEXT);
                if (s.privacyUrl() != null) {
                    rules.url(s.privacyUrl(), at + ".privacyUrl");
                }
                for (int k = 0; k < s.cookies().size(); k++) {
                    String cookiePath = at + ".cookies[" + k + "]";
                    Cookie cookie = s.cookies().get(k);
                    if (cookie == null) {
                        problems.add(new CatalogueProblem(cookiePath, "Expected a cookie."));
                        continue;
                    }
                    if (rules.required(cookie.name(), cookiePath + ".name")) {
                        rules.cookieName(cookie.name(), cookiePath + ".name");
                    }
                    rules.local(cookie.purpose(), cookiePath + ".purpose", MAX_TEXT);
                    if (rules.required(cookie.lifetime(), cookiePath + ".lifetime")) {
                        rules.lifetime(cookie.lifetime(), cookiePath + ".lifetime", c.essential());
                    }
                }
            }
        }
        return problems;
    }

    /** Throws every problem of a catalogue built in code at once. */
    public static void check(CookieCatalogue catalogue) {
        List<CatalogueProblem> problems = problems(catalogue);
        if (!problems.isEmpty()) {
            throw new InvalidCookieCatalogue(problems);
        }
    }

    /** The catalogue file for this catalogue, indented for people and version control. */
    public static String write(CookieCatalogue catalogue) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(json(catalogue));
        }
        return out.toString().strip() + "\n";
    }

    /** The catalogue as the file writes it, as a JSON object. */
    public static JsonObject json(CookieCatalogue catalogue) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        for (Category c : catalogue == null ? List.<Category>of() : catalogue.categories()) {
            JsonObjectBuilder category = Json.createObjectBuilder();
            optional(category, "key", c.key());
            category.add("essential", c.essential());
            category.add("name", local(c.name()));
            category.add("description", local(c.description()));
            JsonArrayBuilder services = Json.createArrayBuilder();
            for (Service s : c.services()) {
                JsonObjectBuilder service = Json.createObjectBuilder();
                optional(service, "key", s.key());
                optional(service, "name", s.name());
                optional(service, "provider", s.provider());
                service.add("purpose", local(s.purpose()));
                optional(service, "privacyUrl", s.privacyUrl());
                JsonArrayBuilder cookies = Json.createArrayBuilder();
                for (Cookie k : s.cookies()) {
                    JsonObjectBuilder cookie = Json.createObjectBuilder();
                    optional(cookie, "name", k.name());
                    cookie.add("purpose", local(k.purpose()));
                    optional(cookie, "lifetime", k.lifetime());
                    cookies.add(cookie);
                }
                service.add("cookies", cookies);
                services.add(service);
            }
            category.add("services", services);
            categories.add(category);
        }
        return Json.createObjectBuilder().add("format", FORMAT).add("categories", categories).build();
    }

    /** Languages in alphabetical order, so that a file written twice is the same file. */
    private static JsonObjectBuilder local(LocalText text) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (text != null) {
            new TreeMap<>(text.texts()).forEach(o::add);
        }
        return o;
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    /** The rules on values that read, shared by the file reader and {@link #problems(CookieCatalogue)}. */
    private static final class Rules {

        private final List<CatalogueProblem> problems;
        private final Map<String, String> categoryKeys = new HashMap<>();
        private final Map<String, String> serviceKeys = new HashMap<>();
        private final Map<String, String> cookieNames = new HashMap<>();

        Rules(List<CatalogueProblem> problems) {
            this.problems = problems;
        }

        boolean required(String value, String path) {
            if (value == null || value.isBlank()) {
                problem(path, "This field is required and may not be blank.");
                return false;
            }
            return true;
        }

        void categoryKey(String key, String path) {
            if (key(key, path, "analytics")) {
                String first = categoryKeys.putIfAbsent(key, path);
                if (first != null) {
                    problem(path, "Another category (" + parent(first) + ") already has the key '" + key
                            + "': category keys must be unique.");
                }
            }
        }

        void serviceKey(String key, String path) {
            if (key(key, path, "matomo")) {
                String first = serviceKeys.putIfAbsent(key, path);
                if (first != null) {
                    problem(path, "Another service (" + parent(first) + ") already has the key '" + key
                            + "': service keys must be unique in the whole catalogue, since a visitor's choice "
                            + "names the service by its key.");
                }
            }
        }

        private boolean key(String key, String path, String example) {
            if (!KEY.matcher(key).matches()) {
                problem(path, "'" + key + "' is not a valid key: use 1 to 40 lower-case letters, digits and hyphens, "
                        + "starting with a letter or a digit, such as '" + example + "'.");
                return false;
            }
            return true;
        }

        void cookieName(String name, String path) {
            if (name.length() > MAX_COOKIE_NAME || !COOKIE_NAME.matcher(name).matches()) {
                problem(path, "'" + name + "' is not a cookie name: use at most " + MAX_COOKIE_NAME + " letters, "
                        + "digits and the characters ! # $ % & ' + - . ^ _ ` | ~ (RFC 6265), with * standing for any "
                        + "characters, such as _pk_id.*");
                return;
            }
            if (name.chars().allMatch(ch -> ch == '*')) {
                problem(path, "'" + name + "' would stand for every cookie: name the cookie, or a pattern with some "
                        + "fixed characters such as _pk_id.*");
                return;
            }
            String first = cookieNames.putIfAbsent(name, path);
            if (first != null) {
                problem(path, "The cookie '" + name + "' is already listed (" + parent(first) + "): list each "
                        + "cookie once, under the service that sets it.");
            }
        }

        void lifetime(String lifetime, String path, Boolean essential) {
            TemporalAmount amount;
            try {
                amount = Lifetimes.parse(lifetime);
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
                return;
            }
            if (Boolean.FALSE.equals(essential) && Lifetimes.exceedsThirteenMonths(amount)) {
                problem(path, "'" + lifetime + "' is longer than 13 months: the CNIL recommends that cookies and "
                        + "other trackers set with consent live at most 13 months (guidelines on cookies and other "
                        + "trackers, 17 September 2020), after which consent is asked again. Use at most P13M; only a "
                        + "strictly necessary cookie, in an essential category, may live longer.");
            }
        }

        void url(String url, String path) {
            String problem = null;
            if (url.length() > MAX_URL) {
                problem = "Shorten the address to at most " + MAX_URL + " characters.";
            } else {
                try {
                    URI uri = new URI(url);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                        problem = "Give the provider's privacy policy as an http or https address, such as "
                                + "https://matomo.org/privacy-policy/ (found '" + url + "').";
                    }
                } catch (URISyntaxException e) {
                    problem = "'" + url + "' is not a web address: give the provider's privacy policy as an http or "
                            + "https address, such as https://matomo.org/privacy-policy/.";
                }
            }
            if (problem != null) {
                problem(path, problem);
            }
        }

        void plain(String text, String path, int max) {
            if (text.length() > max) {
                problem(path, "Shorten this text to at most " + max + " characters (it has " + text.length() + ").");
            }
        }

        /** A text per language: valid codes, no blank text, English or French at least. */
        void local(LocalText text, String path, int max) {
            if (text == null) {
                problem(path, "This field is required: the text per language, such as {\"en\": \"...\", \"fr\": \"...\"}.");
                return;
            }
            for (Map.Entry<String, String> e : new TreeMap<>(text.texts()).entrySet()) {
                String at = path + "." + e.getKey();
                if (!LANGUAGE.matcher(e.getKey()).matches()) {
                    problem(at, "'" + e.getKey() + "' is not a language code: use the 2 or 3 lower-case letters of "
                            + "ISO 639, such as en or fr.");
                } else if (e.getValue() == null || e.getValue().isBlank()) {
                    problem(at, "Write the text in this language, or remove the language.");
                } else {
                    plain(e.getValue(), at, max);
                }
            }
            boolean english = text.texts().getOrDefault("en", "").isBlank();
            boolean french = text.texts().getOrDefault("fr", "").isBlank();
            if (english && french) {
                problem(path, "Give this text in English (\"en\") or French (\"fr\") at least: a visitor whose "
                        + "language is missing reads it in English.");
            }
        }

        /** "categories[0].services[1]" from "categories[0].services[1].key". */
        private static String parent(String path) {
            return path.substring(0, path.lastIndexOf('.'));
        }

        private void problem(String path, String message) {
            problems.add(new CatalogueProblem(path, message));
        }
    }

    /** Reads fields, collecting problems rather than throwing, so one pass reports them all. */
    private static final class Reader {

        final List<CatalogueProblem> problems = new ArrayList<>();
        private final Rules rules = new Rules(problems);

        CookieCatalogue catalogue(JsonObject root) {
            known(root, "$", "format", "categories");
            JsonValue format = root.get("format");
            if (format == null || !(format instanceof JsonString s) || !FORMAT.equals(s.getString())) {
                problem("format", "Say which format this file uses: \"format\": \"" + FORMAT + "\""
                        + (format == null ? "." : " (found " + format + ")."));
            }
            List<Category> categories = new ArrayList<>();
            JsonArray array = array(root, "categories", "categories");
            for (int i = 0; array != null && i < array.size(); i++) {
                String path = "categories[" + i + "]";
                JsonObject item = element(array, i, path);
                if (item != null) {
                    categories.add(category(item, path));
                }
            }
            return new CookieCatalogue(categories);
        }

        Category category(JsonObject o, String path) {
            known(o, path, "key", "essential", "name", "description", "services");
            String key = text(o, "key", path + ".key");
            if (key != null) {
                rules.categoryKey(key, path + ".key");
            }
            Boolean essential = bool(o, "essential", path + ".essential");
            LocalText name = local(o, "name", path + ".name", MAX_NAME);
            LocalText description = local(o, "description", path + ".description", MAX_TEXT);
            List<Service> services = new ArrayList<>();
            JsonArray array = array(o, "services", path + ".services");
            for (int i = 0; array != null && i < array.size(); i++) {
                String at = path + ".services[" + i + "]";
                JsonObject item = element(array, i, at);
                if (item != null) {
                    services.add(service(item, at, essential));
                }
            }
            return new Category(key, Boolean.TRUE.equals(essential), name, description, services);
        }

        Service service(JsonObject o, String path, Boolean essential) {
            known(o, path, "key", "name", "provider", "purpose", "privacyUrl", "cookies");
            String key = text(o, "key", path + ".key");
            if (key != null) {
                rules.serviceKey(key, path + ".key");
            }
            String name = text(o, "name", path + ".name");
            if (name != null) {
                rules.plain(name, path + ".name", MAX_NAME);
            }
            String provider = text(o, "provider", path + ".provider");
            if (provider != null) {
                rules.plain(provider, path + ".provider", MAX_PROVIDER);
            }
            LocalText purpose = local(o, "purpose", path + ".purpose", MAX_TEXT);
            String privacyUrl = null;
            if (o.containsKey("privacyUrl") && o.get("privacyUrl").getValueType() != JsonValue.ValueType.NULL) {
                privacyUrl = text(o, "privacyUrl", path + ".privacyUrl");
                if (privacyUrl != null) {
                    rules.url(privacyUrl, path + ".privacyUrl");
                }
            }
            List<Cookie> cookies = new ArrayList<>();
            JsonArray array = array(o, "cookies", path + ".cookies");
            for (int i = 0; array != null && i < array.size(); i++) {
                String at = path + ".cookies[" + i + "]";
                JsonObject item = element(array, i, at);
                if (item != null) {
                    cookies.add(cookie(item, at, essential));
                }
            }
            return new Service(key, name, provider, purpose, privacyUrl, cookies);
        }

        Cookie cookie(JsonObject o, String path, Boolean essential) {
            known(o, path, "name", "purpose", "lifetime");
            String name = text(o, "name", path + ".name");
            if (name != null) {
                rules.cookieName(name, path + ".name");
            }
            LocalText purpose = local(o, "purpose", path + ".purpose", MAX_TEXT);
            String lifetime = text(o, "lifetime", path + ".lifetime");
            if (lifetime != null) {
                rules.lifetime(lifetime, path + ".lifetime", essential);
            }
            return new Cookie(name, purpose, lifetime);
        }

        /** An object of texts per language; its rules are checked here, with the path of each language. */
        private LocalText local(JsonObject o, String name, String path, int max) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                problem(path, "This field is required: the text per language, such as {\"en\": \"...\", \"fr\": \"...\"}.");
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(path, "Expected the text per language, such as {\"en\": \"...\", \"fr\": \"...\"}.");
                return null;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            boolean readable = true;
            for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    texts.put(e.getKey(), s.getString().strip());
                } else {
                    problem(path + "." + e.getKey(), "Expected text in quotes, found "
                            + e.getValue().getValueType().name().toLowerCase(Locale.ROOT) + ".");
                    readable = false;
                }
            }
            LocalText text = new LocalText(texts);
            if (readable) {
                rules.local(text, path, max);
            }
            return text;
        }

        private void known(JsonObject o, String path, String... names) {
            Set<String> allowed = Set.of(names);
            for (String field : o.keySet()) {
                if (!allowed.contains(field)) {
                    problem(path.equals("$") ? field : path + "." + field, "Unknown field '" + field
                            + "'; the fields here are " + String.join(", ", names) + ".");
                }
            }
        }

        /** A required text, trimmed. */
        private String text(JsonObject o, String name, String path) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                problem(path, "This field is required.");
                return null;
            }
            if (!(value instanceof JsonString s)) {
                problem(path, "Expected text in quotes, found " + value.getValueType().name().toLowerCase(Locale.ROOT) + ".");
                return null;
            }
            String text = s.getString().strip();
            if (text.isEmpty()) {
                problem(path, "This field is required and may not be blank.");
                return null;
            }
            return text;
        }

        /** {@code true} or {@code false}; absent counts as {@code false}; {@code null} when it is neither. */
        private Boolean bool(JsonObject o, String name, String path) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return Boolean.FALSE;
            }
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            problem(path, "Expected true or false, without quotes.");
            return null;
        }

        private JsonArray array(JsonObject o, String name, String path) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                problem(path, "This field is required: a list [ ... ], possibly empty.");
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                problem(path, "Expected a list [ ... ].");
                return null;
            }
            return value.asJsonArray();
        }

        private JsonObject element(JsonArray array, int i, String path) {
            JsonValue value = array.get(i);
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problem(path, "Expected an object { ... }.");
                return null;
            }
            return value.asJsonObject();
        }

        private void problem(String path, String message) {
            problems.add(new CatalogueProblem(path, message));
        }
    }
}
