package eu.gdprmodule.web.admin.retention;

import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.retention.RetentionOverview;
import eu.gdprmodule.retention.RetentionRun;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;

/** The JSON of the retention API: runs with their results, and the overview. */
final class RetentionJson {

    private RetentionJson() {
    }

    static JsonObjectBuilder run(RetentionRun run, List<RetentionRun.Result> results) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (RetentionRun.Result r : results) {
            lines.add(Json.createObjectBuilder().add("rule", r.rule()).add("part", r.part()).add("outcome", r.outcome())
                    .add("count", r.count()).add("detail", text(r.detail())));
        }
        return Json.createObjectBuilder().add("id", run.id()).add("triggered", run.triggered()).add("slot", instant(run.slot()))
                .add("asOf", instant(run.asOf())).add("startedAt", instant(run.startedAt())).add("endedAt", instant(run.endedAt()))
                .add("status", run.status()).add("node", run.node()).add("actor", run.actor()).add("attempts", run.attempts())
                .add("problems", run.problems()).add("results", lines);
    }

    static JsonObjectBuilder overview(RetentionOverview.Overview o) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (o.settings() != null) {
            body.add("schedule", o.settings().schedule().text()).add("timeZone", o.settings().schedule().zone().getId())
                    .add("enabled", o.settings().enabled()).add("batchSize", o.settings().batchSize())
                    .add("lease", o.settings().lease().toString());
        } else {
            body.add("problem", o.problem());
        }
        body.add("scheduledOnThisServer", o.scheduled());
        JsonObjectBuilder tally = Json.createObjectBuilder();
        o.tally().forEach(tally::add);
        body.add("thisServer", tally);
        body.add("leaseHolder", o.lease().map(h -> (JsonValue) Json.createObjectBuilder().add("node", h.node())
                .add("until", Instant.ofEpochMilli(h.expiresAt()).toString()).build()).orElse(JsonValue.NULL));
        body.add("unfinishedRun", o.unfinished().map(r -> (JsonValue) Json.createValue(r.id())).orElse(JsonValue.NULL));
        body.add("lastCompletedRun", o.lastCompleted().map(r -> (JsonValue) run(r, List.of()).build()).orElse(JsonValue.NULL));
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (RetentionOverview.ModuleData d : o.moduleData()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("data", d.data()).add("activity", text(d.activity()))
                    .add("setting", text(d.setting())).add("rule", rule(d.rule()));
            if (d.missingRule()) {
                item.add("problem", "The register has no retention rule for the activity '" + d.activity() + "' (" + d.setting()
                        + "): this data is kept until it has one.");
            } else if (d.activity() == null) {
                item.add("ends", "when its link expires");
            }
            data.add(item);
        }
        JsonArrayBuilder rules = Json.createArrayBuilder();
        for (RetentionOverview.Rule r : o.rules()) {
            rules.add(Json.createObjectBuilder().add("activity", r.activity().key()).add("name", r.activity().name())
                    .add("rule", rule(r.activity().retention())).add("clocks", r.clocks()));
        }
        return body.add("moduleData", data).add("rules", rules);
    }

    static JsonValue rule(RetentionRule rule) {
        if (rule == null) {
            return JsonValue.NULL;
        }
        return Json.createObjectBuilder().add("period", rule.period().toString()).add("startsAt", rule.startsAt().code())
                .add("hostEvent", text(rule.hostEvent()))
                .add("archivePeriod", rule.archivePeriod() == null ? JsonValue.NULL : Json.createValue(rule.archivePeriod().toString()))
                .add("endAction", rule.endAction().code()).build();
    }

    private static JsonValue instant(Instant instant) {
        return instant == null ? JsonValue.NULL : Json.createValue(instant.toString());
    }

    private static JsonValue text(String text) {
        return text == null ? JsonValue.NULL : Json.createValue(text);
    }
}
