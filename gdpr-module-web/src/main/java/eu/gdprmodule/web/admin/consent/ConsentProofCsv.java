package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.ConsentRecord;
import eu.gdprmodule.web.rest.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes consent proofs as CSV (RFC 4180, with a header row): what a supervisory authority asks
 * for when a controller must demonstrate consent (Art. 7(1) GDPR), one proof per row, times in
 * UTC so they compare with any log. The user agent is whatever the browser sent, so every text
 * cell is defused ({@link SpreadsheetCells}) before a spreadsheet opens the file.
 */
final class ConsentProofCsv implements AutoCloseable {

    static final String[] HEADER = {"proof_id", "consent_id", "given_at_utc", "policy_version", "language",
        "method", "gpc", "categories", "services", "ip_prefix", "user_agent", "text_hash"};

    private final CSVPrinter printer;

    ConsentProofCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void write(ConsentRecord proof) {
        try {
            printer.printRecord(safe(proof.getProofId()), safe(proof.getConsentId()), proof.getGivenAt().toString(),
                    proof.getPolicyVersion(), safe(proof.getLanguage()), proof.getMethod().wire(), proof.isGpc(),
                    safe(String.join(" ", proof.getCategories())), safe(String.join(" ", proof.getServices())),
                    safe(proof.getIpPrefix()), safe(proof.getUserAgent()), safe(proof.getTextHash()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String cell) {
        return cell == null ? "" : SpreadsheetCells.safe(cell);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
