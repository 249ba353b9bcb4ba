package eu.gdprmodule.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentIdsTest {

    @Test
    void anIdIsAVersion7UuidThatStartsWithItsMillisecond() {
        Instant at = Instant.parse("2026-11-24T06:20:00.123Z");
        String id = ConsentIds.next(at);
        UUID uuid = UUID.fromString(id);
        assertEquals(id, uuid.toString(), "lower-case, in the standard form the cookie's pattern accepts");
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(at.toEpochMilli(), uuid.getMostSignificantBits() >>> 16, "the first 48 bits are the time");
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertEquals(java.util.Optional.of(at), ConsentIds.madeAt(id), "the console reads the time back to narrow its search");
        assertEquals(java.util.Optional.empty(), ConsentIds.madeAt(UUID.randomUUID().toString()), "a random UUID carries no time");
        assertEquals(java.util.Optional.empty(), ConsentIds.madeAt("not-an-id"));
    }

    @Test
    void idsSortByTheTimeTheyWereMadeAndTheSameMillisecondStillGivesDistinctIds() {
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        String earlier = ConsentIds.next(first);
        String later = ConsentIds.next(first.plusMillis(1));
        assertTrue(earlier.compareTo(later) < 0, earlier + " sorts before " + later + ", as text, as the index sorts them");
        assertEquals(earlier.substring(0, 13), ConsentIds.next(first).substring(0, 13), "the indexed prefix is the millisecond");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(ConsentIds.next(first));
        }
        assertEquals(10_000, ids.size(), "74 random bits tell ids of one millisecond apart");
    }
}
