package eu.gdprmodule.examples.shop.customer;

/**
 * Fired inside the sign-up transaction, so other features act on a new account without the
 * customer package knowing them (the newsletter records an opt-in from here).
 *
 * @param customerId      the new account
 * @param newsletterOptIn whether the person ticked the newsletter box
 */
public record CustomerSignedUp(long customerId, boolean newsletterOptIn) {
}
