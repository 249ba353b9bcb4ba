/**
 * The shop's own audience measurement: page views counted per visitor, only for visitors who
 * allowed the "analytics" cookie category, checked on the server with the GDPR module's
 * {@link eu.gdprmodule.api.VisitorConsent} as well as in the browser.
 */
package eu.gdprmodule.examples.shop.analytics;
