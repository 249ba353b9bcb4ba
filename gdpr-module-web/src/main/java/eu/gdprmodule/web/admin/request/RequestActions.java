package eu.gdprmodule.web.admin.request;

import static eu.gdprmodule.web.admin.ConsoleText.format;
import static eu.gdprmodule.web.admin.ConsoleText.inform;

import eu.gdprmodule.request.DataSubjectRequest;
import eu.gdprmodule.request.RequestDesk;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The actions of the request page: verify the identity by hand, extend the deadline, restrict or
 * lift, uphold an objection, refuse with a reason, complete with a reply, add a note (the export
 * and the erasure are {@link DataSteps}). Administrators and the DPO alike may act: processing
 * requests is the DPO's work too (the console's roles). The engine writes every action to the
 * request's timeline and to the audit log, with the signed-in user as its author, and mails the
 * person what they must be told.
 *
 * <p>A reason or reply the engine needs is checked here first, so the message next to the field
 * is in the console's language; what only the engine can judge (the request was closed
 * meanwhile) comes back in its words, at the top of the form.
 */
@Named("gdprRequestActions")
@ViewScoped
public class RequestActions implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "request:";

    @Inject
    RequestView view;

    @Inject
    transient RequestDesk desk;

    private String how;
    private String months = "1";
    private String extensionReason;
    private String refusalReason;
    private String reply;
    private String replyLanguage = "en";
    private String templateShown;
    private String note;

    @PostConstruct
    void init() {
        if (!view.isMissing()) {
            useTemplate(ReplyTemplates.languageOf(view.getRequest().getLanguage()));
        }
    }

    public void verify() {
        if (DeskCall.given(how, FORM + "how", "requests.verify.howMissing")
                && act(() -> desk.verifyByHand(ref(), how), Map.of("how", FORM + "how"), "requests.verify.done")) {
            how = null;
        }
    }

    public void extend() {
        if (DeskCall.given(extensionReason, FORM + "extensionReason", "requests.extend.reasonMissing")
                && act(() -> desk.extend(ref(), monthsChosen(), extensionReason),
                        Map.of("reason", FORM + "extensionReason", "months", FORM + "months"), "requests.extend.done")) {
            extensionReason = null;
        }
    }

    /** Refuses (Art. 12(5): manifestly unfounded or excessive; or identity not proven, Art. 12(6)). */
    public void refuse() {
        if (DeskCall.given(refusalReason, FORM + "refusalReason", "requests.refuse.reasonMissing")
                && act(() -> desk.refuse(ref(), refusalReason), Map.of("reason", FORM + "refusalReason"), "requests.refuse.done")) {
            refusalReason = null;
        }
    }

    public void complete() {
        if (DeskCall.given(reply, FORM + "reply", "requests.complete.replyMissing")) {
            act(() -> desk.complete(ref(), reply), Map.of("reply", FORM + "reply"), "requests.complete.done");
        }
    }

    public void restrict() {
        act(() -> desk.restrict(ref()), Map.of(), "requests.restrict.done");
    }

    public void lift() {
        act(() -> desk.lift(ref()), Map.of(), "requests.lift.done");
    }

    public void uphold() {
        act(() -> desk.upholdObjection(ref()), Map.of(), "requests.uphold.done");
    }

    public void addNote() {
        if (DeskCall.given(note, FORM + "note", "requests.note.missing")
                && act(() -> desk.note(ref(), note), Map.of("note", FORM + "note"), "requests.note.done")) {
            note = null;
        }
    }

    /** Whether the reply is the template as filled, not yet edited (then a new erasure report may rewrite it). */
    boolean isReplyUntouched() {
        return reply != null && reply.equals(templateShown);
    }

    /** Fills the reply with the template of the request's right in this language (replacing what was written). */
    public void useTemplate(String language) {
        DataSubjectRequest request = view.getRequest();
        if (request == null || !ReplyTemplates.LANGUAGES.contains(language)) {
            return;
        }
        replyLanguage = language;
        // what the erasure kept; before it ran, what its preview said it would keep
        List<ContributorReport> erasure = view.getErasureReports().isEmpty() ? view.getPreviewReports() : view.getErasureReports();
        reply = ReplyTemplates.reply(request.getRight(), request.getPurpose(), language,
                ContributorReport.kept(erasure, ReplyTemplates.untilWord(language)));
        templateShown = reply;
    }

    private boolean act(Runnable call, Map<String, String> fields, String doneKey) {
        boolean done = DeskCall.attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, fields) != null;
        view.refresh();
        if (done) {
            inform(format(doneKey, ref()));
        }
        return done;
    }

    /** The menu offers 1 and 2; anything else is sent as 0, for the engine to refuse next to the field. */
    private int monthsChosen() {
        return "1".equals(months) ? 1 : "2".equals(months) ? 2 : 0;
    }

    private String ref() {
        return view.getReference();
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getReplyLanguage() {
        return replyLanguage;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
