package eu.gdprmodule.web.admin.register;

import static eu.gdprmodule.web.admin.register.RegisterTables.blank;
import static eu.gdprmodule.web.admin.register.RegisterTables.format;
import static eu.gdprmodule.web.admin.register.RegisterTables.text;

import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterProblem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backs {@code /gdpr/admin/register/activity.xhtml}: one processing activity (Art. 30(1) GDPR),
 * opened by {@code ?key=}, or a new one without it. Each refused field gets its message next to
 * it, from the same rules the register file's import applies ({@link RegisterRules}); a save based
 * on a version someone else changed since is refused with that person's name and an offer to
 * reload. Only administrators save or delete; the DPO reads.
 */
@Named("gdprActivityForm")
@ViewScoped
public class ActivityForm extends RegisterItemForm {

    private static final long serialVersionUID = 1L;

    static final String FORM = "activity";
    private static final Pattern GROUND = Pattern.compile("legalBases\\[(\\d+)]\\.(basis|justification)");
    private static final Pattern SENT_GROUND = Pattern.compile("activity\\.legalBases\\[(\\d+)]");
    private static final Set<String> FIELDS = Set.of("key", "name", "description", "purposes", "dataCategories",
            "personalData", "dataSubjects", "source", "recipients", "securityMeasures");
    private static final Set<String> RETENTION_FIELDS = Set.of("period", "startsAt", "hostEvent", "archivePeriod",
            "endAction", "description");

    private LinkedHashMap<String, String> recipientNames = new LinkedHashMap<>();

    private String description;
    private String purposes;
    private List<String> dataCategories = new ArrayList<>();
    private String personalData;
    private List<String> dataSubjects = new ArrayList<>();
    private List<BasisRow> bases = new ArrayList<>();
    private String source;
    private List<String> recipients = new ArrayList<>();
    private boolean retained;
    private String period;
    private String startsAt;
    private String hostEvent;
    private String archivePeriod;
    private String endAction;
    private String retentionDescription;
    private String securityMeasures;

    /** One lawful basis being edited: the basis (an enum name) and why it applies. */
    public static class BasisRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String basis;
        private String justification;

        public BasisRow() {
        }

        BasisRow(LegalGround ground) {
            basis = ground.basis().name();
            justification = ground.justification();
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }

    @Override
    void load(String requested) {
        RegisterSnapshot register = service.snapshot();
        recipientNames = new LinkedHashMap<>();
        register.recipients().forEach(r -> recipientNames.put(r.value().key(), r.value().name()));
        conflict = false;
        missing = false;
        if (blank(requested)) {
            creating = true;
            fill(null);
            return;
        }
        creating = false;
        Optional<RegisterItem<ProcessingActivity>> item = register.activity(requested.strip());
        if (item.isEmpty()) {
            missing = true;
            key = requested.strip();
            return;
        }
        fill(item.get());
    }

    private void fill(RegisterItem<ProcessingActivity> item) {
        remember(item, item == null ? null : item.value().name());
        if (item == null) {
            key = null;
            name = null;
            description = null;
            purposes = null;
            dataCategories = new ArrayList<>();
            personalData = null;
            dataSubjects = new ArrayList<>();
            bases = new ArrayList<>(List.of(new BasisRow()));
            source = null;
            recipients = new ArrayList<>();
            retained = true;
            period = null;
            startsAt = RetentionRule.Start.COLLECTION.name();
            hostEvent = null;
            archivePeriod = null;
            endAction = RetentionRule.EndAction.DELETE.name();
            retentionDescription = null;
            securityMeasures = null;
            return;
        }
        ProcessingActivity a = item.value();
        key = a.key();
        name = a.name();
        description = a.description();
        purposes = String.join("\n", a.purposes());
        dataCategories = new ArrayList<>(a.dataCategories().stream().map(Enum::name).toList());
        personalData = a.personalData();
        dataSubjects = new ArrayList<>(a.dataSubjects().stream().map(Enum::name).toList());
        bases = new ArrayList<>(a.legalBases().stream().map(BasisRow::new).toList());
        source = a.source();
        recipients = new ArrayList<>(a.recipientKeys());
        RetentionRule rule = a.retention();
        retained = rule != null;
        period = rule == null ? null : rule.period().toString();
        startsAt = rule == null ? RetentionRule.Start.COLLECTION.name() : rule.startsAt().name();
        hostEvent = rule == null ? null : rule.hostEvent();
        archivePeriod = rule == null || rule.archivePeriod() == null ? null : rule.archivePeriod().toString();
        endAction = rule == null ? RetentionRule.EndAction.DELETE.name() : rule.endAction().name();
        retentionDescription = rule == null ? null : rule.description();
        securityMeasures = a.securityMeasures();
    }

