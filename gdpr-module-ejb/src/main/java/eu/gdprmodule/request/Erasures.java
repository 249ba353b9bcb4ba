package eu.gdprmodule.request;

import eu.gdprmodule.api.PersonalDataErasure;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Erases a person's data through the host's contributors (Art. 17): first a preview, in which
 * nothing changes and each contributor says what it would erase, anonymise or keep; then the run.
 * Each contributor runs in its own transaction with its report; one that fails leaves the others'
 * work done, and the next run calls only the contributors not yet done.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Erasures {

    static final String STEP = "erasure";
    static final String PREVIEW = "erasure-preview";

    /** Every contributor's report after a preview or a run. */
    public record Outcome(boolean complete, List<ContributorStep> steps) {
    }

    @Inject
    RequestInbox inbox;

    @Inject
    HostContributors contributors;

    @Inject
    StepRunner runner;

    @Inject
    RequestTimeline timeline;

    public Outcome preview(String reference) {
        DataSubjectRequest request = open(reference);
        boolean complete = run(request, PREVIEW, true, Set.of());
        return new Outcome(complete, runner.of(request.getId(), PREVIEW));
    }

    public Outcome run(String reference) {
        DataSubjectRequest request = open(reference);
        Set<String> done = runner.of(request.getId(), STEP).stream().filter(s -> s.getStatus() == ContributorStep.Status.DONE)
                .map(ContributorStep::getContributor).collect(Collectors.toSet());
        boolean complete = run(request, STEP, false, done);
        List<ContributorStep> steps = runner.of(request.getId(), STEP);
        timeline.noteAlone(request.getId(), timeline.caller(), complete ? "erased" : "erasure-failed", complete
                ? "Erasure done by every contributor: " + summary(steps)
                : "Erasure incomplete; failed: " + steps.stream().filter(s -> s.getStatus() == ContributorStep.Status.FAILED)
                        .map(ContributorStep::getContributor).collect(Collectors.joining(", ")) + ". Run it again once fixed.");
        return new Outcome(complete, steps);
    }

    public List<ContributorStep> steps(String requestId, boolean preview) {
        return runner.of(requestId, preview ? PREVIEW : STEP);
    }

    private boolean run(DataSubjectRequest request, String step, boolean preview, Set<String> skip) {
        boolean complete = true;
        PersonalDataErasure probe = new PersonalDataErasure(request.subject(), request.getReference(), preview);
        for (HostContributors.Contributor contributor : contributors.of(probe)) {
            if (skip.contains(contributor.name())) {
                continue;
            }
            PersonalDataErasure event = new PersonalDataErasure(request.subject(), request.getReference(), preview);
            try {
                runner.run(request.getId(), step, contributor, event, Erasures::report);
            } catch (RuntimeException e) {
                complete = false;
                runner.failed(request.getId(), step, contributor.name(), Exports.message(e));
            }
        }
        return complete;
    }

    private DataSubjectRequest open(String reference) {
        DataSubjectRequest request = inbox.find(reference).orElseThrow(() -> new RequestNotFound(reference));
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new RequestConflict("Request " + reference + " is " + request.getStatus().name().toLowerCase()
                    + ": only an open (verified) request is erased.");
        }
        if (request.getRight() != eu.gdprmodule.api.DataSubjectRight.ERASURE) {
            throw new RequestConflict("Request " + reference + " is for " + request.getRight().wire() + ", not erasure.");
        }
        return request;
    }

    /** A contributor's report as JSON: one object per line. */
    static String report(PersonalDataErasure erasure) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (PersonalDataErasure.Line line : erasure.lines()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("kind", line.kind())
                    .add("outcome", line.outcome().name().toLowerCase()).add("count", line.count());
            if (line.reason() != null) {
                o.add("reason", line.reason());
            }
            if (line.until() != null) {
                o.add("until", line.until().toString());
            }
            lines.add(o);
        }
        return lines.build().toString();
    }

    private static String summary(List<ContributorStep> steps) {
        return steps.stream().map(s -> s.getContributor().substring(s.getContributor().lastIndexOf('.') + 1) + " " + s.getReport())
                .collect(Collectors.joining("; "));
    }
}
