package eu.gdprmodule.web.admin.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * What the dashboard shows. Later capabilities (requests, consents, retention) add their own
 * figures here.
 *
 * @param factsRecorded          processing facts hosts reported, in all
 * @param factsLast30Days        of which in the last 30 days
 * @param auditEntries           entries in the audit log
 * @param lastVerifiedAt         when the audit chain was last verified, or {@code null}
 * @param lastVerificationResult what that verification found, or {@code null}
 * @param controllerIdentitySource {@code console} or {@code configuration}
 * @param controllerIdentityProblems what the controller identity still lacks
 * @param registerActivities     processing activities in the register
 * @param registerRecipients     recipients in the register
 * @param transfersOutsideEea    recipients outside the EU/EEA (each with its safeguard, Chapter V)
 * @param activitiesWithoutRetention names of the activities that state no retention rule (Art. 30(1)(f)
 *                               asks for one "where possible"), to review
 */
public record DashboardFigures(long factsRecorded, long factsLast30Days, long auditEntries, Instant lastVerifiedAt,
        String lastVerificationResult, String controllerIdentitySource, List<String> controllerIdentityProblems,
        int registerActivities, int registerRecipients, int transfersOutsideEea,
        List<String> activitiesWithoutRetention) {
}
