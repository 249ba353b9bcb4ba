package eu.gdprmodule.examples.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvoiceNumberTest {

    @Test
    void isPrintedWithTheYearAndASixDigitRank() {
        assertEquals("INV-2025-000042", new InvoiceNumber(2025, 42).toString());
        assertEquals("INV-2026-000001", InvoiceNumber.first(2026).toString());
        assertEquals("INV-2025-999999", new InvoiceNumber(2025, InvoiceNumber.MAX_RANK).toString());
    }

    @Test
    void theNextNumberFollowsInTheSameYear() {
        assertEquals(new InvoiceNumber(2025, 43), new InvoiceNumber(2025, 42).next());
        assertThrows(IllegalArgumentException.class, () -> new InvoiceNumber(2025, InvoiceNumber.MAX_RANK).next(),
                "six digits cannot print a millionth invoice; the series must not wrap round to a used number");
    }

    @Test
    void printedNumbersSortInIssueOrder() {
        assertTrue(new InvoiceNumber(2025, 9).toString().compareTo(new InvoiceNumber(2025, 10).toString()) < 0);
        assertTrue(new InvoiceNumber(2025, 999).toString().compareTo(new InvoiceNumber(2026, 1).toString()) < 0);
    }

    @Test
    void aPrintedNumberReadsBack() {
        assertEquals(new InvoiceNumber(2025, 42), InvoiceNumber.parse("INV-2025-000042"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumber.parse("INV-2025-42"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumber.parse("2025-000042"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumber.parse(null));
    }

    @Test
    void aRankOrYearOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InvoiceNumber(2025, 0));
        assertThrows(IllegalArgumentException.class, () -> new InvoiceNumber(1999, 1));
    }
}
