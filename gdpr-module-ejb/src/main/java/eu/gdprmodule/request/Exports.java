package eu.gdprmodule.request;

import eu.gdprmodule.api.PersonalDataExport;
import eu.gdprmodule.config.ModuleClock;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds a person's export (Art. 15 and 20): the module's own data about them and every host
 * contributor's, in one ZIP stored with an expiring, single-use download link mailed to them.
 * An export is complete or not sent: when a contributor fails, the step is reported as failed
 * with its name and the person gets nothing until a re-run succeeds (an incomplete copy would be
 * a wrong answer to Art. 15).
 */
@Stateless
public class Exports {

    static final String STEP = "export";

    /** What a run produced. */
    public record Outcome(boolean complete, long rows, long bytes, long millis, List<ContributorStep> steps) {
    }

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    RequestInbox inbox;

    @Inject
    HostContributors contributors;

    @Inject
    StepRunner runner;

    @Inject
    ModuleClock clock;

    @Inject
    RequestTimeline timeline;

    @Inject
    OwnData own;

    @Inject
    ExportDelivery delivery;

    /**
     * Runs the export of an open access or portability request.
     *
     * @param linkBase the site's address for the download link
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome run(String reference, String linkBase) {
        long started = System.nanoTime();
        DataSubjectRequest request = inbox.find(reference).orElseThrow(() -> new RequestNotFound(reference));
        if (request.getStatus() != RequestStatus.OPEN) {
            throw new RequestConflict("Request " + reference + " is " + request.getStatus().name().toLowerCase()
                    + ": only an open (verified) request is exported.");
        }
        Instant now = clock.now();
        List<ExportArchive.Source> sources = new ArrayList<>(own.of(request));
        boolean complete = true;
        for (HostContributors.Contributor contributor : contributors.of(new PersonalDataExport(request.subject(), reference))) {
            PersonalDataExport event = new PersonalDataExport(request.subject(), reference);
            try {
                runner.run(request.getId(), STEP, contributor, event, Exports::summary);
                event.kinds().forEach(k -> sources.add(new ExportArchive.Source(contributor.name(), k)));
            } catch (RuntimeException e) {
                complete = false;
                runner.failed(request.getId(), STEP, contributor.name(), message(e));
            }
        }
        long rows = 0;
        byte[] zip = null;
        if (complete) {
            try (ExportArchive archive = new ExportArchive(reference, request.getEmail(), now)) {
                for (ExportArchive.Source source : sources) {
                    try {
                        archive.add(source);
                    } catch (RuntimeException e) {
                        complete = false;
                        runner.failed(request.getId(), STEP, source.contributor(), "Reading \"" + source.kind().kind()
                                + "\" failed: " + message(e));
                        break;
                    }
                }
                if (complete) {
                    zip = archive.finish();
                    rows = archive.rows();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The export file could not be written", e);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (complete) {
            delivery.store(request.getId(), zip, rows, linkBase, millis);
        } else {
            timeline.noteAlone(request.getId(), RequestTimeline.SYSTEM, "export-failed",
                    "The export failed for at least one contributor; nothing was sent. Run it again once fixed.");
        }
        return new Outcome(complete, rows, zip == null ? 0 : zip.length, millis, runner.of(request.getId(), STEP));
    }

    /** What each contributor did in the last export runs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContributorStep> steps(String requestId) {
        return runner.of(requestId, STEP);
    }

    /** The stored export of a request, if one is waiting to be downloaded. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ExportFile> file(String requestId) {
        return Optional.ofNullable(em.find(ExportFile.class, requestId));
    }

    static String message(Throwable e) {
        Throwable root = e;
        while ((root instanceof EJBException || root.getClass().getName().contains("ObserverException")
                || root instanceof java.lang.reflect.InvocationTargetException) && root.getCause() != null) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }

    /** An export step's report: the titles of the kinds of data the contributor holds, which the console shows. */
    static String summary(PersonalDataExport event) {
        if (event.kinds().isEmpty()) {
            return "No data about this person";
        }
        return event.kinds().stream().map(PersonalDataExport.Kind::title)
                .collect(Collectors.joining(", "));
    }
}
