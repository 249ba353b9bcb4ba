package eu.gdprmodule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessingFactTest {

    @Test
    void aHostEventCarriesItsNameAndOtherKindsDoNot() {
        assertEquals("loyalty-card-closed",
                ProcessingFact.hostEvent("customer:1", "loyalty", "loyalty-card-closed").hostEvent());
        assertNull(ProcessingFact.contractEnded("customer:1", "orders").hostEvent());
    }

    @Test
    void blankOrOversizedKeysAreRefusedWithTheirName() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> ProcessingFact.dataCollected(" ", "orders"));
        assertEquals("subject must not be blank", blank.getMessage());
        IllegalArgumentException longKey = assertThrows(IllegalArgumentException.class,
                () -> ProcessingFact.dataCollected("c", "a".repeat(256)));
        assertEquals("activity must be at most 255 characters", longKey.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProcessingFact.hostEvent("c", "a", ""));
    }

    @Test
    void occurredAtKeepsEverythingElse() {
        Instant then = Instant.parse("2025-10-18T00:00:00Z");
        ProcessingFact fact = ProcessingFact.contactBySubject("prospect:9", "prospects").occurredAt(then);

        assertEquals(then, fact.occurredAt());
        assertEquals(ProcessingFact.Kind.CONTACT_BY_SUBJECT, fact.kind());
        assertEquals("prospect:9", fact.subject());
    }
}
