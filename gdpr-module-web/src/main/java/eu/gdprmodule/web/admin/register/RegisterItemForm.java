package eu.gdprmodule.web.admin.register;

import static eu.gdprmodule.web.admin.register.RegisterTables.blank;
import static eu.gdprmodule.web.admin.register.RegisterTables.format;

import eu.gdprmodule.register.InvalidRegister;
import eu.gdprmodule.register.RegisterConflict;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterProblem;
import eu.gdprmodule.register.UnknownRegisterItem;
import eu.gdprmodule.web.admin.ConsoleAccessDenied;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the activity and recipient forms share: which stored version the editor started from (a
 * save names it, so a concurrent change is refused rather than overwritten), how a store call's
 * refusals are shown, and the messages around a creation, a change and a deletion.
 */
public abstract class RegisterItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String INDEX = "/gdpr/admin/register/index.xhtml";

    @Inject
    transient RegisterService service;

    boolean creating;
    boolean missing;
    boolean conflict;
    int version;
    Instant changedAt;
    String changedBy;
    String storedName;
    String key;
    String name;

    @PostConstruct
    void init() {
        load(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("key"));
    }

    /** Shows the stored item with this key ({@code null}: a new, empty one). */
    abstract void load(String requested);

    /** Drops the edits and shows the item as stored now. */
    public void reload() {
        load(creating ? null : key);
    }

    /** Remembers the stored item the form shows ({@code null}: a new one), with its version. */
    void remember(RegisterItem<?> item, String name) {
        version = item == null ? 0 : item.version();
        changedAt = item == null ? null : item.changedAt();
        changedBy = item == null ? null : item.changedBy();
        storedName = item == null ? null : name;
    }

    /** The form field a problem path names, or {@code null} for a message at the top of the form. */
    abstract String clientId(String path);

    /**
     * Runs a call to the register and shows what the store refused: each field problem next to
     * its field ({@code problemsAtTop}: all at the top, for a refusal about the item as a whole),
     * a concurrent change with an offer to reload, an item deleted meanwhile or a forbidden change.
     *
     * @return the call's outcome (a page to go to), or {@code null} to stay on the page
     */
    String attempt(Supplier<String> call, UnaryOperator<RegisterProblem> inForm, boolean problemsAtTop) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            return call.get();
        } catch (InvalidRegister invalid) {
            if (problemsAtTop) {
                invalid.problems().forEach(p -> context.addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null)));
                context.validationFailed();
            } else {
                show(invalid.problems().stream().map(inForm).toList());
            }
        } catch (RegisterConflict concurrent) {
            conflict = true;
            refuse(concurrent.getMessage());
        } catch (UnknownRegisterItem | ConsoleAccessDenied refused) {
            refuse(refused.getMessage());
        }
        return null;
    }

    /** Each problem next to its field; those without a field on screen at the top of the form. */
    void show(List<RegisterProblem> problems) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (RegisterProblem problem : problems) {
            context.addMessage(clientId(problem.path()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        context.validationFailed();
    }

    /** A message for the next page (after a redirect), such as "Activity X created". */
    static void announce(String bundleKey, String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        inform(format(bundleKey, name));
    }

    static void inform(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void refuse(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    static String optional(String text) {
        return blank(text) ? null : text.strip();
    }

    static String required(String text) {
        return text == null ? "" : text.strip();
    }

    public String getKey() {
        return key;
    }

    /** A key is chosen when the item is created; host code and facts refer to it afterwards. */
    public void setKey(String key) {
        if (creating) {
            this.key = key;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isConflict() {
        return conflict;
    }

    public int getVersion() {
        return version;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
