/**
 * How the shop names, for the GDPR module, the people it holds data about and the processing
 * it does: the subject references ({@code customer:42}, {@code prospect:7}) and the keys of the
 * processing activities, which mirror the sections of the shop's privacy policy.
 */
package eu.gdprmodule.examples.shop.privacy;
