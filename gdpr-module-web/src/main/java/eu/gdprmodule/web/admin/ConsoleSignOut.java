package eu.gdprmodule.web.admin;

import eu.gdprmodule.config.ModuleConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the user out of the host application (the console has no session of its own) and sends
 * them to {@code gdpr.console.sign-out-url}, by default the application's home page.
 */
@Named("gdprSignOut")
@RequestScoped
public class ConsoleSignOut {

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        String target = ModuleConfig.get().getOptionalValue("gdpr.console.sign-out-url", String.class).orElse("/");
        external.redirect(target.startsWith("/") ? external.getRequestContextPath() + target : target);
    }
}
