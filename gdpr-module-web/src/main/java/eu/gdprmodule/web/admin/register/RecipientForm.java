package eu.gdprmodule.web.admin.register;

import static eu.gdprmodule.web.admin.register.RegisterTables.blank;
import static eu.gdprmodule.web.admin.register.RegisterTables.format;
import static eu.gdprmodule.web.admin.register.RegisterTables.text;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterProblem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
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
public class RecipientForm extends RegisterItemForm {

    private static final long serialVersionUID = 1L;

    static final String FORM = "recipient";

    private List<String> usedBy = new ArrayList<>();

    private String kind;
    private String serviceDescription;
    private String country;
    private String mechanism;
    private String reference;
    private LocalDate dpaSignedOn;

    @Override
    void load(String requested) {
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
        remember(item, item == null ? null : item.value().name());
        if (item == null) {
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
        Recipient recipient = build();
        List<RegisterProblem> problems = RegisterRules.recipientProblems(recipient, FORM);
        if (!problems.isEmpty()) {
            show(problems);
            return null;
        }
        return attempt(() -> {
            if (creating) {
                service.createRecipient(recipient);
                announce("register.recipient.created", recipient.name());
                return "/gdpr/admin/register/recipient.xhtml?faces-redirect=true&key=" + recipient.key();
            }
            boolean changed = service.updateRecipient(recipient, version).version() != version;
            load(recipient.key());
            inform(text(changed ? "register.recipient.saved" : "register.unchanged"));
            return null;
        }, problem -> problem, false);
    }

    /** Deletes the recipient (refused while an activity names it) and goes back to the register. */
    public String delete() {
        // "still used by ...": about the recipient as a whole, not one field
        return attempt(() -> {
            service.deleteRecipient(key, version);
            announce("register.recipient.deleted", storedName == null ? key : storedName);
            return INDEX + "?faces-redirect=true";
        }, problem -> problem, true);
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

    /** The form field a problem path names ({@code recipient.transfer}), or {@code null} for the top of the form. */
    @Override
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
