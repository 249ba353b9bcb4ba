/**
 * Customer accounts: signing up (name, e-mail, password, optional company, an unticked newsletter
 * box) and the profile a signed-in customer sees. Collecting the account data is the start of
 * the {@code customer-account} processing, reported to the module in the same transaction.
 */
package eu.gdprmodule.examples.shop.customer;
