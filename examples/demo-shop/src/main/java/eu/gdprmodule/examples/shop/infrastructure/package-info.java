/**
 * The shop's plumbing: its own database ({@code java:app/jdbc/shop}, embedded Derby next to the
 * module's, schema by Flyway), its clock and the messages its pages show. Nothing here knows
 * about a feature.
 */
package eu.gdprmodule.examples.shop.infrastructure;
