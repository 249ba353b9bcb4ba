/**
 * The host contract: the only package a host application imports.
 *
 * <p>A host integrates through CDI events and a few injectable values. It <em>fires facts</em>
 * (for example a {@link eu.gdprmodule.api.ProcessingFact} when it collects personal data or a
 * contract ends) and <em>observes requests and receipts</em> fired by the module (for example
 * {@link eu.gdprmodule.api.ProcessingFactRecorded}). It may inject
 * {@link eu.gdprmodule.api.ControllerIdentity} to show who the controller is, and
 * {@link eu.gdprmodule.api.AuditTrail} to record its own changes in the module's audit log. It
 * extends the module's console by answering {@link eu.gdprmodule.api.ConsoleMenu},
 * {@link eu.gdprmodule.api.DashboardTiles} and {@link eu.gdprmodule.api.DataSubjectPanels}.
 *
 * <p>Everything here is small, immutable and stable; nothing here imports the module's
 * internal packages. CDI events only flow inside one deployment, so the module must be
 * packaged inside the host's WAR (Payara Micro) or EAR (full servers): see
 * {@code docs/integration.md}.
 *
 * @since 0.1
 */
package eu.gdprmodule.api;
