package eu.gdprmodule.web.admin.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * What the dashboard shows. Later capabilities (consents, retention) add their own figures here.
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
 * @param requestsOpen           data-subject requests still to answer (open or awaiting the identity check)
 * @param requestsDueSoon        of which due within the week the reminder warns of
 * @param requestsOverdue        of which past their deadline (Art. 12(3))
 */
public record DashboardFigures(long factsRecorded, long factsLast30Days, long auditEntries, Instant lastVerifiedAt,
        String lastVerificationResult, String controllerIdentitySource, List<String> controllerIdentityProblems,
        int registerActivities, int registerRecipients, int transfersOutsideEea,
        List<String> activitiesWithoutRetention, long requestsOpen, long requestsDueSoon, long requestsOverdue) {
}
