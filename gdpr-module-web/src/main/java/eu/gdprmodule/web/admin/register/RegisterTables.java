package eu.gdprmodule.web.admin.register;

import eu.gdprmodule.web.admin.ConsoleText;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.RetentionRule;
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
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs the register's overview, {@code /gdpr/admin/register/index.xhtml}: the processing
 * activities with a search and filters, the recipients, and the security measures that apply to
 * every activity (editable by administrators). Its static methods put register codes into the
 * console user's words for every register screen: "Legitimate interests — Art. 6(1)(f)",
 * "3 years from the last contact, then deleted".
 */
@Named("gdprRegister")
@ViewScoped
public class RegisterTables implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RegisterService service;

    private transient RegisterSnapshot snapshot;
    private transient List<ActivityRow> allActivities;
    private transient List<ActivityRow> shownActivities;
    private transient List<RecipientRow> recipients;

    private String search;
    private String basis;
    private String category;
    private String subject;
    private String recipient;

    private String measures;
    private int measuresVersion;
    private Instant measuresChangedAt;
    private String measuresChangedBy;
    private boolean measuresConflict;

    /**
     * One processing activity as the table shows it; the code lists serve the filters.
     *
     * @param key        the activity's key
     * @param name       its name
     * @param purposes   its purposes
     * @param bases      its lawful bases in words, with the article
     * @param retention  its retention rule in words
     * @param recipients the names of its recipients
     * @param basisCodes    the names of its lawful bases, for the filter
     * @param categoryCodes the names of its data categories, for the filter
     * @param subjectCodes  the names of its categories of data subjects, for the filter
     * @param recipientKeys the keys of its recipients, for the filter
     * @param searchText what the search compares: name, key, description, purposes, data, in lower case without accents
     */
    public record ActivityRow(String key, String name, List<String> purposes, List<String> bases, String retention,
            List<String> recipients, List<String> basisCodes, List<String> categoryCodes, List<String> subjectCodes,
            List<String> recipientKeys, String searchText) implements Serializable {
    }

    /**
     * One recipient as the table shows it.
     *
     * @param key        its key
     * @param name       its name
     * @param kind       what it is to the controller, in words
     * @param country    its country code and name, or empty
     * @param outsideEea whether the data leaves the EU/EEA (Chapter V)
     * @param transfer   the transfer safeguard in words, or empty
     * @param dpaSignedOn when the data processing agreement was signed (ISO date), or empty
     * @param usedBy     the names of the activities that send it data
     */
    public record RecipientRow(String key, String name, String kind, String country, boolean outsideEea,
            String transfer, String dpaSignedOn, List<String> usedBy) implements Serializable {
    }

    @PostConstruct
    void load() {
        snapshot = service.snapshot();
        allActivities = null;
        shownActivities = null;
        recipients = null;
        RegisterItem<List<String>> global = snapshot.securityMeasures();
        measures = String.join("\n", global.value());
        measuresVersion = global.version();
        measuresChangedAt = global.changedAt();
        measuresChangedBy = global.changedBy();
        measuresConflict = false;
    }

    /** Reads the register again: after an import, or to start over after a concurrent change. */
    public void reload() {
        load();
    }

    private RegisterSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = service.snapshot();
        }
        return snapshot;
    }

    // ---- the activities

    /** The activities the search and filters let through. */
    public List<ActivityRow> getActivities() {
        if (shownActivities == null) {
            String needle = search == null || search.isBlank() ? null : fold(search);
            shownActivities = allActivities().stream()
                    .filter(a -> needle == null || a.searchText().contains(needle))
                    .filter(a -> blank(basis) || a.basisCodes().contains(basis))
                    .filter(a -> blank(category) || a.categoryCodes().contains(category))
                    .filter(a -> blank(subject) || a.subjectCodes().contains(subject))
                    .filter(a -> blank(recipient) || a.recipientKeys().contains(recipient))
                    .toList();
        }
        return shownActivities;
    }

    public int getActivityCount() {
        return allActivities().size();
    }

    public boolean isFiltered() {
        return !blank(search) || !blank(basis) || !blank(category) || !blank(subject) || !blank(recipient);
    }

    /** Applies the search and filters as they are now (their fields were just submitted). */
    public void filter() {
        shownActivities = null;
    }

    public void clearFilters() {
        search = null;
        basis = null;
        category = null;
        subject = null;
        recipient = null;
        shownActivities = null;
    }

    private List<ActivityRow> allActivities() {
        if (allActivities == null) {
            RegisterSnapshot register = snapshot();
            Map<String, String> recipientNames = register.recipients().stream().map(RegisterItem::value)
                    .collect(Collectors.toMap(Recipient::key, Recipient::name));
            allActivities = register.activities().stream().map(RegisterItem::value)
                    .map(a -> activityRow(a, recipientNames)).toList();
        }
        return allActivities;
    }

    private static ActivityRow activityRow(ProcessingActivity a, Map<String, String> recipientNames) {
        List<String> searchable = new ArrayList<>(List.of(a.key(), a.name()));
        searchable.addAll(a.purposes());
        if (a.description() != null) {
            searchable.add(a.description());
        }
        if (a.personalData() != null) {
            searchable.add(a.personalData());
        }
        return new ActivityRow(a.key(), a.name(), a.purposes(),
                a.legalBases().stream().map(g -> basisLabel(g.basis())).toList(),
                retentionText(a.retention()),
                a.recipientKeys().stream().map(k -> recipientNames.getOrDefault(k, k)).toList(),
                a.legalBases().stream().map(g -> g.basis().name()).toList(),
                a.dataCategories().stream().map(Enum::name).toList(),
                a.dataSubjects().stream().map(Enum::name).toList(),
                a.recipientKeys(), fold(String.join("\n", searchable)));
    }

    // ---- the recipients

    public List<RecipientRow> getRecipients() {
        if (recipients == null) {
            RegisterSnapshot register = snapshot();
            Map<String, String> activityNames = register.activities().stream().map(RegisterItem::value)
                    .collect(Collectors.toMap(ProcessingActivity::key, ProcessingActivity::name));
            recipients = register.recipients().stream().map(RegisterItem::value)
                    .map(r -> new RecipientRow(r.key(), r.name(), kindLabel(r.kind()), countryText(r.country()),
                            RegisterRules.outsideEea(r), transferText(r.transfer()),
                            r.dpaSignedOn() == null ? "" : r.dpaSignedOn().toString(),
                            register.activitiesUsing(r.key()).stream().map(k -> activityNames.getOrDefault(k, k)).toList()))
                    .toList();
        }
        return recipients;
    }

    // ---- the security measures of every activity

    /** The global measures, one per entry, for the read-only list. */
    public List<String> getMeasureList() {
        return snapshot().securityMeasures().value();
    }

    public void saveMeasures() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<String> lines = lines(measures);
        try {
            service.saveSecurityMeasures(lines, measuresVersion);
            load();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("register.measures.saved"), null));
        } catch (InvalidRegister invalid) {
            for (RegisterProblem problem : invalid.problems()) {
                String message = problem.message();
                java.util.regex.Matcher line = java.util.regex.Pattern.compile("securityMeasures\\[(\\d+)]")
                        .matcher(problem.path());
                if (line.matches()) {
                    message = format("register.measures.line", Integer.parseInt(line.group(1)) + 1, message);
                }
                context.addMessage("register:measures", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            }
            context.validationFailed();
        } catch (RegisterConflict conflict) {
            measuresConflict = true;
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict.getMessage(), null));
            context.validationFailed();
        } catch (UnknownRegisterItem | ConsoleAccessDenied refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            context.validationFailed();
        }
    }

    // ---- filter choices

    public List<SelectItem> getBasisOptions() {
        return options(LegalBasis.values(), b -> basisLabel(b));
    }

    public List<SelectItem> getCategoryOptions() {
        return options(DataCategory.values(), RegisterTables::categoryLabel);
    }

    public List<SelectItem> getSubjectOptions() {
        return options(DataSubjectCategory.values(), RegisterTables::subjectLabel);
    }

    public List<SelectItem> getRecipientOptions() {
        return snapshot().recipients().stream().map(RegisterItem::value)
                .map(r -> new SelectItem(r.key(), r.name())).toList();
    }

    // ---- register values in words, for every register screen

    /** The console's text for a key, in the page's language; the key itself when missing. */
    static String text(String key) {
        return ConsoleText.text(key);
    }

    /** A text with parameters ({@link MessageFormat}). */
    static String format(String key, Object... arguments) {
        return ConsoleText.format(key, arguments);
    }

    static Locale locale() {
        return ConsoleText.locale();
    }

    /** An article reference as the page's language writes it ("Art. 45", "art. 45"). */
    static String article(String article) {
        return article.replaceFirst("^Art\\.", text("register.art"));
    }

    /** "Legitimate interests — Art. 6(1)(f)". */
    static String basisLabel(LegalBasis basis) {
        return text("register.basis." + basis.code()) + " — " + article(basis.article());
    }

    static String categoryLabel(DataCategory category) {
        return text("register.category." + category.code());
    }

    static String subjectLabel(DataSubjectCategory subject) {
        return text("register.subject." + subject.code());
    }

    static String kindLabel(Recipient.Kind kind) {
        return text("register.kind." + kind.code());
    }

    /** "Standard contractual clauses (Art. 46(2)(c))". */
    static String mechanismLabel(Recipient.TransferMechanism mechanism) {
        return text("register.mechanism." + mechanism.code()) + " (" + article(mechanism.article()) + ")";
    }

    static String startLabel(RetentionRule.Start start) {
        return text("register.start." + start.code());
    }

    static String endActionLabel(RetentionRule.EndAction action) {
        return text("register.endAction." + action.code());
    }

    /** The safeguard and where it is documented, or empty when there is none. */
    static String transferText(Recipient.TransferSafeguard transfer) {
        if (transfer == null) {
            return "";
        }
        String mechanism = mechanismLabel(transfer.mechanism());
        return transfer.reference() == null ? mechanism : mechanism + ": " + transfer.reference();
    }

    /** "US — United States", or empty when no country is stated. */
    static String countryText(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale());
        return name.isBlank() || name.equals(code) ? code : code + " — " + name;
    }

    /** "3 years", "13 months", "1 year and 6 months". */
    static String periodText(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(format("register.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(format("register.period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(format("register.period.days", period.getDays()));
        }
        if (parts.isEmpty()) {
            return text("register.period.zero");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + text("register.period.and")
                + parts.get(parts.size() - 1);
    }

    /** "3 years from the last contact, then deleted"; "No retention rule" when there is none. */
    /** A retention rule in the console user's words ("5 years from collection, then deleted"). */
    public static String retentionText(RetentionRule rule) {
        if (rule == null) {
            return text("register.retention.none");
        }
        String start = rule.startsAt() == RetentionRule.Start.HOST_EVENT
                ? format("register.retention.from.host-event", rule.hostEvent())
                : text("register.retention.from." + rule.startsAt().code());
        String end = text("register.retention.then." + rule.endAction().code());
        if (rule.period().isZero() && rule.archivePeriod() != null) {
            return format("register.retention.archiveOnly", periodText(rule.archivePeriod()), start, end);
        }
        if (rule.archivePeriod() != null) {
            return format("register.retention.withArchive", periodText(rule.period()), start,
                    periodText(rule.archivePeriod()), end);
        }
        return format("register.retention.plain", periodText(rule.period()), start, end);
    }

    /** The lawful bases of an activity in words, with their justification. */
    static List<String> groundTexts(List<LegalGround> grounds) {
        return grounds.stream().map(g -> g.justification() == null ? basisLabel(g.basis())
                : basisLabel(g.basis()) + ": " + g.justification()).toList();
    }

    static <E extends Enum<E>> List<SelectItem> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new SelectItem(v.name(), label.apply(v))).toList();
    }

    static <E extends Enum<E>> List<String> labels(Collection<E> values, Function<E, String> label) {
        return values.stream().map(label).toList();
    }

    /** The non-empty lines of a text area, trimmed. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Lower case without accents, for a search that forgives both. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    // ---- fields

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public Instant getMeasuresChangedAt() {
        return measuresChangedAt;
    }

    public String getMeasuresChangedBy() {
        return measuresChangedBy;
    }

    public boolean isMeasuresConflict() {
        return measuresConflict;
    }
}
