package eu.gdprmodule.web.admin.register;

import static eu.gdprmodule.web.admin.register.RegisterTables.blank;
import static eu.gdprmodule.web.admin.register.RegisterTables.format;
import static eu.gdprmodule.web.admin.register.RegisterTables.text;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.register.InvalidRegister;
import eu.gdprmodule.register.RegisterConflict;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterProblem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.register.UnknownRegisterItem;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Backs {@code /gdpr/admin/register/recipient.xhtml}: someone personal data is disclosed to
 * (Art. 30(1)(d) GDPR), opened by {@code ?key=}, or a new one without it. A recipient outside the
 * EU/EEA needs its transfer safeguard (Chapter V); a recipient an activity still names cannot be
 * deleted. Only administrators save or delete; the DPO reads.
 */
@Named("gdprRecipientForm")
@ViewScoped
public class RecipientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "recipient";

    @Inject
    transient RegisterService service;

    private boolean creating;
    private boolean missing;
    private boolean conflict;
    private int version;
    private Instant changedAt;
    private String changedBy;
    private String storedName;
    private List<String> usedBy = new ArrayList<>();

    private String key;
    private String name;
    private String kind;
    private String serviceDescription;
    private String country;
    private String mechanism;
    private String reference;
    private LocalDate dpaSignedOn;

    @PostConstruct
    void init() {
        load(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("key"));
    }

    private void load(String requested) {
        conflict = false;
        missing = false;
        if (blank(requested)) {
            creating = true;
            fill(null, List.of());
            return;
        }
        creating = false;
        RegisterSnapshot register = service.snapshot();
        Optional<RegisterItem<Recipient>> item = register.recipient(requested.strip());
        if (item.isEmpty()) {
            missing = true;
            key = requested.strip();
            return;
        }
        Map<String, String> activityNames = register.activities().stream().map(RegisterItem::value)
                .collect(Collectors.toMap(ProcessingActivity::key, ProcessingActivity::name));
        fill(item.get(), register.activitiesUsing(item.get().value().key()).stream()
                .map(k -> activityNames.getOrDefault(k, k)).toList());
    }

    private void fill(RegisterItem<Recipient> item, List<String> users) {
        usedBy = new ArrayList<>(users);
        if (item == null) {
            version = 0;
            changedAt = null;
            changedBy = null;
            storedName = null;
            key = null;
            name = null;
            kind = Recipient.Kind.PROCESSOR.name();
            serviceDescription = null;
            country = null;
            mechanism = null;
            reference = null;
            dpaSignedOn = null;
            return;
        }
        Recipient r = item.value();
        version = item.version();
        changedAt = item.changedAt();
        changedBy = item.changedBy();
        storedName = r.name();
        key = r.key();
        name = r.name();
        kind = r.kind().name();
        serviceDescription = r.service();
        country = r.country();
        mechanism = r.transfer() == null ? null : r.transfer().mechanism().name();
        reference = r.transfer() == null ? null : r.transfer().reference();
        dpaSignedOn = r.dpaSignedOn();
    }

    /** Saves the recipient: a new one opens at its own address, a changed one shows again with its new version. */
    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Recipient recipient = build();
        List<RegisterProblem> problems = RegisterRules.recipientProblems(recipient, FORM);
        if (!problems.isEmpty()) {
            show(context, problems);
            return null;
        }
        try {
            if (creating) {
                service.createRecipient(recipient);
                context.getExternalContext().getFlash().setKeepMessages(true);
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                        format("register.recipient.created", recipient.name()), null));
                return "/gdpr/admin/register/recipient.xhtml?faces-redirect=true&key=" + recipient.key();
            }
            RegisterItem<Recipient> saved = service.updateRecipient(recipient, version);
            boolean changed = saved.version() != version;
            load(recipient.key());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text(changed ? "register.recipient.saved" : "register.unchanged"), null));
        } catch (InvalidRegister invalid) {
            show(context, invalid.problems());
        } catch (RegisterConflict concurrent) {
            conflict = true;
            refuse(context, concurrent.getMessage());
        } catch (UnknownRegisterItem | ConsoleAccessDenied refused) {
            refuse(context, refused.getMessage());
        }
        return null;
    }

    /** Deletes the recipient (refused while an activity names it) and goes back to the register. */
    public String delete() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            service.deleteRecipient(key, version);
            context.getExternalContext().getFlash().setKeepMessages(true);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    format("register.recipient.deleted", storedName == null ? key : storedName), null));
            return ActivityForm.INDEX + "?faces-redirect=true";
        } catch (InvalidRegister invalid) {
            // "still used by ...": about the recipient as a whole, not one field
            invalid.problems().forEach(p -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null)));
            context.validationFailed();
        } catch (RegisterConflict concurrent) {
            conflict = true;
            refuse(context, concurrent.getMessage());
        } catch (UnknownRegisterItem | ConsoleAccessDenied refused) {
            refuse(context, refused.getMessage());
        }
        return null;
    }

    /** Drops the edits and shows the recipient as stored now. */
    public void reload() {
        load(creating ? null : key);
    }

    /** The recipient as the form holds it; a safeguard is only kept for a country outside the EU/EEA. */
    private Recipient build() {
        String code = optional(country);
        Recipient.TransferSafeguard transfer = null;
        if (isOutsideEea() && !blank(mechanism)) {
            transfer = new Recipient.TransferSafeguard(Recipient.TransferMechanism.valueOf(mechanism), optional(reference));
        }
        return new Recipient(required(key), required(name),
                blank(kind) ? Recipient.Kind.PROCESSOR : Recipient.Kind.valueOf(kind), optional(serviceDescription),
                code, transfer, dpaSignedOn);
    }

    private void show(FacesContext context, List<RegisterProblem> problems) {
        for (RegisterProblem problem : problems) {
            context.addMessage(clientId(problem.path()), new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        context.validationFailed();
    }

    /** The form field a problem path names ({@code recipient.transfer}), or {@code null} for the top of the form. */
    String clientId(String path) {
        return switch (path) {
            case FORM + ".key" -> FORM + ":key";
            case FORM + ".name" -> FORM + ":name";
            case FORM + ".kind" -> FORM + ":kind";
            case FORM + ".service" -> FORM + ":service";
            case FORM + ".country" -> FORM + ":country";
            case FORM + ".transfer", FORM + ".transfer.mechanism" -> isOutsideEea() ? FORM + ":mechanism" : FORM + ":country";
            case FORM + ".transfer.reference" -> isOutsideEea() ? FORM + ":reference" : null;
            case FORM + ".dpaSignedOn" -> FORM + ":dpaSignedOn";
            default -> null;
        };
    }

    private static void refuse(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    private static String optional(String text) {
        return blank(text) ? null : text.strip();
    }

    private static String required(String text) {
        return text == null ? "" : text.strip();
    }

    // ---- what the page shows

    public String getTitle() {
        if (creating) {
            return text("register.recipient.newTitle");
        }
        if (missing) {
            return text("register.recipient.missingTitle");
        }
        return format("register.recipient.title", storedName);
    }

    /** Whether the data leaves the EU/EEA, so a transfer safeguard is needed (Chapter V). */
    public boolean isOutsideEea() {
        String code = optional(country);
        return code != null && !RegisterRules.EEA.contains(code);
    }

    public String getCountryName() {
        return RegisterTables.countryText(optional(country));
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public List<String> getUsedBy() {
        return usedBy;
    }

    public List<SelectItem> getKindOptions() {
        return RegisterTables.options(Recipient.Kind.values(), RegisterTables::kindLabel);
    }

    public List<SelectItem> getMechanismOptions() {
        return RegisterTables.options(Recipient.TransferMechanism.values(), RegisterTables::mechanismLabel);
    }

    // ---- fields

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        if (creating) {
            this.key = key;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getService() {
        return serviceDescription;
    }

    public void setService(String service) {
        this.serviceDescription = service;
    }

    public String getCountry() {
        return country;
    }

    /** Kept in capitals, as ISO 3166-1 writes it ("us" is "US"). */
    public void setCountry(String country) {
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public String getMechanism() {
        return mechanism;
    }

    public void setMechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getDpaSignedOn() {
        return dpaSignedOn;
    }

    public void setDpaSignedOn(LocalDate dpaSignedOn) {
        this.dpaSignedOn = dpaSignedOn;
    }
}
