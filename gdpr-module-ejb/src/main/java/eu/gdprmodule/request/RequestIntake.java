package eu.gdprmodule.request;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.DataSubjectRequests;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.api.Register;
import eu.gdprmodule.config.ModuleClock;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Receives requests. From the public form a request waits for its identity check: a link sent to
 * the address given (Art. 12(6): the controller may ask for what confirms identity; an e-mail
 * round trip is the proportionate check for data keyed by address). Whatever the address, the
 * form's answer is the same, so it never tells who is a customer.
 */
@Stateless
@LocalBean // also injectable by its class, not only as the api interface it implements
@Local(DataSubjectRequests.class)
public class RequestIntake implements DataSubjectRequests {

    /** What the public intake answered; {@code retryAfter} is set only when a rate limit applies. */
    public record Receipt(String reference, Duration retryAfter) {
        public boolean limited() {
            return retryAfter != null;
        }
    }

    private static final Duration WINDOW = RequestLimits.KEEP;
    private static final Logger LOG = Logger.getLogger(RequestIntake.class.getName());

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    ModuleClock clock;

    @Inject
    RequestTimeline timeline;

    @Inject
    Event<PendingLetter> letters;

    @Inject
    Register register;

    @Inject
    RightsFollowUp followUp;

    @Inject
    RequestLimits limits;

    @Resource
    SessionContext context;

    /**
     * Registers a request from the public form or API and mails the identity check.
     *
     * @param linkBase the site's address, for the link, e.g. {@code https://shop.example}
     * @param client   the network address the request came from, for the rate limit only
     */
    public Receipt receive(NewRequest request, String linkBase, String client) {
        RequestSettings settings = RequestSettings.current();
        Instant now = clock.now();
        String emailHash = Secrets.emailHash(request.email());
        String clientHash = Secrets.clientHash(client);
        // Art. 12(5) lets a controller refuse excessive requests; limiting repeats also stops
        // the form from being used to bomb someone's mailbox with verification letters. The
        // keys' locks make the count and the insert one step (RequestLimits), also in a cluster.
        try {
            limits.hold(now, emailHash, clientHash);
            if (recent("r.emailHash", emailHash, now) >= settings.perAddressPerDay()
                    || clientHash != null && recent("r.clientHash", clientHash, now) >= settings.perClientPerDay()) {
                return new Receipt(null, WINDOW);
            }
            DataSubjectRequest stored = store(request, clientHash, now);
            timeline.note(stored.getId(), stored.getReference(), RequestTimeline.SYSTEM, "received",
                    "Received from the public form: right of " + request.right().wire() + ".");
            String token = Secrets.token();
            Duration lifetime = settings.verificationLifetime();
            em.persist(new RequestToken(Secrets.sha256(token), stored.getId(), RequestToken.Purpose.VERIFY, now, now.plus(lifetime)));
            em.flush(); // a lock failure here, not at the commit after this method, where it would be a 500
            Letters words = letters(stored);
            letters.fire(new PendingLetter(stored.getId(), words.letter(stored.getEmail(), "verify", stored.getReference(),
                    words.right(request.right()), words.duration(lifetime), settings.linkBase(linkBase) + "/gdpr/requests/verify?token=" + token),
                    "The identity check letter"));
            return new Receipt(stored.getReference(), null);
        } catch (RuntimeException e) {
            if (!RequestLimits.busy(e)) {
                throw e;
            }
            // the database gave up waiting for a key's lock: only a flood of requests for that key
            // makes it wait that long, so the answer is the limit's (nothing is stored or sent)
            context.setRollbackOnly();
            LOG.info(() -> "A public request was refused as limited: the database ended its wait for a rate-limit lock (" + e + ")");
            return new Receipt(null, WINDOW);
        }
    }

    @Override
    public String fileVerified(FiledRequest filed) {
        NewRequest request = NewRequest.of(filed);
        Instant now = clock.now();
        DataSubjectRequest stored = store(request, null, now);
        timeline.note(stored, "received", "Filed by the host for an identified person"
                + (request.hostReference() == null ? "" : " (" + request.hostReference() + ")")
                + ": right of " + request.right().wire() + ".");
        verify(stored, now, "host");
        return stored.getReference();
    }

    /**
     * Uses an identity-check link.
     *
     * @return the verified request, or empty when the link is unknown, used or expired (the
     *         caller says so without telling which)
     */
    public Optional<DataSubjectRequest> verifyByLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.now();
        RequestToken stored = em.find(RequestToken.class, Secrets.sha256(token.trim()));
        if (stored == null || stored.getPurpose() != RequestToken.Purpose.VERIFY || !stored.usable(now)) {
            return Optional.empty();
        }
        stored.use(now);
        DataSubjectRequest request = em.find(DataSubjectRequest.class, stored.getRequestId());
        if (request.getStatus() == RequestStatus.UNVERIFIED) {
            timeline.note(request.getId(), request.getReference(), RequestTimeline.SYSTEM, "verified",
                    "The person followed the link sent to their address.");
            verify(request, now, "e-mail link");
        }
        return Optional.of(request);
    }

    /** Marks a request verified (by link, by hand or by the host) and starts its right's workflow. */
    public void verify(DataSubjectRequest request, Instant now, String how) {
        request.verified(now, how);
        Letters words = letters(request);
        letters.fire(new PendingLetter(request.getId(), words.letter(request.getEmail(), "verified", request.getReference(),
                words.right(request.getRight()), words.date(request.getDeadline())), "The acknowledgement"));
        followUp.verified(request);
    }

    private DataSubjectRequest store(NewRequest request, String clientHash, Instant now) {
        LocalDate received = Deadlines.receivedOn(now, RequestSettings.current().zone());
        DataSubjectRequest stored = new DataSubjectRequest(UUID.randomUUID().toString(), uniqueReference(), request,
                Secrets.emailHash(request.email()), clientHash, now, Deadlines.dueOn(received));
        em.persist(stored);
        return stored;
    }

    private String uniqueReference() {
        for (int i = 0; i < 5; i++) {
            String candidate = Secrets.reference();
            if (em.createQuery("SELECT COUNT(r) FROM DataSubjectRequest r WHERE r.reference = :ref", Long.class)
                    .setParameter("ref", candidate).getSingleResult() == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free request reference after five tries");
    }

    private long recent(String column, String hash, Instant now) {
        return em.createQuery("SELECT COUNT(r) FROM DataSubjectRequest r WHERE " + column + " = :hash AND r.receivedAt > :since", Long.class)
                .setParameter("hash", hash).setParameter("since", now.minus(WINDOW).toEpochMilli()).getSingleResult();
    }

    public Letters letters(DataSubjectRequest request) {
        ControllerIdentity controller = register.controller();
        return new Letters(request.getLanguage(), controller == null ? "" : controller.name());
    }
}
