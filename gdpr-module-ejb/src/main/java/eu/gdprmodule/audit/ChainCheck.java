package eu.gdprmodule.audit;

import java.time.Instant;

/**
 * Walks the chain entry by entry, in sequence order, and stops at the first break. Kept apart
 * from the database so each kind of tampering can be tested on its own.
 */
final class ChainCheck {

    private long expectedSeq = 1;
    private String previousHash = EntryHash.GENESIS;
    private long checked;
    private long brokenSeq;
    private String finding;

    /** Checks the next entry; {@code false} once the chain is broken (later entries are not read). */
    boolean accept(AuditEntry entry) {
        if (brokenSeq != 0) {
            return false;
        }
        checked++;
        if (entry.getSeq() != expectedSeq) {
            return broken(expectedSeq, entry.getSeq() == expectedSeq + 1
                    ? "Entry " + expectedSeq + " is missing: it was deleted from the database."
                    : "Entries " + expectedSeq + " to " + (entry.getSeq() - 1) + " are missing: they were deleted "
                            + "from the database.");
        }
        if (!entry.computeHash().equals(entry.getHash())) {
            return broken(entry.getSeq(), "Entry " + entry.getSeq() + " does not match its hash: it was changed "
                    + "after it was recorded.");
        }
        if (!entry.getPreviousHash().equals(previousHash)) {
            return broken(entry.getSeq(), entry.getSeq() == 1
                    ? "Entry 1 does not start the chain: it was replaced."
                    : "Entry " + entry.getSeq() + " does not link to entry " + (entry.getSeq() - 1) + ": entry "
                            + (entry.getSeq() - 1) + " was replaced or re-hashed after entry " + entry.getSeq()
                            + " was recorded.");
        }
        previousHash = entry.getHash();
        expectedSeq++;
        return true;
    }

    /**
     * The verdict, once the entries up to the head are read. The head is what the module says it
     * has recorded; {@code insertedSeq} is the first entry stored beyond it, or 0.
     */
    ChainVerification finish(long headSeq, String headHash, long insertedSeq, Instant now) {
        long last = expectedSeq - 1;
        if (brokenSeq == 0 && last < headSeq) {
            broken(last + 1, last + 1 == headSeq
                    ? "Entry " + headSeq + ", the last one recorded, is missing: it was deleted from the database."
                    : "Entries " + (last + 1) + " to " + headSeq + ", the last ones recorded, are missing: they "
                            + "were deleted from the database.");
        } else if (brokenSeq == 0 && !previousHash.equals(headHash.strip())) {
            broken(last, "Entry " + last + ", the last one recorded, was replaced after it was recorded.");
        } else if (brokenSeq == 0 && insertedSeq != 0) {
            broken(insertedSeq, "Entry " + insertedSeq + " was added directly in the database, after the last "
                    + "entry the module recorded.");
        }
        return new ChainVerification(brokenSeq == 0, checked, brokenSeq, finding, previousHash, now);
    }

    private boolean broken(long seq, String what) {
        brokenSeq = seq;
        finding = what;
        return false;
    }
}
