package eu.gdprmodule.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's texts ({@code gdprText}) in the page's language, and the messages its screens show. */
public final class ConsoleText {

    private ConsoleText() {
    }

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "gdprText");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    /** The page's language, for texts of the catalogue (which falls back to English). */
    public static String language() {
        return locale().getLanguage();
    }

    public static void inform(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** A refusal: for the form ({@code clientId} null) or next to one field; the request counts as failed. */
    public static void refuse(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        context.validationFailed();
    }
}
