package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.ConsentMethod;
import eu.gdprmodule.consent.ProofQuery;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the consent log's query parameters into a {@link ProofQuery}, for the API and the
 * console screen alike. Dates are whole days in the console's time zone: {@code from} from the
 * start of its day, {@code to} up to the end of its day (included), so "from 2026-03-01 to
 * 2026-03-31" is the month an authority asks about.
 */
final class ProofFilter {

    private ProofFilter() {
    }

    /**
     * @throws BadRequestException naming the parameter and the expected form, for a date or a
     *                             method that cannot be read, or {@code from} after {@code to}
     */
    static ProofQuery query(String consentId, String from, String to, String method, ZoneId zone) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadRequestException("'from' (" + first + ") is after 'to' (" + last + "): give the first day, "
                    + "then the last day of the period.");
        }
        return query(consentId, first, last, method(method), zone);
    }

    static ProofQuery query(String consentId, LocalDate from, LocalDate to, ConsentMethod method, ZoneId zone) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new ProofQuery(consentId, start, end, method);
    }

    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date written year-month-day, such as 2026-03-31; "
                    + "got '" + value.strip() + "'.");
        }
    }

    /** A method by its wire name ({@code accept-all}) or constant ({@code ACCEPT_ALL}); {@code null} for any. */
    static ConsentMethod method(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wire = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return ConsentMethod.ofWire(wire).orElseThrow(() -> new BadRequestException("'method' must be one of "
                + Arrays.stream(ConsentMethod.values()).map(ConsentMethod::wire).collect(Collectors.joining(", "))
                + "; got '" + value.strip() + "'."));
    }
}
