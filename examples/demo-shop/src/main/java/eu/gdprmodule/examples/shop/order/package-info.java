/**
 * Orders and their invoices. Placing an order starts a contract ({@code orders}) and collects
 * billing data ({@code billing}), two processing activities with different legal bases and
 * retention periods (the contract's, and accounting law's ten years for invoices), so the module
 * hears of both, in the transaction that stores the order.
 *
 * <p>Billing name and address are asked for at the first order, not at sign-up: the shop collects
 * them only when it needs them (data minimisation, Art. 5(1)(c) GDPR).
 */
package eu.gdprmodule.examples.shop.order;
