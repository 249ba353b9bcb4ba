package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.RightExercised;
import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * What a verified request sets in motion by itself, and the restrictions and objections an
 * administrator sets. Rights that need no judgement take effect at once: a withdrawal of consent
 * must be as easy as giving it (Art. 7(3)), and an objection to direct marketing is absolute
 * (Art. 21(3)). Others wait for an administrator: an objection on legitimate interest may meet
 * compelling grounds (Art. 21(1)), a restriction depends on the dispute (Art. 18(1)).
 */
@Stateless
public class RightsFollowUp {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    ModuleClock clock;

    @Inject
    RequestTimeline timeline;

    @Inject
    Event<PendingRight> rights;

    public void verified(DataSubjectRequest request) {
        Instant now = clock.now();
        switch (request.getRight()) {
            case RECTIFICATION -> tellHost(request, request.getPurpose(), true, now);
            case CONSENT_WITHDRAWAL -> {
                timeline.note(request.getId(), request.getReference(), RequestTimeline.SYSTEM, "consent-withdrawn",
                        "Consent to \"" + request.getPurpose() + "\" withdrawn; the host was told.");
                tellHost(request, request.getPurpose(), true, now);
            }
            case OBJECTION -> {
                if (RightsInForce.DIRECT_MARKETING.equals(request.getPurpose())) {
                    uphold(request, now);
                }
            }
            default -> {
                // access, portability, erasure, restriction, post-mortem: an administrator acts
            }
        }
    }

    /** Upholds an objection; one to direct marketing also suppresses the address for good. */
    public void uphold(DataSubjectRequest request, Instant now) {
        String purpose = request.getPurpose() == null ? RightsInForce.DIRECT_MARKETING : request.getPurpose();
        add(request, RightInForce.Kind.OBJECTION, purpose, now);
        if (RightsInForce.DIRECT_MARKETING.equals(purpose)) {
            add(request, RightInForce.Kind.SUPPRESSION, RightsInForce.DIRECT_MARKETING, now);
        }
        timeline.note(request, "objection-upheld",
                "Objection to \"" + purpose + "\" upheld" + (RightsInForce.DIRECT_MARKETING.equals(purpose)
                        ? "; the address is on the direct-marketing suppression list." : "."));
        tellHost(request, purpose, true, now);
    }

    /** Sets a restriction for the request's purpose, or for all purposes when it names none. */
    public void restrict(DataSubjectRequest request) {
        Instant now = clock.now();
        String purpose = request.getPurpose() == null ? RightInForce.ALL_PURPOSES : request.getPurpose();
        if (!active(request, RightInForce.Kind.RESTRICTION).isEmpty()) {
            throw new RequestConflict("Processing is already restricted for request " + request.getReference() + ".");
        }
        add(request, RightInForce.Kind.RESTRICTION, purpose, now);
        timeline.note(request, "restricted", "Processing restricted for " + describe(purpose) + ".");
        tellHost(request, request.getPurpose(), true, now);
    }

    public void lift(DataSubjectRequest request) {
        Instant now = clock.now();
        List<RightInForce> in = active(request, RightInForce.Kind.RESTRICTION);
        if (in.isEmpty()) {
            throw new RequestConflict("No restriction of request " + request.getReference() + " is in force.");
        }
        in.forEach(r -> r.lift(now));
        timeline.note(request, "restriction-lifted", "Restriction lifted for " + describe(in.get(0).getPurpose())
                + "; the person must be told before (Art. 18(3)).");
        tellHost(request, request.getPurpose(), false, now);
    }

    public List<RightInForce> active(DataSubjectRequest request, RightInForce.Kind kind) {
        return em.createQuery("SELECT r FROM RightInForce r WHERE r.requestId = :id AND r.kind = :kind AND r.liftedAt IS NULL",
                RightInForce.class).setParameter("id", request.getId()).setParameter("kind", kind.name()).getResultList();
    }

    private void add(DataSubjectRequest request, RightInForce.Kind kind, String purpose, Instant now) {
        em.persist(new RightInForce(request.getEmailHash(), kind, purpose, request.getId(), now));
    }

    private void tellHost(DataSubjectRequest request, String purpose, boolean inForce, Instant now) {
        rights.fire(new PendingRight(new RightExercised(request.getRight(), request.subject(), purpose,
                request.getRight() == DataSubjectRight.RECTIFICATION ? request.getDetails() : "", inForce, request.getReference(), now)));
    }

    private static String describe(String purpose) {
        return RightInForce.ALL_PURPOSES.equals(purpose) ? "every purpose" : "\"" + purpose + "\"";
    }
}
