package eu.gdprmodule.api;

import java.io.Serializable;

/**
 * Who the controller is and how to reach them: the identity every privacy notice must give
 * (Art. 13(1)(a) and (b) GDPR) and the authority a person may complain to (Art. 13(2)(d), Art. 77).
 *
 * <p>It comes from configuration ({@code gdpr.controller.*} keys, see
 * {@code docs/configuration.md}); inject it wherever the host shows it:
 *
 * <pre>
 * &#64;Inject ControllerIdentity controller;
 * ... controller.name() ... controller.privacyContactEmail() ...
 * </pre>
 *
 * @param name                 legal name of the controller, such as {@code Nexoris SAS}
 * @param postalAddress        registered postal address
 * @param privacyContactEmail  where people send privacy questions and requests
 * @param legalRepresentative  the legal representative, or {@code null}
 * @param dataProtectionOfficer the designated DPO, or {@code null} when none is designated (Art. 37)
 * @param supervisoryAuthority the lead supervisory authority
 * @since 0.1
 */
public record ControllerIdentity(String name, String postalAddress, String privacyContactEmail,
        String legalRepresentative, DataProtectionOfficer dataProtectionOfficer,
        SupervisoryAuthority supervisoryAuthority) implements Serializable {

    /** The data protection officer's contact details (Art. 37(7) GDPR). */
    public record DataProtectionOfficer(String name, String email) implements Serializable {
    }

    /** The authority a person may lodge a complaint with (Art. 77 GDPR), such as the CNIL. */
    public record SupervisoryAuthority(String name, String postalAddress, String website) implements Serializable {
    }
}
