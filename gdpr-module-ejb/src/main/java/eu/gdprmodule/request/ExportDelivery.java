package eu.gdprmodule.request;

import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a finished export and hands it over: the file in the database, a single-use link that
 * expires with it (default seven days), the letter with the link, and the download itself.
 */
@Stateless
public class ExportDelivery {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    ModuleClock clock;

    @Inject
    RequestTimeline timeline;

    @Inject
    RequestIntake intake;

    @Inject
    Event<PendingLetter> letters;

    public void store(String requestId, byte[] zip, long rows, String linkBase, long millis) {
        Instant now = clock.now();
        Duration lifetime = RequestSettings.current().downloadLifetime();
        Instant expires = now.plus(lifetime);
        ExportFile file = em.find(ExportFile.class, requestId);
        if (file == null) {
            em.persist(new ExportFile(requestId, now, expires, rows, zip));
        } else {
            file.replace(now, expires, rows, zip);
        }
        // a new export replaces the old one: earlier links die with it
        em.createQuery("UPDATE RequestToken t SET t.usedAt = :now WHERE t.requestId = :id AND t.purpose = 'DOWNLOAD' AND t.usedAt IS NULL")
                .setParameter("now", now.toEpochMilli()).setParameter("id", requestId).executeUpdate();
        String token = Secrets.token();
        em.persist(new RequestToken(Secrets.sha256(token), requestId, RequestToken.Purpose.DOWNLOAD, now, expires));
        DataSubjectRequest request = em.find(DataSubjectRequest.class, requestId);
        timeline.note(request, "export-ready", "Export ready: " + rows + " rows, " + zip.length + " bytes, in " + millis
                + " ms; download link sent, valid until " + expires + ".");
        Letters words = intake.letters(request);
        letters.fire(new PendingLetter(requestId, words.letter(request.getEmail(), "download", request.getReference(),
                lifetime.toDays(), RequestSettings.current().linkBase(linkBase) + "/gdpr/requests/download?token=" + token), "The download link"));
    }

    /**
     * Uses a download link once.
     *
     * @return the file, or empty when the link is unknown, used or expired (not told apart)
     */
    public Optional<ExportFile> redeem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.now();
        RequestToken stored = em.find(RequestToken.class, Secrets.sha256(token.trim()));
        if (stored == null || stored.getPurpose() != RequestToken.Purpose.DOWNLOAD || !stored.usable(now)) {
            return Optional.empty();
        }
        ExportFile file = em.find(ExportFile.class, stored.getRequestId());
        if (file == null || !now.isBefore(file.getExpiresAt())) {
            return Optional.empty();
        }
        stored.use(now);
        DataSubjectRequest request = em.find(DataSubjectRequest.class, stored.getRequestId());
        timeline.note(request.getId(), request.getReference(), RequestTimeline.SYSTEM, "downloaded", "The person downloaded the export.");
        file.getContent(); // read while the transaction is open (lazy)
        return Optional.of(file);
    }

    /** Deletes export files whose link expired (Art. 5(1)(e)); returns how many. */
    public int purgeExpired() {
        return em.createQuery("DELETE FROM ExportFile f WHERE f.expiresAt <= :now")
                .setParameter("now", clock.now().toEpochMilli()).executeUpdate();
    }
}
