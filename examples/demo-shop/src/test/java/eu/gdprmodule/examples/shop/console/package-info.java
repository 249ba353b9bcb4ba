/**
 * The GDPR module's console inside the shop: every console page and endpoint walked as an
 * anonymous visitor, a customer, the DPO and the administrator with the shop's own sign-in
 * ({@code ConsoleWalkIT}), and the console as staff use it in headless Chromium
 * ({@code ConsoleBrowserIT}).
 */
package eu.gdprmodule.examples.shop.console;
