package eu.gdprmodule.policy;

import eu.gdprmodule.api.PolicyPublished;

/**
 * A publication inside its transaction; {@link PublicationRelay} turns it into the public
 * {@link PolicyPublished} once (and only if) the transaction commits, so a host never mails
 * its customers about a version that does not exist.
 */
record PendingPublication(PolicyPublished published) {
}
