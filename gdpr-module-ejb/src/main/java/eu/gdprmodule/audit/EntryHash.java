package eu.gdprmodule.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one audit entry: SHA-256 over every stored field and the previous entry's hash.
 *
 * <p>Each field is written as its length, a colon and its value (a missing value as {@code -1:}),
 * so no two different entries encode to the same bytes: without the lengths, moving a character
 * from one field to the next would keep the hash.
 */
public final class EntryHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    public static String of(long seq, long recordedAtMillis, String actor, String entityType, String entityId,
            String action, String before, String after, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(seq));
        field(canonical, Long.toString(recordedAtMillis));
        field(canonical, actor);
        field(canonical, entityType);
        field(canonical, entityId);
        field(canonical, action);
        field(canonical, before);
        field(canonical, after);
        field(canonical, previousHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1:");
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
