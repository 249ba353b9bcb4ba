package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Fired when the GDPR console shows one person (a data-subject request's page, and the person
 * lookup by e-mail address), so the host lists the records it holds about them: one panel per kind
 * of data, a few fields per record, and a link to the record in the host's own staff pages. An
 * administrator reviews them before running an erasure (Art. 17) or while answering an access
 * request (Art. 15), without opening every screen of the host. Like Liferay's "display" of user
 * associated data, it is for review; the export and the erasure themselves are
 * {@link PersonalDataExport} and {@link PersonalDataErasure}.
 *
 * <pre>
 * void panels(&#64;Observes DataSubjectPanels panels) {
 *     customers.findByEmail(panels.subject().email()).ifPresent(customer -&gt; {
 *         DataSubjectPanels.Panel panel = DataSubjectPanels.Panel.of("orders")
 *                 .title(Locale.ENGLISH, "Orders").title(Locale.FRENCH, "Commandes")
 *                 .columns("Order", "Placed on", "Product")
 *                 .order(100);
 *         for (Order o : orders.latest(customer, DataSubjectPanels.MAX_ROWS)) {
 *             panel = panel.row("/staff/order.xhtml?id=" + o.id(), o.number(), o.placedOn(), o.product());
 *         }
 *         panels.add(panel);
 *     });
 * }
 * </pre>
 *
 * <p>Each observer is called on its own, once per page: one that throws is shown as a failed panel
 * with its class's name and the others are drawn. Observers only read. Values are shown as text
 * ({@code String.valueOf}, never as HTML); links follow the rule of {@link ConsoleMenu}. A panel
 * holds at most {@value #MAX_ROWS} rows of at most {@value #MAX_COLUMNS} fields: link the full list
 * with {@link Panel#moreAt(String)}.
 *
 * @since 0.1
 */
public final class DataSubjectPanels implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows a panel may hold: a page reviewed by a person, not an export. */
    public static final int MAX_ROWS = 50;
    /** Fields a row may hold: "a few display fields". */
    public static final int MAX_COLUMNS = 8;

    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int MAX_VALUE = 500;

    private final DataSubject subject;
    private final Locale locale;
    private final List<Panel> panels = new ArrayList<>();

    /** Made by the module; public only so tests of host observers can make one. */
    public DataSubjectPanels(DataSubject subject, Locale locale) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The person: the e-mail address always, the name and the host's reference when known. */
    public DataSubject subject() {
        return subject;
    }

    /** The page's language, for column names and dates. */
    public Locale locale() {
        return locale;
    }

    /** Adds a panel (with no rows it says the host holds none of that kind). */
    public DataSubjectPanels add(Panel panel) {
        panels.add(Objects.requireNonNull(panel, "panel"));
        return this;
    }

    /** What the observers added so far. */
    public List<Panel> panels() {
        return Collections.unmodifiableList(panels);
    }

    /**
     * One record: its fields as shown, and where to open it in the host.
     *
     * @param values   one text per column
     * @param editLink the record's page in the host, or {@code null}
     */
    public record Row(List<String> values, String editLink) implements Serializable {
        public Row {
            values = List.copyOf(values);
        }

        public Optional<String> edit() {
            return Optional.ofNullable(editLink);
        }
    }

    /**
     * One kind of data about the person: immutable, each method returns a changed copy.
     *
     * @since 0.1
     */
    public static final class Panel implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final Wording title;
        private final List<String> columns;
        private final List<Row> rows;
        private final String more;
        private final Integer order;

        private Panel(String kind, Wording title, List<String> columns, List<Row> rows, String more, Integer order) {
            this.kind = kind;
            this.title = title;
            this.columns = columns;
            this.rows = rows;
            this.more = more;
            this.order = order;
        }

        /** A panel for one kind of data: lower-case letters, digits and hyphens, as in {@link PersonalDataExport}. */
        public static Panel of(String kind) {
            if (kind == null || !KIND.matcher(kind).matches()) {
                throw new IllegalArgumentException("A kind of data is 1 to 60 lower-case letters, digits or hyphens: " + kind);
            }
            return new Panel(kind, Wording.NONE, List.of(), List.of(), null, null);
        }

        /** Its title in one language; the kind is shown when none is given. */
        public Panel title(Locale language, String text) {
            return new Panel(kind, title.with(language, text, "A data panel's title"), columns, rows, more, order);
        }

        /** The names of the fields, in the page's language ({@link DataSubjectPanels#locale()}); before the rows. */
        public Panel columns(String... names) {
            if (names.length == 0 || names.length > MAX_COLUMNS) {
                throw new IllegalArgumentException("A data panel has 1 to " + MAX_COLUMNS + " columns");
            }
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Name the columns of panel " + kind + " before its rows");
            }
            return new Panel(kind, title, java.util.Arrays.stream(names).map(n -> text(n, "A column name")).toList(), rows, more, order);
        }

        /**
         * Adds one record: its values in the columns' order and its page in the host
         * ({@code null} for none).
         */
        public Panel row(String editLink, Object... values) {
            if (columns.isEmpty()) {
                throw new IllegalStateException("Name the columns of panel " + kind + " before its rows");
            }
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("Panel " + kind + " has " + columns.size() + " columns, a row gave " + values.length);
            }
            if (rows.size() >= MAX_ROWS) {
                throw new IllegalArgumentException("A data panel shows at most " + MAX_ROWS + " rows: link the rest with moreAt(...)");
            }
            List<String> shown = new ArrayList<>(values.length);
            for (Object value : values) {
                String text = value == null ? "" : String.valueOf(value);
                shown.add(text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text);
            }
            List<Row> more = new ArrayList<>(rows);
            more.add(new Row(shown, editLink == null ? null : ConsoleLinks.check(editLink, "A data panel row's link")));
            return new Panel(kind, title, columns, List.copyOf(more), this.more, order);
        }

        /** Where the host lists every record of this kind for the person, when the panel shows only some. */
        public Panel moreAt(String link) {
            return new Panel(kind, title, columns, rows, ConsoleLinks.check(link, "A data panel's link"), order);
        }

        /** Where it goes among the host's panels, lowest first; ties by observer class name. */
        public Panel order(int value) {
            return new Panel(kind, title, columns, rows, more, value);
        }

        public String kind() {
            return kind;
        }

        /** The title in this language, or the kind when none was given. */
        public String title(Locale language) {
            String text = title.in(language);
            return text == null ? kind : text;
        }

        public List<String> columns() {
            return columns;
        }

        public List<Row> rows() {
            return rows;
        }

        public Optional<String> moreAt() {
            return Optional.ofNullable(more);
        }

        public OptionalInt order() {
            return order == null ? OptionalInt.empty() : OptionalInt.of(order);
        }

        @Override
        public String toString() {
            return "DataSubjectPanels.Panel[" + kind + ", " + rows.size() + " rows]";
        }

        private static String text(String value, String what) {
            if (value == null || value.isBlank() || value.length() > Wording.MAX_LENGTH) {
                throw new IllegalArgumentException(what + " is 1 to " + Wording.MAX_LENGTH + " characters: " + value);
            }
            return value.strip();
        }
    }
}
