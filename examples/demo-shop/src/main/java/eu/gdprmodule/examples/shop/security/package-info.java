/**
 * Signing in and out with Jakarta Security: a form on the shop's own login page, an identity
 * store over the customer table with PBKDF2 password hashes, and the role {@code customer} that
 * {@code /account/} requires. Each successful customer sign-in is logged (time and IP address) to
 * secure the accounts, which is the {@code security-logs} processing.
 *
 * <p>Staff sign in on the same page through a second identity store, asked first, over the staff
 * table; they get the GDPR module's roles {@code gdpr-admin} or {@code gdpr-dpo} and go to the
 * module's console.
 */
package eu.gdprmodule.examples.shop.security;
