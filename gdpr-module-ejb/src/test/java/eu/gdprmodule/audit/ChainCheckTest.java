package eu.gdprmodule.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** A chain of n entries as the module writes them. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = EntryHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditEntry entry = new AuditEntry(seq, 1_700_000_000_000L + seq, "dpo@example.com", "customer",
                    "C" + seq, "changed", "email=a" + seq, "email=b" + seq, previous);
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    private static AuditEntry copy(AuditEntry e, String actor, String hash) {
        return AuditEntry.stored(e.getSeq(), e.getRecordedAt().toEpochMilli(), actor, e.getEntityType(),
                e.getEntityId(), e.getAction(), e.getBefore(), e.getAfter(), e.getPreviousHash(), hash);
    }

    private static ChainVerification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        ChainCheck check = new ChainCheck();
        for (AuditEntry entry : entries) {
            if (!check.accept(entry)) {
                break;
            }
        }
        return check.finish(headSeq, headHash, 0, NOW);
    }

    @Test
    void anUntouchedChainIsIntactAndEndsAtTheHead() {
        List<AuditEntry> entries = chain(5);
        ChainVerification result = verify(entries, 5, entries.get(4).getHash());
        assertTrue(result.intact(), result.finding());
        assertEquals(5, result.entriesChecked());
        assertEquals(entries.get(4).getHash(), result.headHash());
    }

    @Test
    void anEmptyLogIsIntact() {
        assertTrue(verify(List.of(), 0, EntryHash.GENESIS).intact());
    }

    @Test
    void anEntryChangedInPlaceIsNamed() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, copy(third, "someone-else", third.getHash()));
        ChainVerification result = verify(entries, 5, entries.get(4).getHash());
        assertFalse(result.intact());
        assertEquals(3, result.firstBrokenSeq());
        assertTrue(result.finding().contains("Entry 3 does not match its hash"), result.finding());
    }

    @Test
    void anEntryChangedAndRehashedBreaksTheLinkOfTheNextOne() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        AuditEntry forged = copy(third, "someone-else", null);
        entries.set(2, copy(third, "someone-else", forged.computeHash()));
        ChainVerification result = verify(entries, 5, entries.get(4).getHash());
        assertFalse(result.intact());
        assertEquals(4, result.firstBrokenSeq());
        assertTrue(result.finding().contains("entry 3 was replaced or re-hashed"), result.finding());
    }

    @Test
    void aDeletedEntryIsNamedByItsNumber() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        ChainVerification result = verify(entries, 5, entries.get(3).getHash());
        assertEquals(2, result.firstBrokenSeq());
        assertTrue(result.finding().contains("Entry 2 is missing"), result.finding());
    }

    @Test
    void removedLastEntriesAreFoundThroughTheHead() {
        List<AuditEntry> entries = chain(5);
        String headHash = entries.get(4).getHash();
        ChainVerification result = verify(entries.subList(0, 3), 5, headHash);
        assertEquals(4, result.firstBrokenSeq());
        assertTrue(result.finding().contains("Entries 4 to 5"), result.finding());
    }

    @Test
    void aReplacedLastEntryIsFoundThroughTheHeadHash() {
        List<AuditEntry> entries = chain(3);
        String headHash = entries.get(2).getHash();
        AuditEntry last = entries.get(2);
        AuditEntry forged = copy(last, "someone-else", null);
        entries.set(2, copy(last, "someone-else", forged.computeHash()));
        ChainVerification result = verify(entries, 3, headHash);
        assertEquals(3, result.firstBrokenSeq());
    }

    @Test
    void anEntryInsertedBeyondTheHeadIsNamed() {
        List<AuditEntry> entries = chain(3);
        ChainCheck check = new ChainCheck();
        entries.forEach(check::accept);
        ChainVerification result = check.finish(3, entries.get(2).getHash(), 4, NOW);
        assertEquals(4, result.firstBrokenSeq());
        assertTrue(result.finding().contains("added directly"), result.finding());
    }

    @Test
    void theHashCoversEveryFieldAndFieldBoundaries() {
        String base = EntryHash.of(1, 2, "ab", "c", "d", "e", null, "f", EntryHash.GENESIS);
        assertNotEquals(base, EntryHash.of(1, 2, "a", "bc", "d", "e", null, "f", EntryHash.GENESIS));
        assertNotEquals(base, EntryHash.of(1, 2, "ab", "c", "d", "e", "", "f", EntryHash.GENESIS));
        assertNotEquals(base, EntryHash.of(1, 3, "ab", "c", "d", "e", null, "f", EntryHash.GENESIS));
        assertNotEquals(base, EntryHash.of(1, 2, "ab", "c", "d", "e", null, "f", "1".repeat(64)));
        assertEquals(base, EntryHash.of(1, 2, "ab", "c", "d", "e", null, "f", EntryHash.GENESIS));
        assertEquals(64, base.length());
    }
}
