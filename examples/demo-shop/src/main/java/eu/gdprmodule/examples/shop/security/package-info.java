/**
 * Signing in and out with Jakarta Security: a form on the shop's own login page, an identity
 * store over the customer table with PBKDF2 password hashes, and the role {@code customer} that
 * {@code /account/} requires. Each successful sign-in is logged (time and IP address) to secure
 * the accounts, which is the {@code security-logs} processing.
 */
package eu.gdprmodule.examples.shop.security;
