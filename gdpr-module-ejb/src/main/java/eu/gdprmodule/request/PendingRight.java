package eu.gdprmodule.request;

import eu.gdprmodule.api.RightExercised;

/** A right taking effect inside its transaction; {@link RightRelay} tells the host once it commits. */
record PendingRight(RightExercised exercised) {
}
