package eu.gdprmodule.web.admin.audit;

import eu.gdprmodule.audit.AuditEntry;
import eu.gdprmodule.audit.AuditFilter;
import eu.gdprmodule.audit.AuditSearch;
import eu.gdprmodule.audit.ChainVerification;
import eu.gdprmodule.audit.ChainVerifier;
import eu.gdprmodule.web.admin.ConsoleClock;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.BadRequestException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /gdpr/admin/audit.xhtml}: the filter form, the lazily loaded table (only the
 * visible page is read, so the screen stays fast on millions of entries), the CSV link and the
 * chain verification.
 */
@Named("gdprAuditLog")
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditSearch search;

    @Inject
    transient ChainVerifier verifier;

    @Inject
    transient ConsoleClock clock;

    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter filter = AuditFilter.NONE;
    private ChainVerification verification;
    private AuditSearch.Count matches;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // counted once per filter, not at every page turn
            if (matches == null) {
                matches = search.count(filter);
            }
            return (int) Math.min(Integer.MAX_VALUE, matches.value());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return search.page(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.getSeq());
        }
    };

    /** Applies the filter form; a malformed date is reported next to the form, nothing else changes. */
    public void apply() {
        try {
            filter = AuditQuery.filter(actor, entityType, entityId, action, from == null ? null : from.toString(),
                    to == null ? null : to.toString(), clock.zone());
            matches = null;
        } catch (BadRequestException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("audit.badDate"), null));
            context.validationFailed();
        }
    }

    public void clear() {
        actor = entityType = entityId = action = null;
        from = to = null;
        filter = AuditFilter.NONE;
        matches = null;
    }

    public void verify() {
        verification = verifier.verify();
        matches = null; // the verification added an entry
    }

    /** True when a filter matches more entries than are counted; the table pages through the first ones. */
    public boolean isMoreThanCounted() {
        return matches != null && !matches.exact();
    }

    public int getCountLimit() {
        return AuditSearch.COUNT_LIMIT;
    }

    /** The CSV export of what the table shows, through the console API. */
    public String getCsvUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("actor", filter.actor());
        parameters.put("entityType", filter.entityType());
        parameters.put("entityId", filter.entityId());
        parameters.put("action", filter.action());
        parameters.put("from", filter.from() == null ? null : filter.from().toString());
        parameters.put("to", filter.to() == null ? null : filter.to().toString());
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/gdpr/api/admin/audit/entries.csv";
        return query.isEmpty() ? base : base + "?" + query;
    }

    public String format(java.time.Instant instant) {
        return clock.format(instant);
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "gdprText");
        return bundle.getString(key);
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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
}
