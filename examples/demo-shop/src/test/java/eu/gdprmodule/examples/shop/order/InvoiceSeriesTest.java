package eu.gdprmodule.examples.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvoiceSeriesTest {

    @Test
    void aNewYearStartsAtOneAndCountsUpWithoutGaps() {
        InvoiceSeries series = new InvoiceSeries(2026);

        assertEquals("INV-2026-000001", series.issue().toString());
        assertEquals("INV-2026-000002", series.issue().toString());
        assertEquals("INV-2026-000003", series.issue().toString());
    }

    @Test
    void eachYearHasItsOwnSeries() {
        InvoiceSeries last = new InvoiceSeries(2025);
        last.issue();
        last.issue();

        assertEquals("INV-2026-000001", new InvoiceSeries(2026).issue().toString());
        assertEquals("INV-2025-000003", last.issue().toString());
    }
}
