package eu.gdprmodule.web.admin.request;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.Deadlines;
import eu.gdprmodule.request.InboxQuery;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code /gdpr/admin/requests/index.xhtml}: the data-subject requests, the most urgent
 * first, filtered by right, status, deadline or a reference or address. The table reads one page
 * at a time. Late requests are marked in words as well as in colour, so the warning does not
 * depend on seeing colours.
 *
 * <p>The address takes the same filters as parameters ({@code ?due=overdue}, {@code ?due=soon},
 * {@code ?right=erasure}, {@code ?status=open}), so the dashboard's counts and the deadline
 * reminder's link open the list they speak of. A value it does not know is ignored, not refused:
 * the link may come from an older letter.
 */
@Named("gdprRequestInbox")
@ViewScoped
public class InboxSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestInbox inbox;

    @Inject
    transient RequestLabels labels;

    private String right;
    private String status;
    private LocalDate dueBy;
    private String text;
    private InboxQuery query = InboxQuery.all();
    private Long matches;
    private transient RequestInbox.DeadlineCounts counts;

    private final LazyDataModel<DataSubjectRequest> requests = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // counted once per filter, not at every page turn
            if (matches == null) {
                matches = inbox.count(query);
            }
            return (int) Math.min(Integer.MAX_VALUE, matches);
        }

        @Override
        public List<DataSubjectRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return inbox.search(query, first, pageSize);
        }

        @Override
        public String getRowKey(DataSubjectRequest request) {
            return request.getReference();
        }
    };

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        right = DataSubjectRight.fromWire(parameters.get("right")).map(DataSubjectRight::wire).orElse(null);
        status = statusOf(parameters.get("status")) == null ? null : parameters.get("status").strip().toLowerCase(Locale.ROOT);
        String due = parameters.get("due");
        if ("overdue".equals(due)) {
            dueBy = labels.today().minusDays(1);
        } else if ("soon".equals(due)) {
            dueBy = labels.today().plusDays(Deadlines.REMIND_DAYS_BEFORE);
        }
        apply();
    }

    /** Applies the filter form. */
    public void apply() {
        query = new InboxQuery(DataSubjectRight.fromWire(right).orElse(null), statusOf(status), dueBy,
                text == null || text.isBlank() ? null : text.strip());
        matches = null;
        counts = null;
    }

    public void clear() {
        right = status = text = null;
        dueBy = null;
        apply();
    }

    /** Open requests whose deadline has passed (a deadline of yesterday or before). */
    public void overdue() {
        dueBy = labels.today().minusDays(1);
        apply();
    }

    /** Open requests due within the week the reminder warns of, late ones included. */
    public void dueSoon() {
        dueBy = labels.today().plusDays(Deadlines.REMIND_DAYS_BEFORE);
        apply();
    }

    private static RequestStatus statusOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
    }

    /** Requests still to answer, and how many of them are due soon or overdue, read once per page. */
    public RequestInbox.DeadlineCounts getCounts() {
        if (counts == null) {
            counts = inbox.deadlines(labels.today());
        }
        return counts;
    }

    public LazyDataModel<DataSubjectRequest> getRequests() {
        return requests;
    }

    public String getRight() {
        return right;
    }

    public void setRight(String right) {
        this.right = right;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
