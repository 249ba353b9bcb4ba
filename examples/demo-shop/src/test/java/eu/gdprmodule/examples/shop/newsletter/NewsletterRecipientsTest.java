package eu.gdprmodule.examples.shop.newsletter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.RightsInForce;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsletterRecipientsTest {

    @Test
    void aSubscriberWithNoRightInForceReceivesIt() {
        assertTrue(recipients(Set.of(), Set.of(), Set.of()).mayReceive("ann@example.com"));
    }

    @Test
    void nobodyOnTheSuppressionListReceivesIt() {
        assertFalse(recipients(Set.of("ann@example.com"), Set.of(), Set.of()).mayReceive("ann@example.com"));
    }

    @Test
    void nobodyWhoseNewsletterIsRestrictedReceivesIt() {
        assertFalse(recipients(Set.of(), Set.of("ann@example.com"), Set.of()).mayReceive("ann@example.com"));
    }

    @Test
    void nobodyWhoObjectedToTheNewsletterReceivesIt() {
        assertFalse(recipients(Set.of(), Set.of(), Set.of("ann@example.com")).mayReceive("ann@example.com"));
    }

    /** The module's answers for the newsletter purpose, as fixed sets of addresses. */
    private static NewsletterRecipients recipients(Set<String> suppressed, Set<String> restricted, Set<String> objected) {
        NewsletterRecipients recipients = new NewsletterRecipients();
        recipients.rights = new RightsInForce() {
            @Override
            public boolean isRestricted(String email, String purpose) {
                return purpose.equals("newsletter") && restricted.contains(email);
            }

            @Override
            public boolean hasObjected(String email, String purpose) {
                return purpose.equals("newsletter") && objected.contains(email);
            }

            @Override
            public boolean isSuppressed(String email) {
                return suppressed.contains(email);
            }
        };
        return recipients;
    }
}
