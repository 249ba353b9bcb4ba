/**
 * The audit log: every change an administrator makes and every state change of a data-subject
 * request, with who, when, what and a before/after summary, so the controller can demonstrate
 * compliance (accountability, Art. 5(2) and Art. 24 GDPR).
 *
 * <p>Entries are appended only ({@link eu.gdprmodule.audit.AuditChain}); nothing in the module
 * updates or deletes them. Each entry's hash covers its fields and the previous entry's hash
 * ({@link eu.gdprmodule.audit.EntryHash}), so an entry changed, removed or inserted directly in
 * the database breaks the chain at that entry, and {@link eu.gdprmodule.audit.ChainVerifier} names
 * it.
 */
package eu.gdprmodule.audit;
