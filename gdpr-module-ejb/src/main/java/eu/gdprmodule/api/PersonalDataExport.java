package eu.gdprmodule.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Asks the host for a person's data, for an access or portability request (Art. 15 and 20 GDPR).
 * Each observer describes the kinds of data it holds about the person; the module then reads
 * each kind page by page, so a contributor with a hundred thousand rows never holds them all in
 * memory, and writes them to the export file (one CSV per kind, and all of it in JSON).
 *
 * <pre>
 * void export(&#64;Observes PersonalDataExport export) {
 *     customers.findByEmail(export.subject().email()).ifPresent(customer -&gt;
 *         export.kind("orders", "Orders", List.of("number", "placed on", "total"),
 *                 (first, max) -&gt; orders.of(customer, first, max).stream()
 *                         .map(o -&gt; List.&lt;Object&gt;of(o.number(), o.placedOn(), o.total())).toList()));
 * }
 * </pre>
 *
 * <p>The module calls each observer on its own, in {@code @Priority} order: one that throws is
 * reported by name as failed, without hiding what the others contributed. Observers must only
 * read: the same export may be run again.
 *
 * @since 0.1
 */
public final class PersonalDataExport {

    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    /** Reads one page of rows of one kind; an empty or short page ends the kind. */
    @FunctionalInterface
    public interface RowPages {
        /**
         * @param first the index of the first row wanted, from 0
         * @param max   how many rows at most
         * @return the rows, each with one value per column, in the columns' order
         */
        List<List<?>> page(int first, int max);
    }

    /** One kind of data a contributor holds about the person. */
    public record Kind(String kind, String title, List<String> columns, RowPages rows) {
    }

    private final DataSubject subject;
    private final String requestReference;
    private final List<Kind> kinds = new ArrayList<>();

    /** Made by the module; public only so tests of host observers can make one. */
    public PersonalDataExport(DataSubject subject, String requestReference) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.requestReference = Objects.requireNonNull(requestReference, "requestReference");
    }

    public DataSubject subject() {
        return subject;
    }

    public String requestReference() {
        return requestReference;
    }

    /**
     * Adds one kind of data.
     *
     * @param kind    a short id, lower-case letters, digits and hyphens: the CSV's file name
     * @param title   what a person reading the export calls it
     * @param columns the column names
     * @param rows    where the rows come from
     */
    public PersonalDataExport kind(String kind, String title, List<String> columns, RowPages rows) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("A kind of data is 1 to 60 lower-case letters, digits or hyphens: " + kind);
        }
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("Kind " + kind + " has no columns");
        }
        kinds.add(new Kind(kind, title == null || title.isBlank() ? kind : title, List.copyOf(columns), Objects.requireNonNull(rows)));
        return this;
    }

    /** What the observers added so far. */
    public List<Kind> kinds() {
        return Collections.unmodifiableList(kinds);
    }
}
