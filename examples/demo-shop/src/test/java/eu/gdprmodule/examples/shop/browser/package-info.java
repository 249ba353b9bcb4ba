/**
 * Page objects for the browser tests: one per screen of the shop, each waiting until its screen
 * is shown and offering what a person can read or do there.
 */
package eu.gdprmodule.examples.shop.browser;