    // ---- actions

    public void addBasis() {
        bases.add(new BasisRow());
    }

    public void removeBasis(int index) {
        if (index >= 0 && index < bases.size()) {
            bases.remove(index);
        }
    }

    /**
     * Saves the activity: a new one opens at its own address, a changed one shows again with its
     * new version. Nothing is saved while a field is refused.
     */
    public String save() {
        List<RegisterProblem> problems = new ArrayList<>();
        List<Integer> groundRows = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        ProcessingActivity activity = build(problems, groundRows, unreadable);
        for (RegisterProblem problem : RegisterRules.activityProblems(activity, FORM, recipientNames.keySet())) {
            String path = problem.path().substring(FORM.length() + 1);
            if (!unreadable.contains(path)) {
                problems.add(inRows(problem, groundRows));
            }
        }
        if (!problems.isEmpty()) {
            show(problems);
            return null;
        }
        return attempt(() -> {
            if (creating) {
                service.createActivity(activity);
                announce("register.activity.created", activity.name());
                return "/gdpr/admin/register/activity.xhtml?faces-redirect=true&key=" + activity.key();
            }
            boolean changed = service.updateActivity(activity, version).version() != version;
            load(activity.key());
            inform(text(changed ? "register.activity.saved" : "register.unchanged"));
            return null;
        }, problem -> inRows(problem, groundRows), false);
    }

    /** Deletes the activity and goes back to the register. */
    public String delete() {
        return attempt(() -> {
            service.deleteActivity(key, version);
            announce("register.activity.deleted", storedName == null ? key : storedName);
            return INDEX + "?faces-redirect=true";
        }, problem -> problem, true);
    }

