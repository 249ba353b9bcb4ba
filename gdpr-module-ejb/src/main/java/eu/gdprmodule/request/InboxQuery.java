package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectRight;
import java.time.LocalDate;

/**
 * A search of the inbox; {@code null} fields do not filter.
 *
 * @param right    only this right
 * @param status   only this status
 * @param dueBy    only open requests whose deadline is on or before this day
 * @param text     a reference or part of an address
 */
public record InboxQuery(DataSubjectRight right, RequestStatus status, LocalDate dueBy, String text) {

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null);
    }
}
