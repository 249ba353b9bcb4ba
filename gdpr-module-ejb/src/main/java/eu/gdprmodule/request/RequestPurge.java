package eu.gdprmodule.request;

import eu.gdprmodule.persistence.Jdbc;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Ends closed requests whose retention period is over, and export files and download links past
 * their expiry, for the retention engine: the SQL on the request tables stays with the package that
 * writes them, so which rows go with a request and what an anonymised request keeps are decided
 * here. Each call runs in its caller's transaction (the retention engine's batch, which counts what
 * it ended in the same transaction).
 */
@ApplicationScoped
public class RequestPurge {

    /** The value an anonymised request keeps where the person's address was. */
    public static final String ANONYMISED = "anonymised";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Up to {@code limit} requests closed before {@code cutoff}, with their timeline, links, steps
     * and export: deleted, or emptied of the person's details when {@code anonymise} (the dates,
     * the right and the status stay, as statistics).
     *
     * @return how many requests were ended
     */
    public int closed(boolean anonymise, long cutoff, int limit) {
        Jdbc jdbc = new Jdbc(dataSource);
        List<String> ids = jdbc.list("SELECT ID FROM GDPR_REQUEST WHERE STATUS IN ('COMPLETED', 'REFUSED') AND CLOSED_AT < ?"
                + (anonymise ? " AND EMAIL <> '" + ANONYMISED + "'" : "") + " ORDER BY CLOSED_AT, ID FETCH FIRST ? ROWS ONLY",
                r -> r.getString(1), cutoff, limit);
        if (ids.isEmpty()) {
            return 0;
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
        return ids.size();
    }

    /** Export files past their expiry: they are kept only while the link works. How many were deleted. */
    public int expiredExportFiles(long now) {
        return new Jdbc(dataSource).update("DELETE FROM GDPR_EXPORT_FILE WHERE EXPIRES_AT <= ?", now);
    }

    /** Download links past their expiry. How many were deleted. */
    public int expiredDownloadLinks(long now) {
        return new Jdbc(dataSource).update("DELETE FROM GDPR_REQUEST_TOKEN WHERE EXPIRES_AT <= ? AND PURPOSE = 'DOWNLOAD'", now);
    }
}
