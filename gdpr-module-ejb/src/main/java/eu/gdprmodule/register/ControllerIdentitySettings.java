package eu.gdprmodule.register;

import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.audit.StateDiff;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controller identity as administrators change it in the console. A saved identity takes
 * precedence over the {@code gdpr.controller.*} configuration until it is reverted; every save
 * and revert is audited with the fields that changed, in the same transaction.
 */
@Stateless
public class ControllerIdentitySettings {

    public static final String ENTITY_TYPE = "controller-identity";

    @PersistenceContext(unitName = "gdpr")
    private EntityManager em;

    @EJB
    private AuditChain audit;

    @Inject
    private ControllerIdentityConfiguration configuration;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The identity saved in the console, if one was. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ControllerIdentity> saved() {
        return stored().map(StoredControllerIdentity::toIdentity);
    }

    /** When and by whom the saved identity was last changed, if one was saved. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredControllerIdentity> savedRecord() {
        return stored();
    }

    /**
     * Saves the identity after checking it; blank fields count as absent.
     *
     * @return whether anything changed (saving the identity in force again records nothing)
     * @throws InvalidControllerIdentity when a required field is missing or an e-mail is malformed
     */
    public boolean save(ControllerIdentity submitted) {
        ControllerIdentity identity = normalised(submitted);
        List<ControllerIdentityRules.Problem> problems = ControllerIdentityRules.problems(identity);
        if (!problems.isEmpty()) {
            throw new InvalidControllerIdentity(problems);
        }
        Optional<StoredControllerIdentity> row = stored();
        ControllerIdentity before = row.map(StoredControllerIdentity::toIdentity).orElseGet(configuration::configured);
        StateDiff diff = StateDiff.between(fields(before), fields(identity));
        if (diff.isEmpty() && row.isPresent()) {
            return false;
        }
        String actor = session.getCallerPrincipal().getName();
        if (row.isPresent()) {
            row.get().replace(identity, clock.instant(), actor);
        } else {
            em.persist(new StoredControllerIdentity(identity, clock.instant(), actor));
        }
        audit.record(AuditedChange.of(ENTITY_TYPE, "controller", row.isPresent() ? "changed" : "saved-in-console")
                .from(diff.before()).to(diff.after()));
        return true;
    }

    /** Drops the saved identity so the configuration applies again; false when none was saved. */
    public boolean revertToConfiguration() {
        Optional<StoredControllerIdentity> row = stored();
        if (row.isEmpty()) {
            return false;
        }
        StateDiff diff = StateDiff.between(fields(row.get().toIdentity()), fields(configuration.configured()));
        em.remove(row.get());
        audit.record(AuditedChange.of(ENTITY_TYPE, "controller", "reverted-to-configuration")
                .from(diff.before()).to(diff.after()));
        return true;
    }

    private Optional<StoredControllerIdentity> stored() {
        try {
            return Optional.ofNullable(em.find(StoredControllerIdentity.class, StoredControllerIdentity.THE_ONLY_ROW));
        } catch (RuntimeException e) {
            // EclipseLink reports a lost connection as a PersistenceException or as its own
            // DatabaseException, depending on where it fails
            throw new ControllerIdentityUnavailable(e);
        }
    }

    /** The identity's fields by name, for the audit summary. */
    static Map<String, String> fields(ControllerIdentity identity) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", identity.name());
        fields.put("postalAddress", identity.postalAddress());
        fields.put("privacyContactEmail", identity.privacyContactEmail());
        fields.put("legalRepresentative", identity.legalRepresentative());
        DataProtectionOfficer dpo = identity.dataProtectionOfficer();
        fields.put("dpoName", dpo == null ? null : dpo.name());
        fields.put("dpoEmail", dpo == null ? null : dpo.email());
        SupervisoryAuthority authority = identity.supervisoryAuthority();
        fields.put("authorityName", authority == null ? null : authority.name());
        fields.put("authorityAddress", authority == null ? null : authority.postalAddress());
        fields.put("authorityWebsite", authority == null ? null : authority.website());
        return fields;
    }

    static ControllerIdentity normalised(ControllerIdentity identity) {
        DataProtectionOfficer dpo = identity.dataProtectionOfficer();
        String dpoName = dpo == null ? null : clean(dpo.name());
        String dpoEmail = dpo == null ? null : clean(dpo.email());
        SupervisoryAuthority authority = identity.supervisoryAuthority();
        return new ControllerIdentity(clean(identity.name()), clean(identity.postalAddress()),
                clean(identity.privacyContactEmail()), clean(identity.legalRepresentative()),
                dpoName == null && dpoEmail == null ? null : new DataProtectionOfficer(dpoName, dpoEmail),
                new SupervisoryAuthority(authority == null ? null : clean(authority.name()),
                        authority == null ? null : clean(authority.postalAddress()),
                        authority == null ? null : clean(authority.website())));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
