package eu.gdprmodule.web.admin.request;

import static eu.gdprmodule.web.admin.ConsoleText.format;
import static eu.gdprmodule.web.admin.ConsoleText.inform;
import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.request.ContributorStep;
import eu.gdprmodule.request.Erasures;
import eu.gdprmodule.request.Exports;
import eu.gdprmodule.web.request.SiteAddress;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The request page's steps through the host's data: the export of an access or portability
 * request (Art. 15, 20), the preview and then the run of an erasure (Art. 17). Each calls every
 * host contributor and the page shows each one's report; a step that failed for some contributor
 * says which, since the administrator must have the host fix it and run the step again (an export
 * is complete or not sent; an erasure re-run calls only the contributors not yet done).
 *
 * <p>Synchronous: the engine answers once every contributor has answered, which for a shop's
 * data takes seconds; the page stays on the request meanwhile.
 */
@Named("gdprRequestSteps")
@ViewScoped
public class DataSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestView view;

    @Inject
    RequestActions actions;

    @Inject
    transient Exports exports;

    @Inject
    transient Erasures erasures;

    /** Builds the export and mails its download link (valid once, for {@code gdpr.requests.download-lifetime}). */
    public void runExport() {
        Exports.Outcome outcome = DeskCall.attempt(() -> exports.run(view.getReference(), linkBase()), Map.of());
        view.refresh();
        if (outcome == null) {
            return;
        }
        if (outcome.complete()) {
            inform(format("requests.export.done", outcome.rows(), outcome.bytes(), outcome.millis()));
        } else {
            warn(format("requests.export.failed", failed(outcome.steps())));
        }
    }

    /** Asks every contributor what it would erase, anonymise or keep; nothing changes. */
    public void previewErasure() {
        boolean untouched = actions.isReplyUntouched();
        Erasures.Outcome outcome = DeskCall.attempt(() -> erasures.preview(view.getReference()), Map.of());
        view.refresh();
        if (outcome == null) {
            return;
        }
        if (outcome.complete()) {
            inform(text("requests.erasure.previewed"));
        } else {
            warn(format("requests.erasure.previewFailed", failed(outcome.steps())));
        }
        rewriteReply(untouched);
    }

    /** Runs the erasure; a re-run calls only the contributors that have not succeeded yet. */
    public void runErasure() {
        boolean untouched = actions.isReplyUntouched();
        Erasures.Outcome outcome = DeskCall.attempt(() -> erasures.run(view.getReference()), Map.of());
        view.refresh();
        if (outcome == null) {
            return;
        }
        if (outcome.complete()) {
            inform(text("requests.erasure.done"));
        } else {
            warn(format("requests.erasure.failed", failed(outcome.steps())));
        }
        rewriteReply(untouched);
    }

    /** The reply lists what is kept and why: written again from the new report, unless already edited. */
    private void rewriteReply(boolean untouched) {
        if (untouched) {
            actions.useTemplate(actions.getReplyLanguage());
        }
    }

    private static String failed(List<ContributorStep> steps) {
        return ContributorReport.of(steps).stream().filter(r -> !r.done()).map(ContributorReport::getName)
                .collect(Collectors.joining(", "));
    }

    private static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    /** The site's address as this request reached it, for the download link the engine mails. */
    static String linkBase() {
        return SiteAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }
}
