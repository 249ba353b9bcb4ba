package eu.gdprmodule.retention;

import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.consent.ProofPurge;
import eu.gdprmodule.request.RequestPurge;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.Future;

/**
 * Ends the module's own data whose period is over, one batch per transaction: a batch and its
 * count in the run log commit together, so a crash between two batches leaves consistent data and
 * an exact log, and the next run simply finds less to do. Short transactions also keep the site's
 * own writes (a visitor's consent) from waiting on a purge. The SQL of each batch is the owning
 * package's ({@link ProofPurge}, {@link RequestPurge}), run in this bean's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ModuleDataPurge {

    static final String CONSENT_PROOFS = "consent-proofs";
    static final String CLOSED_REQUESTS = "closed-requests";
    static final String EXPORT_FILES = "export-files";
    static final String DOWNLOAD_LINKS = "download-links";
    static final String PART = "module";

    @Inject
    RetentionRuns runs;

    @Inject
    ProofPurge proofs;

    @Inject
    RequestPurge requests;

    /**
     * Where the next batch of consent proofs given before {@code cutoff} ends, from {@code from}
     * on ({@link ProofPurge#batchEnd}), read outside a transaction.
     *
     * @return that GIVEN_AT, or empty when fewer than {@code batch} proofs are left: the last
     *         batch then runs to the cutoff
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong consentProofsEnd(RetentionRule.EndAction action, long cutoff, long from, int batch) {
        return proofs.batchEnd(action == RetentionRule.EndAction.ANONYMISE, cutoff, from, batch);
    }

    /**
     * One batch of consent proofs, those given from {@code from} to {@code to} (included, or
     * excluded when {@code toExcluded}), ended by {@link ProofPurge#end} and counted in the run log
     * in the same transaction.
     */
    public int consentProofs(String runId, String rule, RetentionRule.EndAction action, long from, long to, boolean toExcluded) {
        boolean anonymise = action == RetentionRule.EndAction.ANONYMISE;
        int done = proofs.end(anonymise, from, to, toExcluded);
        if (done > 0) {
            runs.add(runId, rule, PART, anonymise ? "anonymised" : "deleted", done, CONSENT_PROOFS);
        }
        return done;
    }

    /**
     * {@link #consentProofs(String, String, RetentionRule.EndAction, long, long, boolean)} on the
     * container's thread pool: a purge ends several batches at once (gdpr.retention.purge-workers),
     * each still its own transaction with its count.
     */
    @Asynchronous
    public Future<Integer> consentProofsLater(String runId, String rule, RetentionRule.EndAction action, long from, long to,
            boolean toExcluded) {
        return new AsyncResult<>(consentProofs(runId, rule, action, from, to, toExcluded));
    }

    /**
     * One batch of data-subject requests closed before {@code cutoff}, with their timeline, links,
     * steps and export: deleted, or emptied of the person's details when the rule anonymises (the
     * dates, the right and the status stay, as statistics).
     *
     * @return whether more requests may be due after this batch
     */
    public boolean closedRequests(String runId, String rule, RetentionRule.EndAction action, long cutoff, int batch) {
        boolean anonymise = action == RetentionRule.EndAction.ANONYMISE;
        int ended = requests.closed(anonymise, cutoff, Math.max(1, batch / 10));
        if (ended == 0) {
            return false;
        }
        runs.add(runId, rule, PART, anonymise ? "anonymised" : "deleted", ended, CLOSED_REQUESTS);
        return ended == Math.max(1, batch / 10);
    }

    /** Export files and download links past their expiry: they are kept only while the link works. */
    public int expired(String runId, long now) {
        int files = requests.expiredExportFiles(now);
        int links = requests.expiredDownloadLinks(now);
        if (files > 0) {
            runs.add(runId, EXPORT_FILES, PART, "deleted", files, "expired");
        }
        if (links > 0) {
            runs.add(runId, DOWNLOAD_LINKS, PART, "deleted", links, "expired");
        }
        return files + links;
    }
}
