/**
 * "Request a quote": people without an account (prospects) describe what they need and how to
 * reach them. A prospect is found again by e-mail address, so their data is kept, as the policy
 * says, three years from their <em>last</em> contact: each request is a contact the module
 * records ({@code prospects}).
 */
package eu.gdprmodule.examples.shop.quote;
