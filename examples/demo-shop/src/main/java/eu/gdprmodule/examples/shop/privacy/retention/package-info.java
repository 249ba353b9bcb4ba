/**
 * The shop's answers to the GDPR module's retention runs ({@link eu.gdprmodule.api.RetentionDue}):
 * prospects deleted three years after their last contact, customer accounts archived then
 * anonymised after their last order, orders unlinked from the person, invoices kept ten years
 * (Art. 5(1)(e) GDPR; the periods are the register's, in {@code META-INF/gdpr/register.json}).
 */
package eu.gdprmodule.examples.shop.privacy.retention;
