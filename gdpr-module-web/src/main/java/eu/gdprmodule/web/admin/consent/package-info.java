/**
 * The console's cookie consent screens and API: the cookie catalogue (categories, services and
 * cookies the banner and the cookie policy are written from), edited as a whole with a revision
 * check, imported and exported as its JSON file; and the consent log, the proofs of visitors'
 * choices that the controller must be able to show (Art. 7(1) GDPR), searched, paged lazily and
 * exported as CSV for a supervisory authority. The DPO role reads everything, only administrators
 * change the catalogue.
 */
package eu.gdprmodule.web.admin.consent;
