package eu.gdprmodule.web.admin.policy;

import static eu.gdprmodule.web.admin.policy.PolicyScreens.format;
import static eu.gdprmodule.web.admin.policy.PolicyScreens.text;

import eu.gdprmodule.policy.PolicyDiff;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.UnknownPolicy;
import eu.gdprmodule.web.admin.ConsoleClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /gdpr/admin/policies/diff.xhtml?slug=…&language=…&from=…&to=…}: two published
 * versions of a policy side by side, what was removed and what was added marked. It answers
 * what people were told on a given day and what changed since, for a complaint, an audit or to
 * decide whether a change is material.
 */
@Named("gdprPolicyComparison")
@ViewScoped
public class PolicyComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService service;

    @Inject
    transient ConsoleClock clock;

    private String slug;
    private String language;
    private String missing;
    private List<SelectItem> versions = List.of();
    private Integer from;
    private Integer to;
    private boolean changesOnly;
    private List<Row> rows = List.of();

    /**
     * One row of the comparison.
     *
     * @param kind       {@code equal}, {@code changed}, {@code inserted} or {@code deleted}
     * @param beforeHtml the older version's text, escaped, removed words in {@code <del>}
     * @param afterHtml  the newer version's text, escaped, added words in {@code <ins>}
     */
    public record Row(String kind, String beforeHtml, String afterHtml) implements Serializable {

        public boolean isEqual() {
            return "equal".equals(kind);
        }
    }

    @PostConstruct
    void init() {
        slug = PolicyScreens.parameter("slug");
        language = Optional.ofNullable(PolicyScreens.parameter("language")).orElse(service.languages().get(0));
        if (slug == null) {
            missing = text("policy.missing.none");
            return;
        }
        if (service.policy(slug).isEmpty()) {
            missing = format("policy.missing.unknown", slug);
            return;
        }
        if (!service.languages().contains(language)) {
            missing = format("policy.missing.language", language, String.join(", ", service.languages()));
            return;
        }
        List<PolicyVersion> published = service.versions(slug, language);
        versions = published.stream().map(v -> new SelectItem(v.getNumber(),
                format("policy.diff.version", v.getNumber(), clock.format(v.getPublishedAt())))).toList();
        if (published.size() < 2) {
            missing = format("policy.diff.tooFew", slug, PolicyScreens.languageName(language), published.size());
            return;
        }
        Integer wantedTo = PolicyScreens.number("to");
        Integer wantedFrom = PolicyScreens.number("from");
        to = published.stream().anyMatch(v -> wantedTo != null && v.getNumber() == wantedTo) ? wantedTo
                : published.get(0).getNumber();
        from = published.stream().anyMatch(v -> wantedFrom != null && v.getNumber() == wantedFrom) ? wantedFrom
                : published.stream().map(PolicyVersion::getNumber).filter(n -> n < to).findFirst()
                        .orElse(published.get(1).getNumber());
        compare();
    }

    /** Compares the two versions chosen. */
    public void compare() {
        if (from == null || to == null) {
            rows = List.of();
            return;
        }
        try {
            List<Row> compared = new ArrayList<>();
            for (PolicyDiff.Row row : service.diff(slug, language, from, to)) {
                compared.add(new Row(row.kind().name().toLowerCase(java.util.Locale.ROOT), row.beforeHtml(), row.afterHtml()));
            }
            rows = List.copyOf(compared);
        } catch (UnknownPolicy unknown) {
            rows = List.of();
            PolicyScreens.refuse(unknown.getMessage());
        }
    }

    /** The rows shown: every row, or only those that changed. */
    public List<Row> getRows() {
        return changesOnly ? rows.stream().filter(r -> !r.isEqual()).toList() : rows;
    }

    public boolean isIdentical() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::isEqual);
    }

    public String getHeading() {
        return missing != null && slug == null ? text("policy.diff.title")
                : format("policy.diff.heading", slug, PolicyScreens.languageName(language));
    }

    public boolean isMissing() {
        return missing != null;
    }

    public String getMissingMessage() {
        return missing;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public List<SelectItem> getVersions() {
        return versions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public boolean isChangesOnly() {
        return changesOnly;
    }

    public void setChangesOnly(boolean changesOnly) {
        this.changesOnly = changesOnly;
    }
}
