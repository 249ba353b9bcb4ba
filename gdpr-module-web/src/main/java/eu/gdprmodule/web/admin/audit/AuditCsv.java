package eu.gdprmodule.web.admin.audit;

import eu.gdprmodule.audit.AuditEntry;
import eu.gdprmodule.web.rest.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit entries as CSV (RFC 4180, with a header row), hashes included so the file can be
 * checked against the chain later. A cell that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe: actors and
 * summaries can carry text a visitor typed.
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"seq", "recorded_at_utc", "recorded_at_local", "actor", "entity_type",
        "entity_id", "action", "before", "after", "previous_hash", "entry_hash"};

    private final CSVPrinter printer;
    private final DateTimeFormatter local;

    AuditCsv(Writer out, ZoneId zone) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        this.local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** Writes one entry; true, so it can serve as the walker of a streamed search. */
    boolean write(AuditEntry entry) {
        try {
            printer.printRecord(entry.getSeq(), entry.getRecordedAt().toString(), local.format(entry.getRecordedAt()),
                    safe(entry.getActor()), safe(entry.getEntityType()), safe(entry.getEntityId()),
                    safe(entry.getAction()), safe(entry.getBefore()), safe(entry.getAfter()),
                    entry.getPreviousHash(), entry.getHash());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String cell) {
        return SpreadsheetCells.safe(cell);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
