/**
 * The example host: a small shop selling computer repairs, upgrades and support plans, which
 * adds the GDPR module the way any host would and talks to it only through
 * {@code eu.gdprmodule.api}.
 *
 * <p>Packages are by feature: {@code catalog} (what is sold), {@code customer} (accounts),
 * {@code security} (signing in), {@code staff} (who works in the GDPR module's console), {@code order} (orders and their invoices), {@code newsletter},
 * {@code quote} (quote requests from prospects), {@code privacy} (how the shop names its data
 * subjects and processing activities for the module; {@code privacy.requests}: what it exports and
 * erases when the module answers a data-subject request) and {@code infrastructure} (the shop's own
 * database, time and error plumbing). Each feature fires the module's
 * {@link eu.gdprmodule.api.ProcessingFact}s in the same transaction as its own change.
 */
package eu.gdprmodule.examples.shop;
