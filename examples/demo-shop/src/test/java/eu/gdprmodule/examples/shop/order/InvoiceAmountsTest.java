package eu.gdprmodule.examples.shop.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.gdprmodule.examples.shop.catalog.VatRate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvoiceAmountsTest {

    @Test
    void netIsQuantityTimesUnitPriceAndVatIsTwentyPercentOfIt() {
        InvoiceAmounts amounts = InvoiceAmounts.of(new BigDecimal("129.00"), 2, VatRate.STANDARD);

        assertEquals(new BigDecimal("258.00"), amounts.net());
        assertEquals(new BigDecimal("51.60"), amounts.vat());
        assertEquals(new BigDecimal("309.60"), amounts.total());
        assertEquals(new BigDecimal("0.20"), amounts.vatRate());
    }

    @Test
    void theThreePrintedAmountsAlwaysAddUp() {
        // 3 x 3.35 = 10.05; 20 % of it is 2.01 exactly: no rounding may break net + VAT = total.
        for (String price : new String[] {"3.35", "0.07", "19.99", "33.33", "249.00"}) {
            for (int quantity = 1; quantity <= InvoiceAmounts.MAX_QUANTITY; quantity++) {
                InvoiceAmounts amounts = InvoiceAmounts.of(new BigDecimal(price), quantity, VatRate.STANDARD);
                assertEquals(amounts.total(), amounts.net().add(amounts.vat()), price + " x " + quantity);
                assertEquals(2, amounts.total().scale(), price + " x " + quantity);
            }
        }
    }

    @Test
    void vatOnAnOddNetAmountIsRoundedHalfUp() {
        // 1 x 10.03 = 10.03; 20 % = 2.006, printed 2.01
        InvoiceAmounts amounts = InvoiceAmounts.of(new BigDecimal("10.03"), 1, VatRate.STANDARD);

        assertEquals(new BigDecimal("2.01"), amounts.vat());
        assertEquals(new BigDecimal("12.04"), amounts.total());
    }

    @Test
    void aQuantityOutsideOneToNinetyNineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InvoiceAmounts.of(BigDecimal.TEN, 0, VatRate.STANDARD));
        assertThrows(IllegalArgumentException.class, () -> InvoiceAmounts.of(BigDecimal.TEN, 100, VatRate.STANDARD));
        assertEquals(new BigDecimal("990.00"), InvoiceAmounts.of(BigDecimal.TEN, 99, VatRate.STANDARD).net());
    }

    @Test
    void aNegativePriceIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> InvoiceAmounts.of(new BigDecimal("-1.00"), 1, VatRate.STANDARD));
    }
}
