package eu.gdprmodule.web.admin.request;

import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.Deadlines;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.request.RequestStatus;
import eu.gdprmodule.web.admin.ConsoleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the request screens name things in the console's language: rights (with the article that
 * grants them), statuses, timeline steps, and where a request stands against its deadline. The
 * inbox and the request page share it, so a right or a deadline reads the same on both.
 *
 * <p>"Today" is the day in the controller's time zone ({@code gdpr.requests.time-zone}), on the
 * module's clock: Art. 12(3) counts the month in calendar days, and the engine's reminders count
 * them the same way, so the console never shows a request as on time that the reminder calls late.
 */
@Named("gdprRequestLabels")
@ApplicationScoped
public class RequestLabels {

    /** Where a request stands against its deadline. */
    public enum DeadlineState {
        /** Closed (answered or refused): its deadline no longer runs. */
        CLOSED,
        /** Open, the deadline more than a week away. */
        ON_TIME,
        /** Open, the deadline within the week the engine's reminder warns of. */
        DUE_SOON,
        /** Open, the deadline passed. */
        OVERDUE;

        /** The name pages and tests read ({@code due-soon}) and the CSS class's suffix. */
        public String getWire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isLate() {
            return this == OVERDUE || this == DUE_SOON;
        }
    }

    @Inject
    ModuleClock clock;

    /** The controller's today, against which deadlines are read. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), RequestSettings.current().zone());
    }

    public DeadlineState deadlineState(DataSubjectRequest request) {
        return stateOf(request.getStatus(), request.getDeadline(), today());
    }

    static DeadlineState stateOf(RequestStatus status, LocalDate deadline, LocalDate today) {
        if (status.closed()) {
            return DeadlineState.CLOSED;
        }
        if (Deadlines.overdue(deadline, today)) {
            return DeadlineState.OVERDUE;
        }
        return Deadlines.dueSoon(deadline, today) ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
    }

    /** "3 days left", "due today", "5 days late"; empty for a closed request. */
    public String deadlineNote(DataSubjectRequest request) {
        DeadlineState state = deadlineState(request);
        if (state == DeadlineState.CLOSED) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), request.getDeadline());
        if (days == 0) {
            return text("requests.deadline.today");
        }
        return days > 0 ? ConsoleText.format("requests.deadline.left", days) : ConsoleText.format("requests.deadline.late", -days);
    }

    /** The row or box class that highlights a late request. */
    public String deadlineClass(DataSubjectRequest request) {
        return "gdpr-deadline-" + deadlineState(request).getWire();
    }

    public String rightLabel(DataSubjectRight right) {
        return right == null ? "" : text("requests.right." + right.wire());
    }

    /** The article that grants the right, such as "Art. 15 GDPR". */
    public String rightArticle(DataSubjectRight right) {
        return right == null ? "" : text("requests.right." + right.wire() + ".article");
    }

    public String statusLabel(RequestStatus status) {
        return status == null ? "" : text("requests.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** A timeline step in words; a step this version does not know keeps its engine name. */
    public String eventLabel(String kind) {
        String key = "requests.event." + kind;
        String label = text(key);
        return label.equals(key) ? kind : label;
    }

    /** The rights, in the order of the GDPR's articles, for a filter. */
    public List<SelectItem> getRightOptions() {
        return Arrays.stream(DataSubjectRight.values()).map(r -> new SelectItem(r.wire(), rightLabel(r))).toList();
    }

    public List<SelectItem> getStatusOptions() {
        return Arrays.stream(RequestStatus.values())
                .map(s -> new SelectItem(s.name().toLowerCase(Locale.ROOT), statusLabel(s))).toList();
    }
}
