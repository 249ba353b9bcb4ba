package eu.gdprmodule.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Random link secrets, references, and the hashes the module stores instead of secrets and addresses. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/I/L: a reference is read out on the phone
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private Secrets() {
    }

    /** 256 random bits, URL-safe: far beyond guessing (the issue asks at least 128). */
    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A reference such as {@code R-7K3M-Q2XD}: 40 bits, unique by the table's constraint. */
    static String reference() {
        StringBuilder ref = new StringBuilder("R-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                ref.append('-');
            }
            ref.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return ref.toString();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String emailHash(String email) {
        return sha256("email:" + email.trim().toLowerCase(Locale.ROOT));
    }

    /** The network address, hashed: enough to count a client's requests, not to find who it is. */
    static String clientHash(String address) {
        return address == null || address.isBlank() ? null : sha256("client:" + address.trim());
    }
}