    /**
     * The activity as the form holds it. Periods that do not read are reported here (and a
     * stand-in keeps the rest checkable), as are lawful-basis rows without a basis.
     */
    private ProcessingActivity build(List<RegisterProblem> problems, List<Integer> groundRows, Set<String> unreadable) {
        List<LegalGround> grounds = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            BasisRow row = bases.get(i);
            if (blank(row.getBasis())) {
                problems.add(new RegisterProblem(FORM + ".legalBases[" + i + "].basis", text("register.problem.basis")));
                continue;
            }
            groundRows.add(i);
            grounds.add(new LegalGround(LegalBasis.valueOf(row.getBasis()), optional(row.getJustification())));
        }
        RetentionRule rule = null;
        if (retained) {
            Period active = period(period, "period", true, problems, unreadable);
            Period archive = period(archivePeriod, "archivePeriod", false, problems, unreadable);
            RetentionRule.Start start = blank(startsAt) ? RetentionRule.Start.COLLECTION : RetentionRule.Start.valueOf(startsAt);
            RetentionRule.EndAction end = blank(endAction) ? RetentionRule.EndAction.DELETE
                    : RetentionRule.EndAction.valueOf(endAction);
            rule = new RetentionRule(active == null ? Period.ofDays(1) : active, start,
                    start == RetentionRule.Start.HOST_EVENT ? optional(hostEvent) : null,
                    archive, end, optional(retentionDescription));
        }
        return new ProcessingActivity(required(key), required(name), optional(description),
                RegisterTables.lines(purposes),
                dataCategories.stream().map(DataCategory::valueOf).toList(), optional(personalData),
                dataSubjects.stream().map(DataSubjectCategory::valueOf).toList(), grounds, optional(source),
                List.copyOf(recipients), rule, optional(securityMeasures));
    }

    private static Period period(String text, String field, boolean needed, List<RegisterProblem> problems,
            Set<String> unreadable) {
        String path = "retention." + field;
        if (blank(text)) {
            if (needed) {
                problems.add(new RegisterProblem(FORM + "." + path, text("register.problem.periodMissing")));
                unreadable.add(path);
            }
            return null;
        }
        try {
            return RegisterRules.period(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new RegisterProblem(FORM + "." + path, format("register.problem.period", text.strip())));
            unreadable.add(path);
            return null;
        }
    }

    /**
     * The form field a problem path names ({@code activity.retention.period},
     * {@code activity.legalBases[0].justification}, counted in form rows), or {@code null} for a
     * message at the top of the form.
     */
    @Override
    String clientId(String path) {
        if (!path.startsWith(FORM + ".")) {
            return null;
        }
        String field = path.substring(FORM.length() + 1);
        Matcher ground = GROUND.matcher(field);
        if (ground.matches()) {
            int row = Integer.parseInt(ground.group(1));
            return row < bases.size() ? FORM + ":basisRows:" + row + ":" + ground.group(2) : FORM + ":addBasis";
        }
        if (field.equals("legalBases") || field.startsWith("legalBases[")) {
            return FORM + ":addBasis";
        }
        if (field.equals("retention")) {
            return retained ? FORM + ":period" : null;
        }
        if (field.startsWith("retention.")) {
            String part = field.substring("retention.".length());
            if (!retained || !RETENTION_FIELDS.contains(part) || part.equals("hostEvent") && !isHostEventStart()) {
                return null;
            }
            return FORM + ":" + (part.equals("description") ? "retentionDescription" : part);
        }
        String plain = field.replaceFirst("\\[\\d+]$", "");
        return FIELDS.contains(plain) ? FORM + ":" + plain : null;
    }

    /**
     * A problem of the activity as sent, its lawful basis counted in form rows: rows without a
     * basis are not sent, so the second basis sent may be the third row.
     */
    private static RegisterProblem inRows(RegisterProblem problem, List<Integer> groundRows) {
        Matcher sent = SENT_GROUND.matcher(problem.path());
        if (!sent.lookingAt()) {
            return problem;
        }
        int index = Integer.parseInt(sent.group(1));
        int row = index < groundRows.size() ? groundRows.get(index) : index;
        return new RegisterProblem(FORM + ".legalBases[" + row + "]" + problem.path().substring(sent.end()),
                problem.message());
    }

    // ---- what the page shows

    public String getTitle() {
        if (creating) {
            return text("register.activity.newTitle");
        }
        if (missing) {
            return text("register.activity.missingTitle");
        }
        return format("register.activity.title", storedName);
    }

    public boolean isHostEventStart() {
        return RetentionRule.Start.HOST_EVENT.name().equals(startsAt);
    }

    public List<SelectItem> getCategoryOptions() {
        return RegisterTables.options(DataCategory.values(), RegisterTables::categoryLabel);
    }

    public List<SelectItem> getSubjectOptions() {
        return RegisterTables.options(DataSubjectCategory.values(), RegisterTables::subjectLabel);
    }

    public List<SelectItem> getBasisOptions() {
        return RegisterTables.options(LegalBasis.values(), RegisterTables::basisLabel);
    }

    public List<SelectItem> getStartOptions() {
        return RegisterTables.options(RetentionRule.Start.values(), RegisterTables::startLabel);
    }

    public List<SelectItem> getEndActionOptions() {
        return RegisterTables.options(RetentionRule.EndAction.values(), RegisterTables::endActionLabel);
    }

    public List<SelectItem> getRecipientOptions() {
        List<SelectItem> options = new ArrayList<>();
        for (Map.Entry<String, String> r : recipientNames.entrySet()) {
            options.add(new SelectItem(r.getKey(), r.getValue()));
        }
        return options;
    }

    // ---- fields

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPurposes() {
        return purposes;
    }

    public void setPurposes(String purposes) {
        this.purposes = purposes;
    }

    public List<String> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(List<String> dataCategories) {
        this.dataCategories = dataCategories == null ? new ArrayList<>() : new ArrayList<>(dataCategories);
    }

    public String getPersonalData() {
        return personalData;
    }

    public void setPersonalData(String personalData) {
        this.personalData = personalData;
    }

    public List<String> getDataSubjects() {
        return dataSubjects;
    }

    public void setDataSubjects(List<String> dataSubjects) {
        this.dataSubjects = dataSubjects == null ? new ArrayList<>() : new ArrayList<>(dataSubjects);
    }

    public List<BasisRow> getBases() {
        return bases;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }

    public boolean isRetained() {
        return retained;
    }

    public void setRetained(boolean retained) {
        this.retained = retained;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getHostEvent() {
        return hostEvent;
    }

    public void setHostEvent(String hostEvent) {
        this.hostEvent = hostEvent;
    }

    public String getArchivePeriod() {
        return archivePeriod;
    }

    public void setArchivePeriod(String archivePeriod) {
        this.archivePeriod = archivePeriod;
    }

    public String getEndAction() {
        return endAction;
    }

    public void setEndAction(String endAction) {
        this.endAction = endAction;
    }

    public String getRetentionDescription() {
        return retentionDescription;
    }

    public void setRetentionDescription(String retentionDescription) {
        this.retentionDescription = retentionDescription;
    }

    public String getSecurityMeasures() {
        return securityMeasures;
    }

    public void setSecurityMeasures(String securityMeasures) {
        this.securityMeasures = securityMeasures;
    }
}
