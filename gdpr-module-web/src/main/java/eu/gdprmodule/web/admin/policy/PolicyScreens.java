package eu.gdprmodule.web.admin.policy;

import eu.gdprmodule.policy.PolicyProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * What the policy screens share: the console's texts in the page's language, the messages
 * around a store call, and the names of the parameters that open a screen.
 */
final class PolicyScreens {

    static final String INDEX = "/gdpr/admin/policies/index.xhtml";
    static final String EDITOR = "/gdpr/admin/policies/edit.xhtml";

    private PolicyScreens() {
    }

    /** The console's text for a key, in the page's language; {@code fallback} when missing. */
    static String text(String key, String fallback) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "gdprText");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    static String text(String key) {
        return text(key, key);
    }

    /** A text with parameters ({@link MessageFormat}). */
    static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    /** A policy language's name in the page's language: "English", "anglais". */
    static String languageName(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(locale());
        return name.isBlank() ? language : name;
    }

    /** A request parameter, stripped; {@code null} when absent or blank. */
    static String parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole-number request parameter, or {@code null} when absent or not a number. */
    static Integer number(String name) {
        String value = parameter(name);
        return value == null || !value.matches("[0-9]{1,9}") ? null : Integer.valueOf(value);
    }

    static void inform(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** A message kept for the page a redirect opens. */
    static void announce(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        inform(message);
    }

    static void refuse(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }

    /**
     * Each problem next to its field ({@code clientId} gives the field's client id, or
     * {@code null} for one not on screen, shown at the top of the form).
     */
    static void show(List<PolicyProblem> problems, Function<String, String> clientId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (PolicyProblem problem : problems) {
            context.addMessage(clientId.apply(problem.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), null));
        }
        context.validationFailed();
    }
}
