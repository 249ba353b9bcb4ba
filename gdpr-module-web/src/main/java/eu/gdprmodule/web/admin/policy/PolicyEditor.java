package eu.gdprmodule.web.admin.policy;

import static eu.gdprmodule.web.admin.policy.PolicyScreens.format;
import static eu.gdprmodule.web.admin.policy.PolicyScreens.text;

import eu.gdprmodule.policy.GeneratedSection;
import eu.gdprmodule.policy.InvalidPolicy;
import eu.gdprmodule.policy.PolicyConflict;
import eu.gdprmodule.policy.PolicyDraft;
import eu.gdprmodule.policy.PolicyText;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.Rendering;
import eu.gdprmodule.policy.UnknownPolicy;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backs {@code /gdpr/admin/policies/edit.xhtml?slug=…&language=…}: the draft of a policy's next
 * version in one language, its preview against the register as it is now, and its publication.
 * A save names the draft version the editor started from, so a draft someone else saved meanwhile
 * is not overwritten: the editor shows who, and offers to reload. What is published can never be
 * changed afterwards (the controller must be able to show what a person was told, Art. 5(2) and
 * 7(1) GDPR), hence the confirmation. Only administrators write; the DPO reads.
 */
@Named("gdprPolicyEditor")
@ViewScoped
public class PolicyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PolicyService service;

    private String slug;
    private String language;
    private String missing;

    private String title;
    private String source;
    private String summary;
    private boolean material;

    private Integer draftVersion;
    private String draftBy;
    private Instant draftAt;
    private int inForce;
    private Instant inForceAt;
    private boolean conflict;

    private boolean previewed;
    private String previewHtml;
    private List<String> removed = List.of();
    private List<String> problems = List.of();

    private Integer publishedNumber;

    /**
     * A section the module writes from the register.
     *
     * @param code  what follows {@code gdpr:}
     * @param line  the paragraph that places it
     * @param label its name
     * @param help  what it says
     */
    public record Section(String code, String line, String label, String help) implements Serializable {
    }

    @PostConstruct
    void init() {
        slug = PolicyScreens.parameter("slug");
        language = Optional.ofNullable(PolicyScreens.parameter("language")).orElse(service.languages().get(0));
        if (slug == null) {
            missing = text("policy.missing.none");
        } else if (service.policy(slug).isEmpty()) {
            missing = format("policy.missing.unknown", slug);
        } else if (!service.languages().contains(language)) {
            missing = format("policy.missing.language", language, String.join(", ", service.languages()));
        } else {
            load();
        }
    }

    /** Shows the draft as saved now, else what a new draft starts from; drops the preview. */
    void load() {
        Optional<PolicyVersion> current = service.inForce(slug, language);
        inForce = current.map(PolicyVersion::getNumber).orElse(0);
        inForceAt = current.map(PolicyVersion::getPublishedAt).orElse(null);
        Optional<PolicyDraft> draft = service.draft(slug, language);
        PolicyText text = draft.map(PolicyDraft::text).orElseGet(() -> service.startingText(slug, language));
        title = text.title();
        source = text.source();
        summary = text.summary();
        material = text.material();
        draftVersion = draft.map(PolicyDraft::getVersion).orElse(null);
        draftBy = draft.map(PolicyDraft::getChangedBy).orElse(null);
        draftAt = draft.map(PolicyDraft::getChangedAt).orElse(null);
        conflict = false;
        previewed = false;
        previewHtml = null;
        removed = List.of();
        problems = List.of();
    }

    // ---- actions

    /** Drops the edits and shows the draft someone else saved (or the version in force). */
    public void reload() {
        load();
        publishedNumber = null;
    }

    public void save() {
        publishedNumber = null;
        if (attempt(() -> store(true))) {
            PolicyScreens.inform(text("policy.saved"));
        }
    }

    /** Renders the text as it would be published now, against the register as it is. */
    public void preview() {
        Rendering rendering = service.preview(source, language, contextPath());
        previewed = true;
        previewHtml = rendering.html();
        removed = new ArrayList<>(rendering.removed());
        problems = new ArrayList<>(rendering.problems());
    }

    /** Saves what the form holds (when it differs from the draft) and publishes it. */
    public void publish() {
        publishedNumber = null;
        boolean done = attempt(() -> {
            store(false);
            PolicyVersion version = service.publish(slug, language, draftVersion, contextPath());
            load();
            publishedNumber = version.getNumber();
            return true;
        });
        if (done) {
            PolicyScreens.inform(format("policy.published", publishedNumber, title, PolicyScreens.languageName(language)));
        }
    }

    public void discard() {
        publishedNumber = null;
        if (draftVersion == null) {
            load();
            return;
        }
        if (attempt(() -> {
            service.discardDraft(slug, language, draftVersion);
            load();
            return true;
        })) {
            PolicyScreens.inform(text(inForce > 0 ? "policy.discarded" : "policy.discarded.none"));
        }
    }

    /** Saves the form as the draft; {@code always}: even when the saved draft already says the same. */
    private boolean store(boolean always) {
        PolicyText text = new PolicyText(strip(title), source == null ? "" : source, strip(summary), material);
        if (!always && draftVersion != null) {
            Optional<PolicyDraft> saved = service.draft(slug, language);
            if (saved.isPresent() && saved.get().getVersion() == draftVersion && saved.get().text().equals(text)) {
                return true;
            }
        }
        PolicyDraft draft = service.saveDraft(slug, language, text, draftVersion);
        draftVersion = draft.getVersion();
        draftBy = draft.getChangedBy();
        draftAt = draft.getChangedAt();
        return true;
    }

    /** Runs a store call and shows what it refused; {@code true} when it went through. */
    private boolean attempt(Supplier<Boolean> call) {
        try {
            return call.get();
        } catch (InvalidPolicy invalid) {
            PolicyScreens.show(invalid.problems(), PolicyEditor::clientId);
        } catch (PolicyConflict concurrent) {
            conflict = true;
            PolicyScreens.refuse(concurrent.changedBy() == null ? text("policy.conflict.gone")
                    : format("policy.conflict", concurrent.changedBy()));
        } catch (UnknownPolicy | ConsoleAccessDenied refused) {
            PolicyScreens.refuse(refused.getMessage());
        }
        return false;
    }

    /** The form field a problem names, or {@code null} for one shown at the top. */
    static String clientId(String field) {
        return field != null && List.of("title", "source", "summary").contains(field) ? "editor:" + field : null;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    // ---- what the page shows

    public String getHeading() {
        return missing != null || slug == null ? text("policy.edit.title")
                : format("policy.edit.heading", slug, PolicyScreens.languageName(language));
    }

    /** The question the publish button asks. */
    public String getPublishQuestion() {
        String question = format("policy.publish.question", inForce + 1, strip(title),
                PolicyScreens.languageName(language));
        return material ? question + " " + text("policy.publish.material") : question;
    }

    public String getPublicUrl() {
        return contextPath() + "/gdpr/policies/" + slug + "?lang=" + language;
    }

    public List<Section> getSections() {
        return Arrays.stream(GeneratedSection.values()).map(GeneratedSection::code)
                .map(code -> new Section(code, "{{gdpr:" + code + "}}", text("policy.section." + code, code),
                        text("policy.section." + code + ".help", "")))
                .toList();
    }

    /** The other languages of this policy, for the links above the form. */
    public List<String> getLanguages() {
        return service.languages();
    }

    public String languageName(String code) {
        return PolicyScreens.languageName(code);
    }

    public boolean isMissing() {
        return missing != null;
    }

    public String getMissingMessage() {
        return missing;
    }

    public boolean isDraft() {
        return draftVersion != null;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public String getLanguageName() {
        return PolicyScreens.languageName(language);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isMaterial() {
        return material;
    }

    public void setMaterial(boolean material) {
        this.material = material;
    }

    public Integer getDraftVersion() {
        return draftVersion;
    }

    public String getDraftBy() {
        return draftBy;
    }

    public Instant getDraftAt() {
        return draftAt;
    }

    public int getInForce() {
        return inForce;
    }

    public Instant getInForceAt() {
        return inForceAt;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isPreviewed() {
        return previewed;
    }

    /** The preview, sanitised by the renderer: shown as HTML. */
    public String getPreviewHtml() {
        return previewHtml;
    }

    public List<String> getRemoved() {
        return removed;
    }

    public List<String> getProblems() {
        return problems;
    }

    public Integer getPublishedNumber() {
        return publishedNumber;
    }
}
