package eu.gdprmodule.audit;

import java.io.Serializable;

/**
 * The end of the audit chain as the module last wrote it.
 *
 * @param lastSeq  the number of entries recorded
 * @param lastHash the hash of the last entry (the genesis value when the log is empty)
 */
public record ChainHead(long lastSeq, String lastHash) implements Serializable {
}
