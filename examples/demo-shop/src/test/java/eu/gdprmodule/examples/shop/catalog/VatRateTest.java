package eu.gdprmodule.examples.shop.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VatRateTest {

    @Test
    void vatIsRoundedHalfUpToTheCent() {
        assertEquals(new BigDecimal("2.01"), VatRate.STANDARD.vatOn(new BigDecimal("10.03"))); // 2.006
        assertEquals(new BigDecimal("2.00"), VatRate.STANDARD.vatOn(new BigDecimal("10.02"))); // 2.004
        assertEquals(new BigDecimal("0.01"), VatRate.STANDARD.vatOn(new BigDecimal("0.025"))); // 0.005
    }

    @Test
    void theGrossPriceIsTheNetPlusItsVat() {
        assertEquals(new BigDecimal("154.80"), VatRate.STANDARD.grossOf(new BigDecimal("129.00")));
        assertEquals(new BigDecimal("46.80"), VatRate.STANDARD.grossOf(new BigDecimal("39")));
    }

    @Test
    void theRateIsShownAsAPercentage() {
        assertEquals("20", VatRate.STANDARD.percent());
        assertEquals("5.5", new VatRate(new BigDecimal("0.055")).percent());
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VatRate(new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> new VatRate(BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new VatRate(null));
    }
}
