package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** What the shop's pages tell the person in front of them, in plain words. */
@RequestScoped
public class Messages {

    @Inject
    FacesContext faces;

    /** A message shown on the current page, next to the field {@code clientId} or at the top. */
    public void error(String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A message that survives the redirect after a successful POST (Post-Redirect-Get). */
    public void afterRedirect(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
