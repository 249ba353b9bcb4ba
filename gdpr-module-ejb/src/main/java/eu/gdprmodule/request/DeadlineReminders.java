package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every morning, tells the controller's staff ({@code gdpr.requests.notify}) which requests are due
 * within seven days and which are overdue: a missed deadline is itself a breach of Art. 12(3). Each
 * request is reminded once per state and deadline (an extension earns new reminders). The same run
 * deletes export files and links that expired.
 *
 * <p>In a cluster every server's timer fires; the rows' version column lets one server's marks
 * commit and makes the others' fail, so staff get one letter.
 */
@Stateless
public class DeadlineReminders {

    private static final Logger LOG = Logger.getLogger(DeadlineReminders.class.getName());

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    ModuleClock clock;

    @Inject
    RequestInbox inbox;

    @Inject
    ExportDelivery delivery;

    @Inject
    Event<PendingLetter> letters;

    @Schedule(hour = "6", minute = "0", persistent = false, info = "gdpr data-subject request reminders")
    void daily() {
        try {
            int sent = remind();
            LOG.info(() -> "Data-subject request reminders: " + sent + " request(s) reminded");
        } catch (RuntimeException e) {
            LOG.warning("Data-subject request reminders failed: " + e);
        }
    }

    /**
     * Marks and mails what is due soon or overdue today, by the module's clock.
     *
     * @return how many requests were in the letter
     */
    public int remind() {
        RequestSettings settings = RequestSettings.current();
        LocalDate today = LocalDate.ofInstant(clock.now(), settings.zone());
        List<String> lines = new ArrayList<>();
        for (DataSubjectRequest request : inbox.open()) {
            LocalDate deadline = request.getDeadline();
            String state = Deadlines.overdue(deadline, today) ? "overdue" : Deadlines.dueSoon(deadline, today) ? "soon" : null;
            String mark = state == null ? null : state + ":" + deadline;
            if (mark == null || mark.equals(request.getReminded())) {
                continue;
            }
            request.setReminded(mark);
            lines.add("- " + request.getReference() + " (" + request.getRight().wire() + ", " + request.getStatus().name().toLowerCase()
                    + "): " + ("overdue".equals(state) ? "OVERDUE since " : "due on ") + deadline);
        }
        em.createQuery("DELETE FROM RequestToken t WHERE t.expiresAt <= :now AND t.purpose = 'DOWNLOAD'")
                .setParameter("now", clock.now().toEpochMilli()).executeUpdate();
        delivery.purgeExpired();
        if (!lines.isEmpty()) {
            Letters words = new Letters("en", "");
            String console = settings.publicUrl() + "/gdpr/admin/requests/";
            for (String to : settings.staff()) {
                letters.fire(new PendingLetter(null, words.letter(to, "reminder", "", lines.size(), String.join("\n", lines), console),
                        "The deadline reminder"));
            }
        }
        return lines.size();
    }
}
