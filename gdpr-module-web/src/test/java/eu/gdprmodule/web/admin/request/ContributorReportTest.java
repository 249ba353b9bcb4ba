package eu.gdprmodule.web.admin.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An erasure report as the engine stores it (JSON lines), read for the request page and the reply. */
class ContributorReportTest {

    private static final String REPORT = "[{\"kind\":\"account\",\"outcome\":\"erased\",\"count\":1},"
            + "{\"kind\":\"orders\",\"outcome\":\"anonymised\",\"count\":3},"
            + "{\"kind\":\"invoices\",\"outcome\":\"kept\",\"count\":2,\"reason\":\"Code de commerce, art. L123-22\","
            + "\"until\":\"2036-01-31\"},{\"kind\":\"sign-ins\",\"outcome\":\"kept\",\"count\":5,\"reason\":\"Security\"}]";

    @Test
    void eachLineKeepsItsOutcomeCountAndForKeptDataItsReasonAndEnd() {
        List<ContributorReport.Line> lines = ContributorReport.lines(REPORT);
        assertEquals(4, lines.size());
        assertEquals(new ContributorReport.Line("orders", "anonymised", 3, null, null), lines.get(1));
        assertEquals(new ContributorReport.Line("invoices", "kept", 2, "Code de commerce, art. L123-22", "2036-01-31"), lines.get(2));
        assertTrue(lines.get(3).isKept());
    }

    @Test
    void aReportThatIsNotAnErasureReportIsShownAsItIs() {
        assertNull(ContributorReport.lines("3 kinds of data"));
        assertNull(ContributorReport.lines("[1, 2]"));
    }

    @Test
    void keptDataIsListedForTheReplyWithTheLanguagesWordForUntil() {
        ContributorReport invoices = new ContributorReport("eu.shop.InvoiceData", true, Instant.EPOCH,
                ContributorReport.lines(REPORT), null);
        ContributorReport failed = new ContributorReport("eu.shop.OrderData", false, Instant.EPOCH, List.of(), "boom");
        assertEquals(List.of("invoices (2): Code de commerce, art. L123-22, jusqu’au 2036-01-31", "sign-ins (5): Security"),
                ContributorReport.kept(List.of(invoices, failed), "jusqu’au"));
        assertEquals("InvoiceData", invoices.getName());
    }
}
