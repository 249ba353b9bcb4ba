package eu.gdprmodule.web.admin.policy;

import eu.gdprmodule.api.RegisterChanged;
import eu.gdprmodule.policy.PolicyDiff;
import eu.gdprmodule.policy.PolicyDraft;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.Rendering;
import eu.gdprmodule.policy.Staleness;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Policies, drafts and versions as the admin and public APIs write them. */
public final class PolicyJson {

    private PolicyJson() {
    }

    /** A version without its text: what a history lists. */
    public static JsonObjectBuilder summary(PolicyVersion v) {
        return Json.createObjectBuilder().add("slug", v.getSlug()).add("language", v.getLanguage())
                .add("version", v.getNumber()).add("title", v.getTitle()).add("publishedAt", v.getPublishedAt().toString())
                .add("summary", v.getSummary()).add("material", v.isMaterial());
    }

    /** A version with its frozen HTML. */
    public static JsonObjectBuilder full(PolicyVersion v) {
        return summary(v).add("html", v.getHtml()).add("htmlSha256", v.getHtmlSha256());
    }

    /** A version as an administrator or auditor sees it: also its source and what it was rendered from. */
    public static JsonObject audit(PolicyVersion v) {
        return full(v).add("source", v.getSource()).add("publishedBy", v.getPublishedBy())
                .add("registerRevision", v.getRegisterRevision()).build();
    }

    public static JsonObject draft(PolicyDraft d) {
        var text = d.text();
        JsonObjectBuilder json = Json.createObjectBuilder().add("slug", d.getSlug()).add("language", d.getLanguage())
                .add("title", text.title()).add("source", text.source()).add("material", text.material())
                .add("version", d.getVersion()).add("changedAt", d.getChangedAt().toString()).add("changedBy", d.getChangedBy());
        return (text.summary() == null ? json.addNull("summary") : json.add("summary", text.summary())).build();
    }

    public static JsonObject rendering(Rendering r) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        r.sections().forEach(s -> sections.add(s.code()));
        return Json.createObjectBuilder().add("html", r.html()).add("sections", sections)
                .add("removed", Json.createArrayBuilder(r.removed())).add("problems", Json.createArrayBuilder(r.problems()))
                .build();
    }

    public static JsonObject staleness(Staleness s) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (RegisterChanged.Change c : s.changes()) {
            changes.add(Json.createObjectBuilder().add("item", c.item().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .add("key", c.key()).add("action", c.action().name().toLowerCase(java.util.Locale.ROOT))
                    .add("fields", Json.createArrayBuilder(c.fields())));
        }
        return Json.createObjectBuilder().add("stale", s.stale()).add("controllerChanged", s.controllerChanged())
                .add("changes", changes).add("registerRevisionThen", s.revisionThen())
                .add("registerRevisionNow", s.revisionNow()).build();
    }

    public static JsonObject diff(List<PolicyDiff.Row> rows) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PolicyDiff.Row row : rows) {
            array.add(Json.createObjectBuilder().add("kind", row.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .add("before", row.beforeHtml()).add("after", row.afterHtml()));
        }
        return Json.createObjectBuilder().add("rows", array).build();
    }
}
