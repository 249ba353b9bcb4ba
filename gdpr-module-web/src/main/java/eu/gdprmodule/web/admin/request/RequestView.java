package eu.gdprmodule.web.admin.request;

import static eu.gdprmodule.web.admin.ConsoleText.format;
import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.RightsInForce;
import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.Erasures;
import eu.gdprmodule.request.ExportFile;
import eu.gdprmodule.request.Exports;
import eu.gdprmodule.request.RequestEvent;
import eu.gdprmodule.request.RequestInbox;
import eu.gdprmodule.request.RequestStatus;
import eu.gdprmodule.request.RequestTimeline;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /gdpr/admin/requests/request.xhtml?ref=R-XXXX-XXXX}: one request as its handler
 * needs it, who asked what and when, the deadline in force, the timeline (the proof that the
 * controller answered, Art. 5(2)) and each contributor's report of an export or an erasure, and
 * which actions fit where the request stands. {@link RequestActions} acts on it.
 *
 * <p>Only the reference is kept with the view; what the engine holds is read again after each
 * action and after a restart of the session, so the page never acts on a stale state.
 */
@Named("gdprRequest")
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestInbox inbox;

    @Inject
    transient RequestTimeline timeline;

    @Inject
    transient Exports exports;

    @Inject
    transient Erasures erasures;

    @Inject
    transient RightsInForce rights;

    private String reference;
    private transient DataSubjectRequest request;
    private transient boolean loaded;
    private transient List<RequestEvent> events;
    private transient List<ContributorReport> exportReports;
    private transient List<ContributorReport> previewReports;
    private transient List<ContributorReport> erasureReports;
    private transient Boolean restricted;
    private transient Boolean objected;
    private transient ExportFile exportFile;
    private transient boolean exportFileRead;

    @PostConstruct
    void init() {
        String ref = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
        reference = ref == null || ref.isBlank() ? null : ref.strip();
    }

    /** Forgets what was read, so the page shows the request as the engine now holds it. */
    public void refresh() {
        loaded = false;
        request = null;
        events = null;
        exportReports = previewReports = erasureReports = null;
        restricted = objected = null;
        exportFile = null;
        exportFileRead = false;
    }

    /** The request, or {@code null} when no request has the reference. */
    public DataSubjectRequest getRequest() {
        if (!loaded) {
            request = reference == null || reference.length() > 40 ? null : inbox.find(reference).orElse(null);
            loaded = true;
        }
        return request;
    }

    public boolean isMissing() {
        return getRequest() == null;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return isMissing() ? text("requests.missing.title") : format("requests.request.title", getRequest().getReference());
    }

    public List<RequestEvent> getEvents() {
        if (events == null) {
            events = isMissing() ? List.of() : timeline.of(getRequest().getId());
        }
        return events;
    }

    public List<ContributorReport> getExportReports() {
        if (exportReports == null) {
            exportReports = isMissing() ? List.of() : ContributorReport.of(exports.steps(getRequest().getId()));
        }
        return exportReports;
    }

    public List<ContributorReport> getPreviewReports() {
        if (previewReports == null) {
            previewReports = isMissing() ? List.of() : ContributorReport.of(erasures.steps(getRequest().getId(), true));
        }
        return previewReports;
    }

    public List<ContributorReport> getErasureReports() {
        if (erasureReports == null) {
            erasureReports = isMissing() ? List.of() : ContributorReport.of(erasures.steps(getRequest().getId(), false));
        }
        return erasureReports;
    }

    /** The export waiting to be downloaded, if any (its link was mailed; it expires). */
    public ExportFile getExportFile() {
        if (!exportFileRead) {
            exportFile = isMissing() ? null : exports.file(getRequest().getId()).orElse(null);
            exportFileRead = true;
        }
        return exportFile;
    }

    // ---- which actions fit: the engine refuses the others, the page does not offer them

    public boolean isUnverified() {
        return !isMissing() && getRequest().getStatus() == RequestStatus.UNVERIFIED;
    }

    public boolean isOpen() {
        return !isMissing() && getRequest().getStatus() == RequestStatus.OPEN;
    }

    public boolean isClosed() {
        return !isMissing() && getRequest().getStatus().closed();
    }

    /** Art. 12(3) allows one extension, of at most two months. */
    public boolean isExtensible() {
        return isOpen() && getRequest().getExtendedTo() == null;
    }

    /** Access and portability are answered with the person's data. */
    public boolean isExportable() {
        return isOpen() && getRequest().getRight().exports();
    }

    public boolean isErasable() {
        return isOpen() && is(DataSubjectRight.ERASURE);
    }

    /** An erasure is run only after its preview showed what each contributor would do. */
    public boolean isErasureRunnable() {
        return isErasable() && !getPreviewReports().isEmpty();
    }

    /** Whether the person's data is restricted now (for the request's purpose, or for every purpose). */
    public boolean isRestricted() {
        if (restricted == null) {
            restricted = is(DataSubjectRight.RESTRICTION) && rights.isRestricted(getRequest().getEmail(), getRequest().getPurpose());
        }
        return restricted;
    }

    public boolean isRestrictable() {
        return isOpen() && is(DataSubjectRight.RESTRICTION) && !isRestricted();
    }

    /** A restriction may be lifted after the request is answered too: the dispute it waited on may end later (Art. 18(3)). */
    public boolean isLiftable() {
        return isRestricted();
    }

    /** An objection without a purpose is to direct marketing, as the engine reads it (Art. 21(2)). */
    public boolean isObjectionUpheld() {
        if (objected == null) {
            objected = is(DataSubjectRight.OBJECTION) && rights.hasObjected(getRequest().getEmail(),
                    getRequest().getPurpose() == null ? RightsInForce.DIRECT_MARKETING : getRequest().getPurpose());
        }
        return objected;
    }

    public boolean isObjectionUpholdable() {
        return isOpen() && is(DataSubjectRight.OBJECTION) && !isObjectionUpheld();
    }

    public boolean isPostMortem() {
        return is(DataSubjectRight.POST_MORTEM_INSTRUCTIONS);
    }

    /** What the post-mortem instructions ask for when the death is reported, in words. */
    public String getPostMortemChoice() {
        String purpose = getRequest().getPurpose();
        return text("requests.postMortem.choice." + ("erase".equals(purpose) || "communicate".equals(purpose) ? purpose : "other"));
    }

    private boolean is(DataSubjectRight right) {
        return !isMissing() && getRequest().getRight() == right;
    }
}
