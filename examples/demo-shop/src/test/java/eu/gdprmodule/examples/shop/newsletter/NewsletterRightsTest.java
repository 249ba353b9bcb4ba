package eu.gdprmodule.examples.shop.newsletter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.RightExercised;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsletterRightsTest {

    @Test
    void withdrawingTheNewsletterConsentOrEveryConsentEndsTheSubscription() {
        assertTrue(NewsletterRights.endsSubscription(exercised(DataSubjectRight.CONSENT_WITHDRAWAL, "newsletter")));
        assertTrue(NewsletterRights.endsSubscription(exercised(DataSubjectRight.CONSENT_WITHDRAWAL, null)));
        assertFalse(NewsletterRights.endsSubscription(exercised(DataSubjectRight.CONSENT_WITHDRAWAL, "audience-measurement")));
    }

    @Test
    void objectingToTheNewsletterOrToDirectMarketingEndsTheSubscription() {
        assertTrue(NewsletterRights.endsSubscription(exercised(DataSubjectRight.OBJECTION, "newsletter")));
        assertTrue(NewsletterRights.endsSubscription(exercised(DataSubjectRight.OBJECTION, "direct-marketing")));
        assertTrue(NewsletterRights.endsSubscription(exercised(DataSubjectRight.OBJECTION, null)));
        assertFalse(NewsletterRights.endsSubscription(exercised(DataSubjectRight.OBJECTION, "security-logs")));
    }

    @Test
    void aRestrictionKeepsTheSubscriptionForWhenItIsLifted() {
        assertFalse(NewsletterRights.endsSubscription(exercised(DataSubjectRight.RESTRICTION, "newsletter")));
        assertFalse(NewsletterRights.endsSubscription(exercised(DataSubjectRight.RESTRICTION, null)));
        assertFalse(NewsletterRights.endsSubscription(exercised(DataSubjectRight.RECTIFICATION, null)));
    }

    private static RightExercised exercised(DataSubjectRight right, String purpose) {
        return new RightExercised(right, new DataSubject("ann@example.com", "Ann", "customer:1"), purpose, "", true,
                "R-TEST", Instant.parse("2026-01-05T10:00:00Z"));
    }
}
