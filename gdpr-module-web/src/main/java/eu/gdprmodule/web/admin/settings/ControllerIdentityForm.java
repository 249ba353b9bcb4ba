package eu.gdprmodule.web.admin.settings;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.DataProtectionOfficer;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;
import eu.gdprmodule.register.ControllerIdentityRules;
import eu.gdprmodule.register.InvalidControllerIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ResourceBundle;

/**
 * Backs the controller identity form of {@code /gdpr/admin/settings.xhtml}. Each refused field
 * gets its own message next to it; nothing is saved until the whole identity is valid.
 */
@Named("gdprControllerIdentityForm")
@ViewScoped
public class ControllerIdentityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ControllerIdentityService service;

    private ControllerIdentityState state;
    private String name;
    private String postalAddress;
    private String privacyContactEmail;
    private String legalRepresentative;
    private String dpoName;
    private String dpoEmail;
    private String authorityName;
    private String authorityAddress;
    private String authorityWebsite;

    @PostConstruct
    void load() {
        state = service.state();
        ControllerIdentity identity = state.identity();
        name = identity.name();
        postalAddress = identity.postalAddress();
        privacyContactEmail = identity.privacyContactEmail();
        legalRepresentative = identity.legalRepresentative();
        DataProtectionOfficer dpo = identity.dataProtectionOfficer();
        dpoName = dpo == null ? null : dpo.name();
        dpoEmail = dpo == null ? null : dpo.email();
        SupervisoryAuthority authority = identity.supervisoryAuthority();
        authorityName = authority == null ? null : authority.name();
        authorityAddress = authority == null ? null : authority.postalAddress();
        authorityWebsite = authority == null ? null : authority.website();
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            boolean changed = service.save(new ControllerIdentity(name, postalAddress, privacyContactEmail,
                    legalRepresentative, new DataProtectionOfficer(dpoName, dpoEmail),
                    new SupervisoryAuthority(authorityName, authorityAddress, authorityWebsite)));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text(context, changed ? "settings.saved" : "settings.unchanged"), null));
            load();
        } catch (InvalidControllerIdentity invalid) {
            for (ControllerIdentityRules.Problem problem : invalid.problems()) {
                context.addMessage("identity:" + problem.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text(context, "settings.problem." + problem.field()
                                + (problem.message().contains("not an e-mail") ? ".email" : ".missing")), null));
            }
            context.validationFailed();
        }
    }

    public void revert() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean reverted = service.revertToConfiguration();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                text(context, reverted ? "settings.reverted" : "settings.unchanged"), null));
        load();
    }

    private static String text(FacesContext context, String key) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "gdprText");
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    public ControllerIdentityState getState() {
        return state;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getPrivacyContactEmail() {
        return privacyContactEmail;
    }

    public void setPrivacyContactEmail(String privacyContactEmail) {
        this.privacyContactEmail = privacyContactEmail;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getDpoName() {
        return dpoName;
    }

    public void setDpoName(String dpoName) {
        this.dpoName = dpoName;
    }

    public String getDpoEmail() {
        return dpoEmail;
    }

    public void setDpoEmail(String dpoEmail) {
        this.dpoEmail = dpoEmail;
    }

    public String getAuthorityName() {
        return authorityName;
    }

    public void setAuthorityName(String authorityName) {
        this.authorityName = authorityName;
    }

    public String getAuthorityAddress() {
        return authorityAddress;
    }

    public void setAuthorityAddress(String authorityAddress) {
        this.authorityAddress = authorityAddress;
    }

    public String getAuthorityWebsite() {
        return authorityWebsite;
    }

    public void setAuthorityWebsite(String authorityWebsite) {
        this.authorityWebsite = authorityWebsite;
    }
}
