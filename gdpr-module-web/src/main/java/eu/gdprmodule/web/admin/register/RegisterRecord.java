package eu.gdprmodule.web.admin.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs the printable record of processing activities, {@code /gdpr/admin/register/record.xhtml}:
 * what Art. 30(1) GDPR asks the controller to hand the supervisory authority on request, point by
 * point, as committed at the moment the page is shown.
 */
@Named("gdprRegisterRecord")
@RequestScoped
public class RegisterRecord {

    @Inject
    RegisterService service;

    private RegisterSnapshot register;
    private ControllerIdentity controller;
    private Instant generatedAt;
    private List<ActivityRecord> activities;

    /**
     * One activity's entry in the record, each Art. 30(1) point in words.
     *
     * @param key                  its key
     * @param name                 its name
     * @param description          what it is, or {@code null}
     * @param purposes             (b) its purposes
     * @param bases                its lawful bases (Art. 6(1)) with their justification
     * @param subjects             (c) the categories of data subjects, in words, separated by commas
     * @param categories           (c) the categories of personal data, in words, separated by commas
     * @param personalData         (c) the data in the controller's words, or {@code null}
     * @param source               where the data comes from (Art. 14(2)(f)), or {@code null}
     * @param recipients           (d) the recipients, each with its kind and country
     * @param transfers            (e) the transfers outside the EU/EEA with their safeguards
     * @param retention            (f) the retention rule in words
     * @param retentionDescription (f) the rule in the controller's words, or {@code null}
     * @param securityMeasures     (g) the measures specific to the activity, or {@code null}
     */
    public record ActivityRecord(String key, String name, String description, List<String> purposes, List<String> bases,
            String subjects, String categories, String personalData, String source, List<String> recipients,
            List<String> transfers, String retention, String retentionDescription, String securityMeasures) {
    }

    @PostConstruct
    void load() {
        register = service.snapshot();
        controller = service.controller();
        generatedAt = Instant.now();
    }

    public ControllerIdentity getController() {
        return controller;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    /** The measures that apply to every activity (Art. 30(1)(g), Art. 32). */
    public List<String> getSecurityMeasures() {
        return register.securityMeasures().value();
    }

    public List<ActivityRecord> getActivities() {
        if (activities == null) {
            Map<String, Recipient> recipients = register.recipients().stream().map(RegisterItem::value)
                    .collect(Collectors.toMap(Recipient::key, Function.identity()));
            activities = register.activities().stream().map(RegisterItem::value)
                    .map(a -> entry(a, recipients)).toList();
        }
        return activities;
    }

    private static ActivityRecord entry(ProcessingActivity a, Map<String, Recipient> all) {
        List<Recipient> recipients = a.recipientKeys().stream().map(all::get).filter(Objects::nonNull).toList();
        return new ActivityRecord(a.key(), a.name(), a.description(), a.purposes(),
                RegisterTables.groundTexts(a.legalBases()),
                String.join(", ", RegisterTables.labels(a.dataSubjects(), RegisterTables::subjectLabel)),
                String.join(", ", RegisterTables.labels(a.dataCategories(), RegisterTables::categoryLabel)),
                a.personalData(), a.source(),
                recipients.stream().map(RegisterRecord::recipientText).toList(),
                recipients.stream().filter(RegisterRules::outsideEea).map(RegisterRecord::transferText).toList(),
                RegisterTables.retentionText(a.retention()),
                a.retention() == null ? null : a.retention().description(),
                a.securityMeasures());
    }

    /** "HostCo SAS (processor; FR — France): Hosting of the shop". */
    private static String recipientText(Recipient r) {
        String country = RegisterTables.countryText(r.country());
        String about = RegisterTables.kindLabel(r.kind()) + (country.isEmpty() ? "" : "; " + country);
        return r.name() + " (" + about + ")" + (r.service() == null ? "" : ": " + r.service());
    }

    /** "MailCo Inc., US — United States: EU-US Data Privacy Framework (Art. 45): https://…". */
    private static String transferText(Recipient r) {
        String safeguard = r.transfer() == null ? RegisterTables.text("register.record.noSafeguard")
                : RegisterTables.transferText(r.transfer());
        return r.name() + ", " + RegisterTables.countryText(r.country()) + ": " + safeguard;
    }
}
