package eu.gdprmodule.consent;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Consent ids and proof ids: UUIDs of version 7 (RFC 9562), the millisecond they were made
 * followed by 74 random bits. A consent id's proofs are all given after it was made, so the
 * console finds them by time through the proofs' primary key, with no index on the consent id
 * (migration V8: that index was most of a retention purge's cost). The time they carry is no
 * secret: the signed cookie carries the time of the choice anyway.
 */
public final class ConsentIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsentIds() {
    }

    /**
     * How far before an id's time its proofs may be dated: servers of a cluster whose clocks
     * differ can record a later choice under an id another server made.
     */
    public static final java.time.Duration CLOCK_MARGIN = java.time.Duration.ofDays(1);

    /** When a version 7 id was made; empty for any other id (the random UUIDs made before). */
    public static java.util.Optional<Instant> madeAt(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.version() == 7 && uuid.variant() == 2 && id.length() == 36
                    ? java.util.Optional.of(Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16))
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A new id made at {@code at}. */
    public static String next(Instant at) {
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = millis << 16 | 0x7000L | RANDOM.nextInt(0x1000);
        long low = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
