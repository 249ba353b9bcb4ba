package eu.gdprmodule.examples.shop.security;

import eu.gdprmodule.examples.shop.infrastructure.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signs out: the authentication and the whole session go, then the home page. */
@Named
@RequestScoped
public class Logout {

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    public String submit() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        messages.afterRedirect("You are signed out.");
        return "/index?faces-redirect=true";
    }
}
