package eu.gdprmodule.web.admin.policy;

import static eu.gdprmodule.web.admin.policy.PolicyScreens.format;
import static eu.gdprmodule.web.admin.policy.PolicyScreens.text;

import eu.gdprmodule.api.RegisterChanged.Change;
import eu.gdprmodule.policy.InvalidPolicy;
import eu.gdprmodule.policy.Policy;
import eu.gdprmodule.policy.PolicyDraft;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.Staleness;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /gdpr/admin/policies/index.xhtml}: every policy in every language, with the
 * version in force, the draft being prepared, and whether the version in force still says what
 * the register says. A policy must describe the processing as it is (Art. 12 and 13 GDPR): when
 * the register changed so that a generated section would now read differently, the version is
 * marked stale with what changed, so an administrator publishes a new one.
 */
@Named("gdprPolicies")
@ViewScoped
public class PolicyList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService service;

    private List<Row> rows = List.of();
    private String slug;

    /**
     * One policy in one language.
     *
     * @param slug          the policy's name
     * @param language      the language code
     * @param languageName  the language in words
     * @param inForce       the version in force's number, or 0 when nothing is published
     * @param publishedAt   when it was published
     * @param material      whether it was a material change
     * @param draftBy       who saved the draft last, or {@code null} when there is none
     * @param draftAt       when
     * @param stale         whether the version in force no longer reads as the register would make it
     * @param changes       what changed in the register since, in words
     * @param firstInPolicy whether this is the policy's first row (the slug is shown once)
     */
    public record Row(String slug, String language, String languageName, int inForce, Instant publishedAt,
            boolean material, String draftBy, Instant draftAt, boolean stale, List<String> changes,
            boolean firstInPolicy) implements Serializable {

        public boolean isPublished() {
            return inForce > 0;
        }

        /** Two or more versions: there is something to compare. */
        public boolean isComparable() {
            return inForce > 1;
        }
    }

    @PostConstruct
    void load() {
        List<Row> loaded = new ArrayList<>();
        for (Policy policy : service.policies()) {
            boolean first = true;
            for (String language : service.languages()) {
                loaded.add(row(policy.getSlug(), language, first));
                first = false;
            }
        }
        rows = List.copyOf(loaded);
    }

    private Row row(String slug, String language, boolean first) {
        Optional<PolicyVersion> inForce = service.inForce(slug, language);
        Optional<PolicyDraft> draft = service.draft(slug, language);
        boolean stale = false;
        List<String> changes = List.of();
        if (inForce.isPresent()) {
            Staleness staleness = service.staleness(inForce.get());
            stale = staleness.stale();
            changes = stale ? changes(staleness) : List.of();
        }
        return new Row(slug, language, PolicyScreens.languageName(language),
                inForce.map(PolicyVersion::getNumber).orElse(0), inForce.map(PolicyVersion::getPublishedAt).orElse(null),
                inForce.map(PolicyVersion::isMaterial).orElse(false),
                draft.map(PolicyDraft::getChangedBy).orElse(null), draft.map(PolicyDraft::getChangedAt).orElse(null),
                stale, changes, first);
    }

    /** "Activity ‘newsletter’ changed (fields: retention)", "The controller's identity changed". */
    static List<String> changes(Staleness staleness) {
        List<String> changes = new ArrayList<>();
        if (staleness.controllerChanged()) {
            changes.add(text("policy.stale.controller"));
        }
        for (Change change : staleness.changes()) {
            String line = format("policy.stale." + change.item().name() + "." + change.action().name(), change.key());
            if (!change.fields().isEmpty()) {
                line += format("policy.stale.fields", String.join(", ", change.fields()));
            }
            changes.add(line);
        }
        return changes;
    }

    /** Adds a policy and opens its editor in the default language. */
    public String create() {
        String wanted = slug == null ? "" : slug.strip();
        try {
            service.create(wanted);
        } catch (InvalidPolicy invalid) {
            PolicyScreens.show(invalid.problems(), field -> "slug".equals(field) ? "add:slug" : null);
            return null;
        } catch (ConsoleAccessDenied refused) {
            PolicyScreens.refuse(refused.getMessage());
            return null;
        }
        PolicyScreens.announce(format("policy.created", wanted));
        return PolicyScreens.EDITOR + "?faces-redirect=true&slug=" + wanted + "&language=" + service.languages().get(0);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
