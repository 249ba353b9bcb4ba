package eu.gdprmodule.web.admin.host;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Backs {@code /gdpr/admin/requests/subject.xhtml?email=}: one person looked up by e-mail address,
 * to review what the host holds about them (the host's {@code DataSubjectPanels}) before a request
 * is even filed, or from a request's page. A plain GET, so the address can be bookmarked and
 * shared among staff; anything that is not an address is answered on the page, never with an error.
 */
@Named("gdprSubjectLookup")
@RequestScoped
public class SubjectLookup {

    /** Loose on purpose (any letters, as addresses may have them): it only refuses what cannot be an address. */
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@[\\p{L}\\p{N}.-]{1,190}");

    private String email;
    private boolean invalid;

    @PostConstruct
    void init() {
        String given = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("email");
        if (given == null || given.isBlank()) {
            return;
        }
        given = given.strip();
        if (given.length() > 254 || !EMAIL.matcher(given).matches()) {
            invalid = true;
            email = given.length() > 254 ? given.substring(0, 254) : given;
            return;
        }
        email = given.toLowerCase(Locale.ROOT);
    }

    /** The address as typed (to refill the field), or {@code null}. */
    public String getEmail() {
        return email;
    }

    /** Whether an address was asked for and can be looked up. */
    public boolean isLookedUp() {
        return email != null && !invalid;
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** The lookup page's address for a person, for links from other pages (the request page). */
    public String link(String address) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/gdpr/admin/requests/subject.xhtml?email=" + URLEncoder.encode(address == null ? "" : address, StandardCharsets.UTF_8);
    }
}
