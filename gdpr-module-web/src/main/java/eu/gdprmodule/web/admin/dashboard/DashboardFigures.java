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
 */
public record DashboardFigures(long factsRecorded, long factsLast30Days, long auditEntries, Instant lastVerifiedAt,
        String lastVerificationResult, String controllerIdentitySource, List<String> controllerIdentityProblems) {
}
