package eu.gdprmodule.web.admin.consent;

import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Register;
import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.consent.ConsentMethod;
import eu.gdprmodule.consent.ConsentRecord;
import eu.gdprmodule.consent.ConsentStore;
import eu.gdprmodule.consent.ProofQuery;
import eu.gdprmodule.web.admin.ConsoleClock;
import eu.gdprmodule.web.admin.ConsoleText;
import eu.gdprmodule.web.admin.register.RegisterTables;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /gdpr/admin/consents/index.xhtml}: the consent log, the proofs the controller
 * shows to demonstrate consent (Art. 7(1) GDPR), found by the visitor's consent reference, a
 * period or how the choice was made. The table reads only the page shown (a busy site records
 * millions of proofs); the CSV link exports every proof the filter matches.
 */
@Named("gdprConsentProofs")
@ViewScoped
public class ConsentProofSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The register activity whose retention applies to the proofs. */
    static final String ACTIVITY_KEY = "gdpr.consent.register-activity";

    @Inject
    transient ConsentStore store;

    @Inject
    transient ConsoleClock clock;

    @Inject
    transient Register register;

    private String consentId;
    private LocalDate from;
    private LocalDate to;
    private String method;
    private ProofQuery query = ProofQuery.ALL;
    private Long matches;

    private final LazyDataModel<ConsentRecord> proofs = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // counted once per filter, not at every page turn
            if (matches == null) {
                matches = store.count(query);
            }
            return (int) Math.min(Integer.MAX_VALUE, matches);
        }

        @Override
        public List<ConsentRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return store.search(query, first, pageSize);
        }

        @Override
        public String getRowKey(ConsentRecord proof) {
            return proof.getProofId();
        }
    };

    /** Applies the filter form; a period that ends before it starts is refused next to the form. */
    public void apply() {
        if (from != null && to != null && from.isAfter(to)) {
            ConsoleText.refuse(null, text("consents.badPeriod"));
            return;
        }
        // the menu offers only known methods: an unknown one is a forged request, answered with a 400
        query = ProofFilter.query(consentId, from, to, ProofFilter.method(method), clock.zone());
        matches = null;
    }

    public void clear() {
        consentId = method = null;
        from = to = null;
        query = ProofQuery.ALL;
        matches = null;
    }

    /** The CSV export of what the table shows, through the console API. */
    public String getCsvUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("consentId", query.consentId());
        parameters.put("from", from == null || query.from() == null ? null : from.toString());
        parameters.put("to", to == null || query.to() == null ? null : to.toString());
        parameters.put("method", query.method() == null ? null : query.method().wire());
        String parameterText = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/gdpr/api/admin/consents.csv";
        return parameterText.isEmpty() ? base : base + "?" + parameterText;
    }

    /** The methods, in the console's words, for the filter. */
    public List<SelectItem> getMethodOptions() {
        return Arrays.stream(ConsentMethod.values()).map(m -> new SelectItem(m.wire(), methodLabel(m))).toList();
    }

    /** Keys of categories or services, or "none". */
    public String listed(java.util.Set<String> keys) {
        return keys.isEmpty() ? text("consents.none") : String.join(", ", keys);
    }

    public String methodLabel(ConsentMethod m) {
        return text("consents.method." + m.wire());
    }

    // ---- retention, from the register (Art. 5(1)(e): proofs are kept no longer than needed)

    public String getActivityKey() {
        return ModuleConfig.get().getOptionalValue(ACTIVITY_KEY, String.class).map(String::strip)
                .filter(k -> !k.isEmpty()).orElse("cookie-consent");
    }

    /** The activity the proofs' retention comes from, when the register has it. */
    public Optional<ProcessingActivity> getActivity() {
        return register.activity(getActivityKey());
    }

    public boolean isRetentionKnown() {
        return getActivity().isPresent();
    }

    /** "Proofs are kept 5 years from collection, then deleted (register: Cookie consent)", or a warning key's text. */
    public String getRetention() {
        return getActivity().map(a -> ConsoleText.format("consents.retention", a.name(), RegisterTables.retentionText(a.retention())))
                .orElseGet(() -> ConsoleText.format("consents.retention.missing", getActivityKey(), ACTIVITY_KEY));
    }

    /** A proof's time in the console's time zone. */
    public String when(java.time.Instant instant) {
        return clock.format(instant);
    }

    public LazyDataModel<ConsentRecord> getProofs() {
        return proofs;
    }

    public String getConsentId() {
        return consentId;
    }

    public void setConsentId(String consentId) {
        this.consentId = consentId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }
}
