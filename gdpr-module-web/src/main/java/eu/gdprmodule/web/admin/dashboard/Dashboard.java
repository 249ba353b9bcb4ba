package eu.gdprmodule.web.admin.dashboard;

import eu.gdprmodule.audit.AuditEntry;
import eu.gdprmodule.audit.AuditFilter;
import eu.gdprmodule.audit.AuditSearch;
import eu.gdprmodule.audit.ChainVerifier;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import eu.gdprmodule.register.ControllerIdentitySettings;
import eu.gdprmodule.config.ModuleClock;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestSettings;
import eu.gdprmodule.retention.FactLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.register.RegisterView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Computes the dashboard's figures for the page and the API alike. */
@ApplicationScoped
public class Dashboard {

    @Inject
    FactLedger facts;

    @Inject
    AuditSearch audit;

    @Inject
    ControllerIdentityConfiguration controller;

    @Inject
    ControllerIdentitySettings controllerSettings;

    @Inject
    RegisterView register;

    @Inject
    RequestInbox requests;

    @Inject
    ModuleClock clock;

    public DashboardFigures figures() {
        List<AuditEntry> lastVerification = audit.page(
                new AuditFilter(null, ChainVerifier.ENTITY_TYPE, null, "verified", null, null), 0, 1);
        AuditEntry verification = lastVerification.isEmpty() ? null : lastVerification.get(0);
        RegisterSnapshot snapshot = register.snapshot();
        // the controller's day on the module's clock, as the engine's reminders count it
        RequestInbox.DeadlineCounts deadlines = requests.deadlines(LocalDate.ofInstant(clock.now(), RequestSettings.current().zone()));
        return new DashboardFigures(facts.countRecordedSince(Instant.EPOCH),
                facts.countRecordedSince(Instant.now().minus(Duration.ofDays(30))),
                audit.head().lastSeq(),
                verification == null ? null : verification.getRecordedAt(),
                verification == null ? null : verification.getAfter(),
                controllerSettings.saved().isPresent() ? "console" : "configuration",
                controller.problems(),
                snapshot.activities().size(), snapshot.recipients().size(),
                (int) snapshot.recipients().stream().map(RegisterItem::value).filter(RegisterRules::outsideEea).count(),
                snapshot.activities().stream().map(RegisterItem::value).filter(a -> a.retention() == null)
                        .map(ProcessingActivity::name).toList(),
                deadlines.open(), deadlines.dueSoon(), deadlines.overdue());
    }
}
