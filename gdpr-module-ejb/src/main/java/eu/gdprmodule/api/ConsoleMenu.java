package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Fired each time the GDPR console draws its navigation, so the host adds entries to its own staff
 * pages (a customer list, a CMS's user screen) under the module's sections. The module draws them
 * in the console's look, shows each one only to users in its required role, and orders them by
 * {@link Entry#order(int)}; an entry without one takes its observer's {@code @Priority}.
 *
 * <pre>
 * void menu(&#64;Observes ConsoleMenu menu) {
 *     menu.add(ConsoleMenu.Entry.to("/staff/customers.xhtml")
 *             .label(Locale.ENGLISH, "Customers")
 *             .label(Locale.FRENCH, "Clients")
 *             .requiredRole("gdpr-admin")
 *             .order(100));
 * }
 * </pre>
 *
 * <p>The module calls each observer on its own: one that throws is shown as a failed entry, with
 * its class's name, and the console still works. Observers are called once per page, on the
 * request's thread: they must be quick and only read. Labels are shown as text (never as HTML);
 * a target that is not a path from the application's root or an {@code http(s)} URL is refused
 * with an {@link IllegalArgumentException}. An entry is a convenience, not a permission: protect
 * the page it opens as well ({@code docs/integration.md}, section 13).
 *
 * @since 0.1
 */
public final class ConsoleMenu implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final List<Entry> entries = new ArrayList<>();

    /** Made by the module; public only so tests of host observers can make one. */
    public ConsoleMenu(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The console page's language, for hosts that compute their labels. */
    public Locale locale() {
        return locale;
    }

    /** Adds an entry; refused when it has no label. */
    public ConsoleMenu add(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.label.isEmpty()) {
            throw new IllegalArgumentException("The console menu entry to " + entry.target + " has no label");
        }
        entries.add(entry);
        return this;
    }

    /** What the observers added so far. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * One menu entry: immutable, each method returns a changed copy.
     *
     * @since 0.1
     */
    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String target;
        private final Wording label;
        private final String requiredRole;
        private final Integer order;

        private Entry(String target, Wording label, String requiredRole, Integer order) {
            this.target = target;
            this.label = label;
            this.requiredRole = requiredRole;
            this.order = order;
        }

        /** An entry opening a page of the host ({@code /staff/customers.xhtml}) or an {@code http(s)} URL. */
        public static Entry to(String target) {
            return new Entry(ConsoleLinks.check(target, "A console menu entry's target"), Wording.NONE, null, null);
        }

        /** Its label in one language (up to 200 characters); give at least one. */
        public Entry label(Locale language, String text) {
            return new Entry(target, label.with(language, text, "A console menu entry's label"), requiredRole, order);
        }

        /** Shows the entry only to users in this role (e.g. {@code gdpr-admin}); by default every console user sees it. */
        public Entry requiredRole(String role) {
            return new Entry(target, label, ConsoleLinks.role(role), order);
        }

        /** Where it goes among the host's entries, lowest first; ties by observer class name. */
        public Entry order(int value) {
            return new Entry(target, label, requiredRole, value);
        }

        public String target() {
            return target;
        }

        /** The label for a page in this language, falling back to the language alone, then English, then any. */
        public String label(Locale language) {
            return label.in(language);
        }

        public Optional<String> requiredRole() {
            return Optional.ofNullable(requiredRole);
        }

        public OptionalInt order() {
            return order == null ? OptionalInt.empty() : OptionalInt.of(order);
        }

        @Override
        public String toString() {
            return "ConsoleMenu.Entry[" + target + "]";
        }
    }
}
