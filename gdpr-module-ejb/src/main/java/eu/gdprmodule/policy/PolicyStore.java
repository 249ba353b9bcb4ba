package eu.gdprmodule.policy;

import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.api.PolicyPublished;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.consent.CookieCatalogues;
import eu.gdprmodule.register.ControllerIdentityConfiguration;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.register.RegisterStore;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts and publications of policies. Every change is audited; a publication renders the
 * draft against the register as committed, freezes the sanitised HTML and is announced to the
 * host after the commit ({@link PolicyPublished}).
 */
@Stateless
public class PolicyStore {

    public static final String POLICY_TYPE = "policy";
    public static final String DRAFT_TYPE = "policy-draft";
    public static final String VERSION_TYPE = "policy-version";

    private static final PolicyRenderer RENDERER = new PolicyRenderer();

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @EJB
    private AuditChain audit;

    @EJB
    private RegisterStore register;

    @Inject
    private ControllerIdentityConfiguration identity;

    /** The cookie catalogue {@code {{gdpr:cookies}}} is written from. */
    @Inject
    CookieCatalogues cookies;

    @Inject
    private Event<PendingPublication> pending;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Policy> policies() {
        return em.createQuery("SELECT p FROM Policy p ORDER BY p.slug", Policy.class).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Policy> policy(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(em.find(Policy.class, slug));
    }

    /** Adds a policy document (its text comes with its first draft). */
    public Policy create(String slug) {
        PolicyRules.requireSlug(slug);
        if (em.find(Policy.class, slug) != null) {
            throw new InvalidPolicy("slug", "A policy named '" + slug + "' already exists: open it, or choose another name.");
        }
        Policy policy = new Policy(slug, clock.instant(), actor());
        em.persist(policy);
        audit.record(AuditedChange.of(POLICY_TYPE, slug, "created"));
        return policy;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PolicyDraft> draft(String slug, String language) {
        return Optional.ofNullable(em.find(PolicyDraft.class, PolicyDraft.id(slug, language)));
    }

    /**
     * Saves the draft of the next version.
     *
     * @param expectedVersion the draft version the editor started from, or {@code null} when it
     *                        started a new draft
     * @throws PolicyConflict when the draft was saved by someone else in between
     */
    public PolicyDraft saveDraft(String slug, String language, PolicyText text, Integer expectedVersion) {
        requirePolicy(slug);
        PolicyRules.requireLanguage(language, PolicySettings.current());
        PolicyRules.check(text, false);
        refuseUnsafe(preview(text.source(), language, null));
        PolicyDraft draft = em.find(PolicyDraft.class, PolicyDraft.id(slug, language), LockModeType.PESSIMISTIC_WRITE);
        String before = null;
        if (draft == null) {
            if (expectedVersion != null && expectedVersion > 0) {
                throw new PolicyConflict("This draft was published or discarded since you opened it: reload "
                        + "the editor to start from the version in force.", null);
            }
            draft = new PolicyDraft(slug, language);
        } else {
            if (expectedVersion == null || expectedVersion != draft.getVersion()) {
                throw new PolicyConflict(draft.getChangedBy() + " saved this draft since you opened it: reload it "
                        + "to see their text, then make your change again.", draft.getChangedBy());
            }
            before = PolicyRules.describe(draft.text());
        }
        draft.update(text, clock.instant(), actor());
        if (before == null) {
            em.persist(draft);
        }
        em.flush();
        audit.record(AuditedChange.of(DRAFT_TYPE, draft.getSlug() + "/" + language, before == null ? "created" : "saved")
                .from(before).to(PolicyRules.describe(text)));
        return draft;
    }

    /** Throws the draft away; the version in force stays. */
    public void discardDraft(String slug, String language, int expectedVersion) {
        PolicyDraft draft = em.find(PolicyDraft.class, PolicyDraft.id(slug, language), LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new UnknownPolicy("There is no draft of '" + slug + "' in '" + language + "' to discard.");
        }
        if (draft.getVersion() != expectedVersion) {
            throw new PolicyConflict(draft.getChangedBy() + " saved this draft since you opened it: reload it "
                    + "before discarding it.", draft.getChangedBy());
        }
        em.remove(draft);
        audit.record(AuditedChange.of(DRAFT_TYPE, slug + "/" + language, "discarded").from(PolicyRules.describe(draft.text())));
    }

    /** Renders a text as it would be published now, without saving anything. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rendering preview(String source, String language, String requestFormUrl) {
        return RENDERER.render(source == null ? "" : source, context(register.snapshot(), language, requestFormUrl));
    }

    /**
     * Publishes the draft as the next version: renders it against the register as committed,
     * freezes the sanitised HTML, consumes the draft.
     *
     * @param expectedVersion the draft version the publisher saw, or {@code null} to publish whatever is saved
     * @param requestFormUrl  the link the rights section gives, or {@code null} for none
     */
    public PolicyVersion publish(String slug, String language, Integer expectedVersion, String requestFormUrl) {
        em.find(Policy.class, requirePolicy(slug).getSlug(), LockModeType.PESSIMISTIC_WRITE); // numbers never collide
        PolicyDraft draft = draft(slug, language).orElseThrow(() -> new UnknownPolicy("There is no draft of '" + slug
                + "' in '" + language + "' to publish: save one first."));
        if (expectedVersion != null && expectedVersion != draft.getVersion()) {
            throw new PolicyConflict(draft.getChangedBy() + " changed this draft since you opened it: review "
                    + "their text before publishing.", draft.getChangedBy());
        }
        PolicyText text = draft.text();
        PolicyRules.check(text, true);
        RegisterSnapshot snapshot = register.snapshot();
        RenderContext context = context(snapshot, language, requestFormUrl);
        Rendering rendering = RENDERER.render(text.source(), context);
        refuseUnsafe(rendering);
        String html = PolicyHtml.sanitise(rendering.html());
        int number = nextNumber(slug, language);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        PolicyVersion version = new PolicyVersion(slug, language, number, text, html, sha256(html), now, actor(),
                snapshot.revision(), RegisterFile.write(context.register()), requestFormUrl);
        em.persist(version);
        em.remove(draft);
        em.flush();
        audit.record(AuditedChange.of(VERSION_TYPE, slug + "/" + language + "/" + number, "published")
                .to(PolicyRules.describe(text) + "; sha256=" + version.getHtmlSha256()
                        + "; register revision=" + snapshot.revision()));
        pending.fire(new PendingPublication(new PolicyPublished(slug, number, language, text.title(), text.summary(),
                text.material(), now, "/gdpr/policies/" + slug)));
        return version;
    }

    /**
     * A draft is refused rather than cleaned when its raw HTML holds anything the sanitiser would
     * remove: the author learns what (and keeps their text), and no stored source ever holds
     * script. Rendering sanitises again anyway.
     */
    private static void refuseUnsafe(Rendering rendering) {
        List<PolicyProblem> problems = new java.util.ArrayList<>(
                rendering.problems().stream().map(p -> new PolicyProblem("source", p)).toList());
        if (!rendering.removed().isEmpty()) {
            problems.add(new PolicyProblem("source", "This HTML is not allowed in a policy (it could run in a "
                    + "visitor's browser or change the page around the policy): " + String.join(", ", rendering.removed())
                    + ". Remove it, or write the text in Markdown."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicy(problems);
        }
    }

    /**
     * Publishes a text shipped with the application as version 1, unless the policy already has
     * a version in that language (then nothing happens: the console's work is never replaced).
     * Checked under the policy's lock, so servers of a cluster starting together publish it once.
     *
     * @return whether it was published
     */
    public boolean publishInitial(String slug, String language, PolicyText text, String requestFormUrl) {
        if (em.find(Policy.class, slug) == null) {
            create(slug);
            em.flush();
        }
        em.find(Policy.class, slug, LockModeType.PESSIMISTIC_WRITE);
        if (nextNumber(slug, language) > 1) {
            return false;
        }
        PolicyDraft existing = em.find(PolicyDraft.class, PolicyDraft.id(slug, language));
        saveDraft(slug, language, text, existing == null ? null : existing.getVersion());
        publish(slug, language, null, requestFormUrl);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PolicyVersion> versions(String slug) {
        return em.createQuery("SELECT v FROM PolicyVersion v WHERE v.slug = :slug ORDER BY v.language, v.number DESC",
                PolicyVersion.class).setParameter("slug", slug).getResultList();
    }

    /** What changed in the register since this version was published, and whether its text would now differ. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Staleness staleness(PolicyVersion version) {
        RegisterSnapshot now = register.snapshot();
        RenderContext context = context(now, version.getLanguage(), version.getRequestFormUrl());
        String html = PolicyHtml.sanitise(RENDERER.render(version.getSource(), context).html());
        return Staleness.between(RegisterFile.read(version.getRegisterDocument()), context.register(),
                version.getRegisterRevision(), now.revision(), !html.equals(version.getHtml()));
    }

    private int nextNumber(String slug, String language) {
        Number max = em.createQuery("SELECT MAX(v.number) FROM PolicyVersion v WHERE v.slug = :slug AND v.language = :language",
                Number.class).setParameter("slug", slug).setParameter("language", language).getSingleResult();
        return max == null ? 1 : max.intValue() + 1;
    }

    private Policy requirePolicy(String slug) {
        return policy(slug).orElseThrow(() -> new UnknownPolicy("There is no policy named '" + slug
                + "'. The policies are: " + String.join(", ", policies().stream().map(Policy::getSlug).toList()) + "."));
    }

    private RenderContext context(RegisterSnapshot snapshot, String language, String requestFormUrl) {
        return new RenderContext(snapshot.document(identity.identity()), Locale.forLanguageTag(language), requestFormUrl,
                cookies.current());
    }

    public static String sha256(String html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private String actor() {
        return AuditChain.actorOf(session);
    }
}
