package eu.gdprmodule.web.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The console's language: French or English, first from the browser's preferences, then as the
 * user switches it (kept for the session).
 */
@Named("gdprLanguage")
@SessionScoped
public class ConsoleLanguage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> SUPPORTED = List.of("en", "fr");

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Object request = context.getExternalContext().getRequest();
            if (request instanceof jakarta.servlet.http.HttpServletRequest http) {
                for (Locale preferred : Collections.list(http.getLocales())) {
                    if (SUPPORTED.contains(preferred.getLanguage())) {
                        return Locale.forLanguageTag(preferred.getLanguage());
                    }
                }
            }
        }
        return Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and reloads the page (a GET, so the back button keeps working). */
    public void use(String language) throws IOException {
        if (SUPPORTED.contains(language)) {
            chosen = Locale.forLanguageTag(language);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String view = context.getViewRoot().getViewId();
        // with the page's view parameters (which policy, which language), so the same page reloads
        context.getExternalContext().redirect(context.getApplication().getViewHandler()
                .getRedirectURL(context, view, java.util.Map.of(), true));
    }
}
