package eu.gdprmodule.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of checking the whole audit chain.
 *
 * @param intact          whether every entry matched its hash and linked to the one before
 * @param entriesChecked  how many entries were read
 * @param firstBrokenSeq  the first entry found altered, missing or unlinked; 0 when intact
 * @param finding         what was found, in a sentence a DPO can quote; {@code null} when intact
 * @param headHash        the hash of the last entry, which a DPO may note down as a checkpoint
 * @param verifiedAt      when the check ended
 */
public record ChainVerification(boolean intact, long entriesChecked, long firstBrokenSeq, String finding,
        String headHash, Instant verifiedAt) implements Serializable {
}
