package eu.gdprmodule.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text a visitor was shown (banner and preference centre, as plain text), with its SHA-256.
 *
 * @param hash          SHA-256 of {@code text}, hex
 * @param language      its language
 * @param policyVersion the cookie policy version it links to
 * @param text          the text
 */
public record BannerText(String hash, String language, int policyVersion, String text) {

    public static BannerText of(String language, int policyVersion, String text) {
        return new BannerText(sha256(text), language, policyVersion, text);
    }

    /** Hex SHA-256 of the UTF-8 text, the hash a published policy version carries too. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
