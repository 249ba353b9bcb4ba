package eu.gdprmodule.consent;

import java.util.Set;

/** A recorded choice inside its transaction; {@link ConsentRelay} announces it once it commits. */
record PendingConsent(ConsentToken token, ConsentMethod method, boolean gpc, Set<String> refused) {
}
