package eu.gdprmodule.web.admin.audit;

import eu.gdprmodule.audit.AuditFilter;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Turns the console's query parameters into an {@link AuditFilter}. A date alone
 * ({@code 2026-11-23}) means the whole day in the console's time zone: "from" its start, "to"
 * its end; a full instant ({@code 2026-11-23T10:15:30Z}) is taken as is.
 */
final class AuditQuery {

    private AuditQuery() {
    }

    static AuditFilter filter(String actor, String entityType, String entityId, String action, String from,
            String to, ZoneId zone) {
        return new AuditFilter(actor, entityType, entityId, action, instant("from", from, zone, false),
                instant("to", to, zone, true));
    }

    static Instant instant(String name, String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date such as 2026-11-23 or an instant such as "
                    + "2026-11-23T10:15:30Z; got '" + text + "'.");
        }
    }
}
