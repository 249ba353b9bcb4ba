package eu.gdprmodule.web.admin.policy;

import eu.gdprmodule.policy.Policy;
import eu.gdprmodule.policy.PolicyDiff;
import eu.gdprmodule.policy.PolicyDraft;
import eu.gdprmodule.policy.PolicySettings;
import eu.gdprmodule.policy.PolicyStore;
import eu.gdprmodule.policy.PolicyTemplates;
import eu.gdprmodule.policy.PolicyText;
import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.Rendering;
import eu.gdprmodule.policy.Staleness;
import eu.gdprmodule.policy.UnknownPolicy;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's and the admin API's way to policies: anyone in the console reads, only
 * administrators write (the DPO reviews; the controller answers for what is published).
 */
@ApplicationScoped
public class PolicyService {

    @Inject
    PolicyStore store;

    public List<Policy> policies() {
        return store.policies();
    }

    public Optional<Policy> policy(String slug) {
        return store.policy(slug);
    }

    public List<String> languages() {
        return PolicySettings.current().languages();
    }

    /** Every published version of a policy, newest first per language. */
    public List<PolicyVersion> versions(String slug) {
        requirePolicy(slug);
        return store.versions(slug);
    }

    public List<PolicyVersion> versions(String slug, String language) {
        return versions(slug).stream().filter(v -> v.getLanguage().equals(language)).toList();
    }

    /** The version in force, if any (one query: lists call this per policy and language). */
    public Optional<PolicyVersion> inForce(String slug, String language) {
        return store.versions(slug).stream().filter(v -> v.getLanguage().equals(language)).findFirst();
    }

    public PolicyVersion version(String slug, String language, int number) {
        return versions(slug, language).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new UnknownPolicy("'" + slug + "' has no version " + number + " in '" + language + "'."));
    }

    public Optional<PolicyDraft> draft(String slug, String language) {
        return store.draft(slug, language);
    }

    /**
     * What an editor starts from when there is no draft: the version in force, else the
     * module's template for this policy and language, else nothing.
     */
    public PolicyText startingText(String slug, String language) {
        Optional<PolicyVersion> current = inForce(slug, language);
        if (current.isPresent()) {
            return new PolicyText(current.get().getTitle(), current.get().getSource(), "", false);
        }
        String template = PolicyTemplates.template(slug, Locale.forLanguageTag(language)).orElse("");
        String title = PolicyTemplates.heading(template).orElseGet(() -> PolicyTemplates.title(slug, language));
        return new PolicyText(title, template, "", true);
    }

    public Rendering preview(String source, String language, String contextPath) {
        return store.preview(source, language, requestFormUrl(contextPath));
    }

    public Staleness staleness(PolicyVersion version) {
        return store.staleness(version);
    }

    public List<PolicyDiff.Row> diff(String slug, String language, int from, int to) {
        return PolicyDiff.compare(version(slug, language, from).getHtml(), version(slug, language, to).getHtml());
    }

    @AdministratorsOnly
    public Policy create(String slug) {
        return store.create(slug);
    }

    @AdministratorsOnly
    public PolicyDraft saveDraft(String slug, String language, PolicyText text, Integer expectedVersion) {
        return store.saveDraft(slug, language, text, expectedVersion);
    }

    @AdministratorsOnly
    public void discardDraft(String slug, String language, int expectedVersion) {
        store.discardDraft(slug, language, expectedVersion);
    }

    @AdministratorsOnly
    public PolicyVersion publish(String slug, String language, Integer expectedVersion, String contextPath) {
        return store.publish(slug, language, expectedVersion, requestFormUrl(contextPath));
    }

    /** The rights section's link: the configured form, else the module's own request form. */
    static String requestFormUrl(String contextPath) {
        String configured = PolicySettings.current().requestFormUrl();
        return configured != null ? configured : (contextPath == null ? "" : contextPath) + "/gdpr/requests";
    }

    private Policy requirePolicy(String slug) {
        return store.policy(slug).orElseThrow(() -> new UnknownPolicy("There is no policy named '" + slug + "'."));
    }
}
