package eu.gdprmodule.register;

import eu.gdprmodule.api.RegisterChanged;

/**
 * A register change inside its transaction; {@link RegisterChangeRelay} turns it into the public
 * {@link RegisterChanged} once (and only if) the transaction commits.
 */
record PendingRegisterChange(RegisterChanged change) {
}
