package eu.gdprmodule.consent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The consent cookie's value: {@code 1.<consent id>.<policy version>.<epoch second>.<categories>.<services>.<HMAC>},
 * lists joined with {@code ~}, the HMAC-SHA256 of everything before it in unpadded Base64url.
 *
 * <p>A tampered value, one signed with another key (another site, an old key) or one in an
 * unknown format decodes to nothing: the visitor counts as not having chosen, so a forged
 * "accept all" is never honoured as consent.
 */
public final class ConsentCookie {

    private static final String FORMAT = "1";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern KEYS = Pattern.compile("([a-z0-9][a-z0-9-]*(~[a-z0-9][a-z0-9-]*)*)?");
    private static final int MAX_LENGTH = 3800; // browsers keep 4,096 bytes per cookie, name included

    private ConsentCookie() {
    }

    public static String encode(ConsentToken token, byte[] key) {
        String payload = String.join(".", FORMAT, token.consentId(), Integer.toString(token.policyVersion()),
                Long.toString(token.givenAt().getEpochSecond()), String.join("~", token.choice().categories().stream().sorted().toList()),
                String.join("~", token.choice().services().stream().sorted().toList()));
        return payload + "." + mac(payload, key);
    }

    /**
     * Values already verified: a visitor sends the same cookie with every page view, and checking
     * its HMAC each time showed as a tenth of a page view's CPU (bench/page-overhead). Only
     * genuine values are kept, with the key that verified them, so a forged or tampered value
     * never finds an entry; the bound keeps the memory small (a full map starts again).
     */
    private record Verified(byte[] key, Optional<ConsentToken> token) {
    }

    private static final Map<String, Verified> VERIFIED = new ConcurrentHashMap<>();
    private static final int MAX_VERIFIED = 4096;

    public static Optional<ConsentToken> decode(String value, byte[] key) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Verified verified = VERIFIED.get(value);
        if (verified != null && verified.key() == key) {
            return verified.token();
        }
        Optional<ConsentToken> token = verify(value, key);
        if (token.isPresent()) {
            if (VERIFIED.size() >= MAX_VERIFIED) {
                VERIFIED.clear();
            }
            VERIFIED.put(value, new Verified(key, token));
        }
        return token;
    }

    private static Optional<ConsentToken> verify(String value, byte[] key) {
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, last);
        byte[] expected = mac(payload, key).getBytes(StandardCharsets.US_ASCII);
        byte[] given = value.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 6 || !FORMAT.equals(parts[0]) || !UUID.matcher(parts[1]).matches()
                || !KEYS.matcher(parts[4]).matches() || !KEYS.matcher(parts[5]).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConsentToken(parts[1], Integer.parseInt(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3])),
                    new ConsentChoice(keys(parts[4]), keys(parts[5]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Set<String> keys(String joined) {
        return joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split("~")));
    }

    /** A Mac per thread and key: creating one looks the algorithm up in the providers, on every page view. */
    private static final ThreadLocal<Object[]> MACS = new ThreadLocal<>();

    private static String mac(String payload, byte[] key) {
        try {
            Object[] cached = MACS.get();
            Mac mac;
            if (cached != null && cached[0] == key) {
                mac = (Mac) cached[1];
            } else {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                MACS.set(new Object[] {key, mac});
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
