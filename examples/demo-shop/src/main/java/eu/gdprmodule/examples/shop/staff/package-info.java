/**
 * The shop's staff: the people who work in the GDPR module's console at {@code /gdpr/admin/}, as
 * {@code gdpr-admin} (everything) or {@code gdpr-dpo} (the data protection officer, who reads
 * everything and changes no settings). Staff accounts live in their own table, apart from
 * customers, and sign in on the shop's login page like anyone else.
 *
 * <p>The first accounts come from the configuration at start ({@link StaffBootstrap}): there is
 * no built-in password, so a shop that is started without one gets a random password, shown once
 * in the log.
 */
package eu.gdprmodule.examples.shop.staff;
