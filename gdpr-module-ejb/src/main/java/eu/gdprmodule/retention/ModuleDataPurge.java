package eu.gdprmodule.retention;

import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Ends the module's own data whose period is over, one batch per transaction: a batch and its
 * count in the run log commit together, so a crash between two batches leaves consistent data and
 * an exact log, and the next run simply finds less to do. Short transactions also keep the site's
 * own writes (a visitor's consent) from waiting on a purge.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ModuleDataPurge {

    /** The value an anonymised proof or request keeps where a reference to a person was. */
    static final String ANONYMISED = "anonymised";

    static final String CONSENT_PROOFS = "consent-proofs";
    static final String CLOSED_REQUESTS = "closed-requests";
    static final String EXPORT_FILES = "export-files";
    static final String DOWNLOAD_LINKS = "download-links";
    static final String PART = "module";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    RetentionRuns runs;

    /**
     * Where the next batch of consent proofs given before {@code cutoff} ends, from {@code from}
     * on: the GIVEN_AT of the {@code batch}-th proof still due, read from the primary key (GIVEN_AT
     * first), starting where the previous batch ended (Derby keeps deleted index entries until it
     * reclaims them: a scan from the start would walk over all of them again).
     *
     * @return that GIVEN_AT, or empty when fewer than {@code batch} proofs are left: the last
     *         batch then runs to the cutoff
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OptionalLong consentProofsEnd(RetentionRule.EndAction action, long cutoff, long from, int batch) {
        List<Long> end = new Jdbc(dataSource).list("SELECT GIVEN_AT FROM GDPR_CONSENT_PROOF WHERE GIVEN_AT >= ? AND GIVEN_AT < ?"
                + notDone(action) + " ORDER BY GIVEN_AT OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY", r -> r.getLong(1), from, cutoff, batch - 1);
        return end.isEmpty() ? OptionalLong.empty() : OptionalLong.of(end.get(0));
    }

    /**
     * One batch of consent proofs, those given from {@code from} to {@code to} (included, or
     * excluded when {@code toExcluded}): deleted, or stripped of what links them to a browser
     * (consent id, network prefix, user agent) when the rule anonymises. One statement over the
     * range: a statement per proof would add a statement execution and a key lookup per row, on
     * embedded Derby most of a purge's time. Proofs sharing the upper end's GIVEN_AT all go in this
     * batch, so a batch can be a few rows larger than the batch size; only its rows are locked (no
     * table lock, which would hold up the site's consent writes).
     */
    public int consentProofs(String runId, String rule, RetentionRule.EndAction action, long from, long to, boolean toExcluded) {
        Jdbc jdbc = new Jdbc(dataSource);
        boolean anonymise = action == RetentionRule.EndAction.ANONYMISE;
        String range = " WHERE GIVEN_AT >= ? AND GIVEN_AT " + (toExcluded ? "< ?" : "<= ?") + notDone(action);
        int done = anonymise
                ? jdbc.update("UPDATE GDPR_CONSENT_PROOF SET CONSENT_ID = '" + ANONYMISED + "', IP_PREFIX = NULL, USER_AGENT = NULL"
                        + range, from, to)
                : jdbc.update("DELETE FROM GDPR_CONSENT_PROOF" + range, from, to);
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

    private static String notDone(RetentionRule.EndAction action) {
        return action == RetentionRule.EndAction.ANONYMISE ? " AND CONSENT_ID <> '" + ANONYMISED + "'" : "";
    }

    /**
     * One batch of data-subject requests closed before {@code cutoff}, with their timeline, links,
     * steps and export: deleted, or emptied of the person's details when the rule anonymises (the
     * dates, the right and the status stay, as statistics).
     *
     * @return whether more requests may be due after this batch
     */
    public boolean closedRequests(String runId, String rule, RetentionRule.EndAction action, long cutoff, int batch) {
        Jdbc jdbc = new Jdbc(dataSource);
        boolean anonymise = action == RetentionRule.EndAction.ANONYMISE;
        List<String> ids = jdbc.list("SELECT ID FROM GDPR_REQUEST WHERE STATUS IN ('COMPLETED', 'REFUSED') AND CLOSED_AT < ?"
                + (anonymise ? " AND EMAIL <> '" + ANONYMISED + "'" : "") + " ORDER BY CLOSED_AT, ID FETCH FIRST ? ROWS ONLY",
                r -> r.getString(1), cutoff, Math.max(1, batch / 10));
        if (ids.isEmpty()) {
            return false;
        }
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Object[] keys = ids.toArray();
        jdbc.update("DELETE FROM GDPR_REQUEST_TOKEN WHERE REQUEST_ID" + in, keys);
        jdbc.update("DELETE FROM GDPR_EXPORT_FILE WHERE REQUEST_ID" + in, keys);
        jdbc.update("DELETE FROM GDPR_REQUEST_STEP WHERE REQUEST_ID" + in, keys);
        if (anonymise) {
            jdbc.update("UPDATE GDPR_REQUEST_EVENT SET DETAIL = '-' WHERE REQUEST_ID" + in, keys);
            jdbc.update("UPDATE GDPR_REQUEST SET EMAIL = '" + ANONYMISED + "', EMAIL_HASH = '-', PERSON_NAME = '-', DETAILS = '-',"
                    + " CONTACT = NULL, HOST_REFERENCE = NULL, CLIENT_HASH = NULL, EXTENSION_REASON = NULL, OUTCOME = NULL"
                    + " WHERE ID" + in, keys);
        } else {
            jdbc.update("DELETE FROM GDPR_REQUEST_EVENT WHERE REQUEST_ID" + in, keys);
            jdbc.update("DELETE FROM GDPR_REQUEST WHERE ID" + in, keys);
        }
        runs.add(runId, rule, PART, anonymise ? "anonymised" : "deleted", ids.size(), CLOSED_REQUESTS);
        return ids.size() == Math.max(1, batch / 10);
    }

    /** Export files and download links past their expiry: they are kept only while the link works. */
    public int expired(String runId, long now) {
        Jdbc jdbc = new Jdbc(dataSource);
        int files = jdbc.update("DELETE FROM GDPR_EXPORT_FILE WHERE EXPIRES_AT <= ?", now);
        int links = jdbc.update("DELETE FROM GDPR_REQUEST_TOKEN WHERE EXPIRES_AT <= ? AND PURPOSE = 'DOWNLOAD'", now);
        if (files > 0) {
            runs.add(runId, EXPORT_FILES, PART, "deleted", files, "expired");
        }
        if (links > 0) {
            runs.add(runId, DOWNLOAD_LINKS, PART, "deleted", links, "expired");
        }
        return files + links;
    }
}
