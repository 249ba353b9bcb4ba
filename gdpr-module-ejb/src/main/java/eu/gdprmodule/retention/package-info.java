/**
 * Retention (Art. 5(1)(e) GDPR, storage limitation): the facts hosts report about data subjects
 * (data collected, last contact, contract ended...) are kept here, because each one starts or
 * restarts a retention period; the engine that ends those periods builds on them.
 */
package eu.gdprmodule.retention;
