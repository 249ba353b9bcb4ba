package eu.gdprmodule.web.admin.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterSnapshot;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The Art. 30 CSV of a real register (the Fixery seed): one row per activity, every Art. 30(1) item in its column. */
class RegisterCsvTest {

    @Test
    void eachActivityIsARowWithItsTransfersAndRetention() throws IOException {
        RegisterDocument fixery = RegisterFile.read(Files.readString(Path.of("..", "docs", "examples", "fixery.register.json")));
        RegisterSnapshot snapshot = new RegisterSnapshot(1,
                fixery.activities().stream().map(a -> new RegisterItem<>(a, 1, null, null)).toList(),
                fixery.recipients().stream().map(r -> new RegisterItem<>(r, 1, null, null)).toList(),
                new RegisterItem<>(fixery.securityMeasures(), 1, null, null));
        ControllerIdentity controller = fixery.controller();
        StringWriter out = new StringWriter();
        RegisterCsv.write(snapshot, controller, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(fixery.activities().size(), rows.size());
        CSVRecord billing = rows.stream().filter(r -> r.get("retention_period").equals("P10Y")).findFirst().orElseThrow();
        assertTrue(billing.get("legal_bases").startsWith("legal-obligation (Art. 6(1)(c))"), billing.get("legal_bases"));
        assertTrue(rows.stream().anyMatch(r -> r.get("transfers_outside_eea").contains("US, dpf (Art. 45)")),
                "Automattic and Cloudflare transfers");
        assertEquals(controller.name(), billing.get("controller"));
        assertTrue(billing.get("security_measures").contains(fixery.securityMeasures().get(0)));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefused() throws IOException {
        RegisterDocument fixery = RegisterFile.read(Files.readString(Path.of("..", "docs", "examples", "fixery.register.json")));
        var first = fixery.activities().get(0);
        var formula = new eu.gdprmodule.api.ProcessingActivity(first.key(), "=HYPERLINK(\"http://x\")", null,
                first.purposes(), first.dataCategories(), null, first.dataSubjects(), first.legalBases(), null,
                List.of(), null, null);
        RegisterSnapshot snapshot = new RegisterSnapshot(1, List.of(new RegisterItem<>(formula, 1, null, null)), List.of(),
                new RegisterItem<>(List.of(), 0, null, null));
        StringWriter out = new StringWriter();
        RegisterCsv.write(snapshot, fixery.controller(), out);
        assertTrue(out.toString().contains("'=HYPERLINK"), out.toString());
    }
}
