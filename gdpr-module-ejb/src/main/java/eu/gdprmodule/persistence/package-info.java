/**
 * Where the module keeps its data: one data source chosen by configuration (embedded Derby under
 * {@code gdpr.data.dir} by default, PostgreSQL or any JDBC database by {@code gdpr.db.url}), a
 * schema built only by versioned Flyway migrations so an upgrade keeps every record, and a clean
 * shutdown of embedded Derby when the application stops.
 */
package eu.gdprmodule.persistence;
