package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * What an administrator or the DPO does with a request in the console. Every action is on the
 * request's timeline and in the audit log, and every one the person must know of is mailed to
 * them: an extension with its reason (Art. 12(3)), a refusal with the right to complain (Art.
 * 12(4)), the answer.
 */
@Stateless
public class RequestDesk {

    @Inject
    ModuleClock clock;

    @Inject
    RequestTimeline timeline;

    @Inject
    RequestIntake intake;

    @Inject
    RightsFollowUp rights;

    @Inject
    RequestInbox inbox;

    @Inject
    Event<PendingLetter> letters;

    /** Marks the identity checked by other means (a call, a document), with how. */
    public DataSubjectRequest verifyByHand(String reference, String how) {
        DataSubjectRequest request = load(reference);
        if (request.getStatus() != RequestStatus.UNVERIFIED) {
            throw new RequestConflict("Request " + reference + " is already verified or closed.");
        }
        String note = required(how, "how", "Say how the identity was checked (for example: customer called from the phone on file).");
        timeline.note(request, "verified", "Identity checked by hand: " + note);
        intake.verify(request, clock.now(), "by hand");
        return request;
    }

    /** Extends the deadline by one or two months (Art. 12(3)); the person is told why. */
    public DataSubjectRequest extend(String reference, int months, String reason) {
        DataSubjectRequest request = load(reference);
        requireOpen(request);
        String why = required(reason, "reason", "Give the reason for the extension: the person is told it (Art. 12(3)).");
        if (request.getExtendedTo() != null) {
            throw new RequestConflict("The deadline of " + reference + " was already extended to " + request.getExtendedTo()
                    + "; the GDPR allows one extension of at most two months.");
        }
        LocalDate received = Deadlines.receivedOn(request.getReceivedAt(), RequestSettings.current().zone());
        LocalDate to;
        try {
            to = Deadlines.extended(received, months);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(java.util.List.of(new NewRequest.Problem("months", e.getMessage())));
        }
        request.extend(to, why);
        timeline.note(request, "extended", "Deadline extended to " + to + ": " + why);
        Letters words = intake.letters(request);
        letters.fire(new PendingLetter(request.getId(), words.letter(request.getEmail(), "extended", reference,
                words.date(to), why), "The extension letter"));
        return request;
    }

    /** Refuses (Art. 12(5): manifestly unfounded or excessive; or identity not proven, Art. 12(6)). */
    public DataSubjectRequest refuse(String reference, String reason) {
        DataSubjectRequest request = load(reference);
        requireOpenOrUnverified(request);
        String why = required(reason, "reason", "Give the reason for the refusal: the person is told it (Art. 12(4)).");
        request.close(RequestStatus.REFUSED, clock.now(), why);
        timeline.note(request, "refused", why);
        Letters words = intake.letters(request);
        letters.fire(new PendingLetter(request.getId(), words.letter(request.getEmail(), "refused", reference,
                words.right(request.getRight()), why), "The refusal letter"));
        return request;
    }

    /** Closes the request with the answer mailed to the person. */
    public DataSubjectRequest complete(String reference, String reply) {
        DataSubjectRequest request = load(reference);
        requireOpen(request);
        String answer = required(reply, "reply", "Write the answer the person receives.");
        request.close(RequestStatus.COMPLETED, clock.now(), answer);
        timeline.note(request, "completed", answer);
        Letters words = intake.letters(request);
        letters.fire(new PendingLetter(request.getId(), words.letter(request.getEmail(), "completed", reference,
                words.right(request.getRight()), answer), "The answer"));
        return request;
    }

    public DataSubjectRequest restrict(String reference) {
        DataSubjectRequest request = load(reference);
        requireOpen(request);
        requireRight(request, DataSubjectRight.RESTRICTION);
        rights.restrict(request);
        return request;
    }

    public DataSubjectRequest lift(String reference) {
        DataSubjectRequest request = load(reference);
        requireRight(request, DataSubjectRight.RESTRICTION);
        rights.lift(request);
        return request;
    }

    public DataSubjectRequest upholdObjection(String reference) {
        DataSubjectRequest request = load(reference);
        requireOpen(request);
        requireRight(request, DataSubjectRight.OBJECTION);
        if (!rights.active(request, RightInForce.Kind.OBJECTION).isEmpty()) {
            throw new RequestConflict("The objection of " + reference + " is already upheld.");
        }
        rights.uphold(request, clock.now());
        return request;
    }

    /** Adds a note to the timeline (a call made, a document received). */
    public DataSubjectRequest note(String reference, String text) {
        DataSubjectRequest request = load(reference);
        timeline.note(request, "note", required(text, "note", "Write the note."));
        return request;
    }

    private DataSubjectRequest load(String reference) {
        return inbox.find(reference).orElseThrow(() -> new RequestNotFound(reference));
    }

    private static void requireOpen(DataSubjectRequest request) {
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new RequestConflict("Request " + request.getReference() + " is " + request.getStatus().name().toLowerCase()
                    + (request.getStatus() == RequestStatus.UNVERIFIED ? ": check the person's identity first." : "."));
        }
    }

    private static void requireOpenOrUnverified(DataSubjectRequest request) {
        if (request.getStatus().closed()) {
            throw new RequestConflict("Request " + request.getReference() + " is already " + request.getStatus().name().toLowerCase() + ".");
        }
    }

    private static void requireRight(DataSubjectRequest request, DataSubjectRight right) {
        if (request.getRight() != right) {
            throw new RequestConflict("Request " + request.getReference() + " is for " + request.getRight().wire() + ", not " + right.wire() + ".");
        }
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(java.util.List.of(new NewRequest.Problem(field, message)));
        }
        String text = value.trim();
        if (text.length() > 2000) {
            throw new InvalidRequest(java.util.List.of(new NewRequest.Problem(field, "At most 2,000 characters.")));
        }
        return text;
    }
}
