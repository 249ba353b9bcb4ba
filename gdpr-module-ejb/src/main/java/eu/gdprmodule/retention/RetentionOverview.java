package eu.gdprmodule.retention;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where retention stands, for the console and the API: the rules in force (from the register
 * only), the module's data each one ends, what has no rule, the schedule, the lease, the last run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RetentionOverview {

    /**
     * One kind of the module's own data.
     *
     * @param data     {@code consent-proofs}, {@code closed-requests}, {@code export-files}
     * @param activity the register activity whose rule applies, or {@code null} (ended at expiry)
     * @param setting  the setting naming that activity, or {@code null}
     * @param rule     the rule, or {@code null}: none in the register (nothing is deleted) or ended at expiry
     */
    public record ModuleData(String data, String activity, String setting, RetentionRule rule) {
        /** True when the data should follow a register rule that is not there. */
        public boolean missingRule() {
            return activity != null && rule == null;
        }
    }

    /** A register activity with a rule, and how many persons' clocks run for it. */
    public record Rule(ProcessingActivity activity, long clocks) {
    }

    /**
     * @param settings        the settings, or {@code null} when one is refused ({@code problem} says which)
     * @param problem         a refused setting, or {@code null}
     * @param scheduled       whether runs are scheduled on this server
     * @param lease           the lease's holder while a run holds it
     * @param unfinished      a run left {@code RUNNING} (running now, or its server died)
     * @param lastCompleted   the last completed run
     * @param moduleData      the module's data and their rules
     * @param rules           the register's rules
     * @param tally           what this server's timer did (see {@link RetentionScheduler#tally()})
     */
    public record Overview(RetentionSettings settings, String problem, boolean scheduled, Optional<RetentionLease.Holder> lease,
            Optional<RetentionRun> unfinished, Optional<RetentionRun> lastCompleted, List<ModuleData> moduleData, List<Rule> rules,
            java.util.Map<String, Long> tally) {
    }

    @Inject
    RegisterView register;

    @Inject
    RetentionRuns runs;

    @Inject
    RetentionLease lease;

    @Inject
    HostRetention host;

    @Inject
    RetentionScheduler scheduler;

    public Overview overview() {
        RetentionSettings settings = null;
        String problem = null;
        try {
            settings = RetentionSettings.current();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        List<ModuleData> data = new ArrayList<>();
        if (settings != null) {
            data.add(moduleData(ModuleDataPurge.CONSENT_PROOFS, settings.consentActivity(), "gdpr.consent.register-activity"));
            data.add(moduleData(ModuleDataPurge.CLOSED_REQUESTS, settings.requestsActivity(), "gdpr.retention.requests-activity"));
        }
        data.add(new ModuleData(ModuleDataPurge.EXPORT_FILES, null, null, null));
        data.add(new ModuleData(ModuleDataPurge.DOWNLOAD_LINKS, null, null, null));
        List<Rule> rules = register.activities().stream().filter(a -> a.retention() != null)
                .map(a -> new Rule(a, host.clocks(a.key(), RetentionClocks.startKind(a.retention())))).toList();
        return new Overview(settings, problem, scheduler.schedule() != null, lease.holder(), runs.unfinished(), runs.lastCompleted(),
                List.copyOf(data), rules, scheduler.tally());
    }

    private ModuleData moduleData(String data, String activity, String setting) {
        return new ModuleData(data, activity, setting, register.activity(activity).map(ProcessingActivity::retention).orElse(null));
    }
}
