package eu.gdprmodule.web.admin.consent;

import static eu.gdprmodule.web.admin.ConsoleText.format;
import static eu.gdprmodule.web.admin.ConsoleText.inform;
import static eu.gdprmodule.web.admin.ConsoleText.refuse;
import static eu.gdprmodule.web.admin.ConsoleText.text;

import eu.gdprmodule.consent.CatalogueConflict;
import eu.gdprmodule.consent.CatalogueProblem;
import eu.gdprmodule.consent.CookieCatalogueFile;
import eu.gdprmodule.consent.InvalidCookieCatalogue;
import eu.gdprmodule.consent.StoredCatalogue;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import eu.gdprmodule.web.admin.ConsoleText;
import eu.gdprmodule.web.admin.consent.CatalogueDraft.CategoryRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /gdpr/admin/cookies/index.xhtml}: the cookie catalogue the banner and the cookie
 * policy are written from (Art. 5(3) ePrivacy Directive: "clear and comprehensive information"
 * about what is stored in the visitor's browser). Categories, services and cookies are changed
 * one at a time in a dialog, checked there with the file's own rules, and saved together from
 * the revision the editor opened, so a concurrent save is refused with its author's name
 * instead of being overwritten. A catalogue file can be imported into the editor (checked the
 * same way) and saved. Only administrators save; the DPO reads.
 */
@Named("gdprCookieCatalogue")
@ViewScoped
public class CookieCatalogueEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "catalogue";
    static final long MAX_FILE_BYTES = 1_000_000;

    @Inject
    transient CookieCatalogueService service;

    private CatalogueDraft draft;
    private int revision;
    private Instant savedAt;
    private String savedBy;
    private boolean unsaved;
    private boolean conflict;
    private CatalogueDialog dialog;
    /** Problems of the last save or import, each with its path in the file: shown as a list. */
    private List<String> problems = List.of();
    /** Problems of the open dialog that belong to none of its fields. */
    private List<String> dialogProblems = List.of();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        StoredCatalogue stored = service.load();
        draft = CatalogueDraft.of(stored.catalogue());
        revision = stored.revision();
        savedAt = stored.savedAt();
        savedBy = stored.savedBy();
        unsaved = false;
        conflict = false;
        dialog = null;
        problems = List.of();
    }

    /** Drops the edits and shows the catalogue as saved now. */
    public void reload() {
        load();
        inform(text("cookies.reloaded"));
    }

    // ---- the dialog

    public void addCategory() {
        open(CatalogueDialog.category(draft, -1));
    }

    public void editCategory(int category) {
        open(CatalogueDialog.category(draft, category));
    }

    public void addService(int category) {
        open(CatalogueDialog.service(draft, category, -1));
    }

    public void editService(int category, int service) {
        open(CatalogueDialog.service(draft, category, service));
    }

    public void addCookie(int category, int service) {
        open(CatalogueDialog.cookie(draft, category, service, -1));
    }

    public void editCookie(int category, int service, int cookie) {
        open(CatalogueDialog.cookie(draft, category, service, cookie));
    }

    private void open(CatalogueDialog opened) {
        dialog = opened;
        dialogProblems = List.of();
    }

    /** Puts the dialog's item into the draft, or shows what the catalogue's rules refuse, next to each field. */
    public void applyDialog() {
        if (dialog == null) {
            return;
        }
        List<CatalogueProblem> refused = dialog.problems(draft);
        List<String> general = new ArrayList<>();
        for (CatalogueProblem problem : refused) {
            String field = dialog.field(problem);
            if (field == null) {
                general.add(problem.toString());
            } else {
                refuse(FORM + ":" + field, problem.message());
            }
        }
        dialogProblems = List.copyOf(general);
        if (!refused.isEmpty()) {
            // keeps the dialog open (args.validationFailed), its messages beside the fields
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        draft = dialog.applied(draft);
        unsaved = true;
        dialog = null;
    }

    public void closeDialog() {
        dialog = null;
        dialogProblems = List.of();
    }

    // ---- deletions (of the draft: nothing changes for visitors until Save)

    public void deleteCategory(int category) {
        draft = draft.category(category, null);
        unsaved = true;
    }

    public void deleteService(int category, int service) {
        draft = draft.service(category, service, null);
        unsaved = true;
    }

    public void deleteCookie(int category, int service, int cookie) {
        draft = draft.cookie(category, service, cookie, null);
        unsaved = true;
    }

    // ---- saving and importing

    public void save() {
        problems = List.of();
        try {
            StoredCatalogue saved = service.save(draft.catalogue(), revision);
            draft = CatalogueDraft.of(saved.catalogue());
            revision = saved.revision();
            savedAt = saved.savedAt();
            savedBy = saved.savedBy();
            unsaved = false;
            inform(format("cookies.saved", revision));
        } catch (InvalidCookieCatalogue invalid) {
            problems = invalid.problems().stream().map(CatalogueProblem::toString).toList();
            refuse(null, text("cookies.invalid"));
        } catch (CatalogueConflict concurrent) {
            conflict = true;
            StoredCatalogue current = concurrent.current();
            refuse(null, format("cookies.conflict", current.savedBy(), current.revision()));
        } catch (ConsoleAccessDenied denied) {
            refuse(null, denied.getMessage());
        }
    }

    /** Reads an uploaded catalogue file into the editor; it is in force once saved. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        problems = List.of();
        if (file.getSize() > MAX_FILE_BYTES) {
            refuse(null, format("cookies.import.tooLarge", file.getFileName(), MAX_FILE_BYTES / 1000));
            return;
        }
        try {
            draft = CatalogueDraft.of(CookieCatalogueFile.read(new String(file.getContent(), StandardCharsets.UTF_8)));
            unsaved = true;
            dialog = null;
            inform(format("cookies.import.loaded", file.getFileName(), draft.categories().size(), draft.serviceCount(),
                    draft.cookieCount()));
        } catch (InvalidCookieCatalogue invalid) {
            problems = invalid.problems().stream().map(CatalogueProblem::toString).toList();
            refuse(null, format("cookies.import.refused", file.getFileName(), problems.size()));
        }
    }

    // ---- for the page

    public List<CategoryRow> getCategories() {
        return draft.categories();
    }

    /** The language the catalogue's texts are shown in: the console's. */
    public String getLanguage() {
        return ConsoleText.language();
    }

    public int getRevision() {
        return revision;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public boolean isUnsaved() {
        return unsaved;
    }

    public boolean isConflict() {
        return conflict;
    }

    public CatalogueDialog getDialog() {
        return dialog;
    }

    /** Whether the dialog is open on this kind of item ({@code CATEGORY}, {@code SERVICE}, {@code COOKIE}). */
    public boolean dialogOn(String kind) {
        return dialog != null && dialog.getKind().name().equals(kind);
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<String> getDialogProblems() {
        return dialogProblems;
    }
}
