package eu.gdprmodule.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a choice was made, kept in each proof: an authority may ask whether refusing was as easy
 * as accepting (CNIL guidelines of 17 September 2020, § 31), which the share of each method shows.
 */
public enum ConsentMethod {
    /** "Accept all" on the banner or the preference centre. */
    ACCEPT_ALL,
    /** "Reject all". */
    REJECT_ALL,
    /** Category or service toggles saved, or one service allowed from an embed's placeholder. */
    CUSTOM,
    /** The banner closed without a choice: a refusal (CNIL, § 33). */
    CLOSED,
    /** A choice that takes back something granted before (Art. 7(3) GDPR). */
    WITHDRAWAL,
    /** Refused by the browser's Global Privacy Control signal, without a click. */
    GPC;

    /** The wire name: {@code accept-all}, {@code reject-all}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ConsentMethod> ofWire(String wire) {
        return Arrays.stream(values()).filter(m -> m.wire().equals(wire)).findFirst();
    }
}
