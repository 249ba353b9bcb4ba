package eu.gdprmodule.web.admin.retention;

import static eu.gdprmodule.web.admin.ConsoleText.format;
import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.retention.RetentionBusy;
import eu.gdprmodule.retention.RetentionEngine;
import eu.gdprmodule.retention.RetentionOverview;
import eu.gdprmodule.retention.RetentionRun;
import eu.gdprmodule.retention.RetentionRuns;
import eu.gdprmodule.retention.RetentionWorker;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import eu.gdprmodule.web.admin.ConsoleClock;
import eu.gdprmodule.web.admin.ConsoleText;
import eu.gdprmodule.web.admin.register.RegisterTables;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code /gdpr/admin/retention/index.xhtml}: the rules in force (from the register, the
 * one place periods are set), the module's data and whether a rule covers it, the run log, and
 * "run now" for administrators (audited).
 */
@Named("gdprRetention")
@ViewScoped
public class RetentionConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RUNS_SHOWN = 25;

    /** A run as the table shows it, with its results. */
    public record RunRow(RetentionRun run, List<RetentionRun.Result> results) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient RetentionOverview overviews;

    @Inject
    transient RetentionRuns runs;

    @Inject
    transient ConsoleClock clock;

    @Inject
    transient RunStarter starter;

    private transient RetentionOverview.Overview overview;
    private transient List<RunRow> runRows;

    public RetentionOverview.Overview getOverview() {
        if (overview == null) {
            overview = overviews.overview();
        }
        return overview;
    }

    public List<RunRow> getRuns() {
        if (runRows == null) {
            runRows = runs.recent(0, RUNS_SHOWN).stream().map(r -> new RunRow(r, runs.results(r.id()))).toList();
        }
        return runRows;
    }

    /** Starts a run; the table shows it once it is under way (refresh to follow it). */
    public void runNow() {
        try {
            RetentionRun run = starter.start(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
            ConsoleText.inform(format("retention.started", when(run.startedAt())));
        } catch (RetentionBusy busy) {
            ConsoleText.refuse(null, format("retention.busy", busy.holder()));
        } catch (ConsoleAccessDenied denied) {
            ConsoleText.refuse(null, denied.getMessage());
        }
        refresh();
    }

    public void refresh() {
        overview = null;
        runRows = null;
    }

    public String when(Instant instant) {
        return instant == null ? "" : clock.format(instant);
    }

    /** "3 years from the last contact, then deleted", or the missing rule's warning. */
    public String ruleText(RetentionOverview.ModuleData data) {
        if (data.missingRule()) {
            return format("retention.noRule", data.activity(), data.setting());
        }
        return data.rule() == null ? text("retention.atExpiry") : RegisterTables.retentionText(data.rule());
    }

    public String ruleText(RetentionOverview.Rule rule) {
        return RegisterTables.retentionText(rule.activity().retention());
    }

    public String dataLabel(String data) {
        return text("retention.data." + data);
    }

    public String triggerLabel(String triggered) {
        return text("retention.trigger." + triggered);
    }

    public String statusLabel(RetentionRun run) {
        return text("retention.status." + run.status().toLowerCase(java.util.Locale.ROOT));
    }

    public String outcomeLabel(String outcome) {
        return text("retention.outcome." + outcome);
    }

    /** "deleted 12 · anonymised 3 · failed 1", over the run's results. */
    public String summary(RunRow row) {
        Map<String, Long> totals = row.results().stream().collect(Collectors.groupingBy(RetentionRun.Result::outcome,
                LinkedHashMap::new, Collectors.summingLong(RetentionRun.Result::count)));
        if (totals.isEmpty()) {
            return text("retention.nothing");
        }
        return totals.entrySet().stream().map(e -> outcomeLabel(e.getKey()) + (e.getValue() > 0 ? " " + e.getValue() : ""))
                .collect(Collectors.joining(" · "));
    }

    /** Starts a run by hand: administrators only (the check that holds when a request is forged). */
    @jakarta.enterprise.context.RequestScoped
    public static class RunStarter {

        @Inject
        RetentionEngine engine;

        @Inject
        RetentionWorker worker;

        @AdministratorsOnly
        public RetentionRun start(String actor) {
            RetentionRun run = engine.start(actor == null ? "unknown" : actor);
            worker.carryOn(run);
            return run;
        }
    }
}
