package eu.gdprmodule.consent;

import eu.gdprmodule.persistence.Jdbc;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Ends proofs of consent whose retention period is over, for the retention engine: the SQL on
 * {@code GDPR_CONSENT_PROOF} stays with the package that writes the table, so what an anonymised
 * proof keeps is decided here. Each call runs in its caller's transaction (the retention engine's
 * batch, which counts what it ended in the same transaction).
 */
@ApplicationScoped
public class ProofPurge {

    /** The value an anonymised proof keeps where its consent id was. */
    public static final String ANONYMISED = "anonymised";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Where the next batch of proofs given before {@code cutoff} ends, from {@code from} on: the
     * GIVEN_AT of the {@code batch}-th proof still due, read from the primary key (GIVEN_AT first),
     * starting where the previous batch ended (Derby keeps deleted index entries until it reclaims
     * them: a scan from the start would walk over all of them again).
     *
     * @return that GIVEN_AT, or empty when fewer than {@code batch} proofs are left: the last
     *         batch then runs to the cutoff
     */
    public OptionalLong batchEnd(boolean anonymise, long cutoff, long from, int batch) {
        List<Long> end = new Jdbc(dataSource).list("SELECT GIVEN_AT FROM GDPR_CONSENT_PROOF WHERE GIVEN_AT >= ? AND GIVEN_AT < ?"
                + notDone(anonymise) + " ORDER BY GIVEN_AT OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY", r -> r.getLong(1), from, cutoff, batch - 1);
        return end.isEmpty() ? OptionalLong.empty() : OptionalLong.of(end.get(0));
    }

    /**
     * The proofs given from {@code from} to {@code to} (included, or excluded when
     * {@code toExcluded}): deleted, or stripped of what links them to a browser (consent id,
     * network prefix, user agent) when {@code anonymise}. One statement over the range: a statement
     * per proof would add a statement execution and a key lookup per row, on embedded Derby most of
     * a purge's time. Proofs sharing the upper end's GIVEN_AT all go, so a batch can be a few rows
     * larger than the batch size; only its rows are locked (no table lock, which would hold up the
     * site's consent writes).
     *
     * @return how many proofs were ended
     */
    public int end(boolean anonymise, long from, long to, boolean toExcluded) {
        Jdbc jdbc = new Jdbc(dataSource);
        String range = " WHERE GIVEN_AT >= ? AND GIVEN_AT " + (toExcluded ? "< ?" : "<= ?") + notDone(anonymise);
        return anonymise
                ? jdbc.update("UPDATE GDPR_CONSENT_PROOF SET CONSENT_ID = '" + ANONYMISED + "', IP_PREFIX = NULL, USER_AGENT = NULL"
                        + range, from, to)
                : jdbc.update("DELETE FROM GDPR_CONSENT_PROOF" + range, from, to);
    }

    private static String notDone(boolean anonymise) {
        return anonymise ? " AND CONSENT_ID <> '" + ANONYMISED + "'" : "";
    }
}
