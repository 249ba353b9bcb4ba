package eu.gdprmodule.consent;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a site sets in a visitor's browser, grouped as the visitor chooses it: categories
 * (essential, audience measurement, embedded media...), the services in each, and the cookies
 * (or name patterns) each service sets. The banner's preference centre and the cookie policy's
 * table are both written from it, so they cannot say different things (Art. 5(3) ePrivacy
 * Directive: "clear and comprehensive information").
 *
 * @param categories in the order the preference centre shows them
 * @since 0.1
 */
public record CookieCatalogue(List<Category> categories) {

    public static final CookieCatalogue EMPTY = new CookieCatalogue(List.of());

    public CookieCatalogue {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * A category a visitor grants or refuses as a whole.
     *
     * @param key         lower-case letters, digits and dashes, such as {@code analytics}
     * @param essential   strictly necessary for the service the visitor asked for: exempt from
     *                    consent (Art. 82 French Data Protection Act), always on, no toggle
     * @param name        what the toggle is called
     * @param description what the category is for
     * @param services    the services in the category
     */
    public record Category(String key, boolean essential, LocalText name, LocalText description, List<Service> services) {
        public Category {
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /**
     * One provider's tool (a statistics tool, a video player) a visitor may allow on its own.
     *
     * @param key        unique in the whole catalogue, lower-case letters, digits and dashes
     * @param name       its name, such as "Matomo"
     * @param provider   who provides it (the company the data goes to)
     * @param purpose    what it is used for
     * @param privacyUrl the provider's privacy policy, or {@code null}
     * @param cookies    the cookies it sets
     */
    public record Service(String key, String name, String provider, LocalText purpose, String privacyUrl,
            List<Cookie> cookies) {
        public Service {
            cookies = cookies == null ? List.of() : List.copyOf(cookies);
        }
    }

    /**
     * A cookie or a family of cookies.
     *
     * @param name     the exact name, or a pattern where {@code *} stands for any characters
     *                 ({@code _pk_id.*})
     * @param purpose  what it holds and why
     * @param lifetime how long it lives: an ISO-8601 period or duration ({@code P13M},
     *                 {@code PT30M}) or {@code session}
     */
    public record Cookie(String name, LocalText purpose, String lifetime) {

        /** Whether a cookie the browser sent is this one (or one of this family). */
        public boolean matches(String cookieName) {
            if (cookieName == null) {
                return false;
            }
            if (!name.contains("*")) {
                return name.equals(cookieName);
            }
            return PATTERNS.computeIfAbsent(name, Cookie::pattern).matcher(cookieName).matches();
        }

        private static java.util.regex.Pattern pattern(String name) {
            StringBuilder regex = new StringBuilder();
            for (String part : name.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                regex.append(java.util.regex.Pattern.quote(part));
            }
            return java.util.regex.Pattern.compile(regex.toString());
        }
    }

    /**
     * Compiled once per name: a visitor who refused is matched against every cookie their browser
     * sends on every page view. Names come from the catalogue only, so the map stays small.
     */
    private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<Category> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Stream<Service> services() {
        return categories.stream().flatMap(c -> c.services().stream());
    }

    public Optional<Service> service(String key) {
        return services().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The category a service belongs to. */
    public Optional<Category> categoryOf(String serviceKey) {
        return categories.stream().filter(c -> c.services().stream().anyMatch(s -> s.key().equals(serviceKey))).findFirst();
    }

    /** The categories a visitor chooses, in order (every one that is not essential). */
    public List<Category> optional() {
        return categories.stream().filter(c -> !c.essential()).toList();
    }
}
