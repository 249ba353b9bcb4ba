package eu.gdprmodule.consent;

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
        return new BannerText(eu.gdprmodule.policy.PolicyStore.sha256(text), language, policyVersion, text);
    }
}
