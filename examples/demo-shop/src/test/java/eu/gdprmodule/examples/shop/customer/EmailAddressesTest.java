package eu.gdprmodule.examples.shop.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void anAddressIsStoredTrimmedAndInLowerCase() {
        assertEquals("ann.martin@example.com", EmailAddresses.normalise("  Ann.Martin@Example.COM "));
    }

    @Test
    void theSamePersonTypingDifferentlyGetsTheSameAddress() {
        assertEquals(EmailAddresses.normalise("ann@example.com"), EmailAddresses.normalise("ANN@example.com"));
    }

    @Test
    void noAddressStaysNoAddress() {
        assertNull(EmailAddresses.normalise(null));
    }
}
