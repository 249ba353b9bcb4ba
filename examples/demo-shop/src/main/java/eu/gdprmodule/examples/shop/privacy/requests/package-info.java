/**
 * What the shop contributes when the GDPR module answers a data-subject request: one class per
 * kind of shop data ({@link eu.gdprmodule.examples.shop.privacy.requests.CustomerAccountData},
 * {@code SignInData}, {@code OrderData}, {@code InvoiceData}, {@code NewsletterData},
 * {@code ProspectData}), each observing {@link eu.gdprmodule.api.PersonalDataExport} (access and
 * portability, Art. 15 and 20 GDPR) and {@link eu.gdprmodule.api.PersonalDataErasure} (Art. 17).
 *
 * <p>Why one package rather than a class in each feature: the contributors are the shop's answer
 * to one question ("what do we hold about this person, and what may go?"), and a host developer
 * reading the example should find the whole answer, and the order the module calls it in
 * ({@link eu.gdprmodule.examples.shop.privacy.requests.ContributorPriorities}), in one place. They
 * work on the shop's tables in plain SQL ({@link eu.gdprmodule.examples.shop.privacy.requests.ShopSql}),
 * not on the features' entities, so the features do not depend on them and an export pages through
 * the database ({@code OFFSET ... FETCH}) instead of loading a person's ten thousand orders.
 *
 * <p>Each erasure observer changes nothing when the erasure is a preview, and finds nothing left
 * the second time, so the module may run an erasure again until every contributor has succeeded.
 * The people are found by the module's reference to them ({@code customer:42}, {@code prospect:7})
 * when the request has one, else by their verified e-mail address
 * ({@link eu.gdprmodule.examples.shop.privacy.requests.ShopSubjects}).
 */
package eu.gdprmodule.examples.shop.privacy.requests;
