package eu.gdprmodule.examples.shop.order;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice number such as {@code INV-2025-000042}: the year and the invoice's rank in that
 * year. French law wants invoice numbers unique and in one continuous, chronological sequence
 * (CGI, annex II, art. 242 nonies A); a yearly series that restarts at 1 is allowed, and the
 * zero-padded rank keeps them sorting in issue order.
 *
 * @param year the calendar year of issue
 * @param rank the invoice's place in that year's series, from 1
 */
public record InvoiceNumber(int year, int rank) {

    private static final Pattern FORMAT = Pattern.compile("INV-(\\d{4})-(\\d{6})");
    /** The largest rank six digits can print. */
    static final int MAX_RANK = 999_999;

    public InvoiceNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("not a plausible invoice year: " + year);
        }
        if (rank < 1 || rank > MAX_RANK) {
            throw new IllegalArgumentException("an invoice rank is between 1 and " + MAX_RANK + ": " + rank);
        }
    }

    /** The first invoice of a year. */
    public static InvoiceNumber first(int year) {
        return new InvoiceNumber(year, 1);
    }

    /** The invoice after this one in the same year's series. */
    public InvoiceNumber next() {
        return new InvoiceNumber(year, rank + 1);
    }

    /** Reads a printed number back. */
    public static InvoiceNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an invoice number: " + text);
        }
        return new InvoiceNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return String.format("INV-%04d-%06d", year, rank);
    }
}
