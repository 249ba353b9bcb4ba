package eu.gdprmodule.policy;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ControllerIdentity.SupervisoryAuthority;

/**
 * The sections about who answers for the data: the controller (Art. 13(1)(a) and (b) GDPR) and
 * the authority a person may complain to (Art. 13(2)(d), Art. 77).
 */
final class ControllerSections {

    private ControllerSections() {
    }

    static String controller(ControllerIdentity c, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.CONTROLLER));
        html.append("<p>").append(t.text("controller.intro")).append("</p>\n");
        html.append("<address><strong>").append(escape(c.name())).append("</strong>");
        if (present(c.postalAddress())) {
            html.append("<br>").append(escape(c.postalAddress()));
        }
        html.append("</address>\n<ul>\n");
        if (present(c.legalRepresentative())) {
            html.append("<li>").append(t.html("controller.representative", escape(c.legalRepresentative())))
                    .append("</li>\n");
        }
        if (present(c.privacyContactEmail())) {
            html.append("<li>").append(t.html("controller.contact", t.mailto(c.privacyContactEmail()))).append("</li>\n");
        }
        ControllerIdentity.DataProtectionOfficer dpo = c.dataProtectionOfficer();
        if (dpo != null) {
            // Art. 13(1)(b): the DPO's contact details, not necessarily their name.
            String who = present(dpo.name()) ? escape(dpo.name()) : t.text("controller.dpo.unnamed");
            String contact = present(dpo.email()) ? " (" + t.mailto(dpo.email()) + ")" : "";
            html.append("<li>").append(t.html("controller.dpo", who + contact)).append("</li>\n");
        }
        html.append("</ul>\n");
        return html.append(t.close()).toString();
    }

    static String complaint(ControllerIdentity c, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.COMPLAINT));
        html.append("<p>").append(t.text("complaint.right")).append("</p>\n");
        SupervisoryAuthority authority = c.supervisoryAuthority();
        if (authority != null && present(authority.name())) {
            html.append("<p>").append(t.text("complaint.authority")).append("</p>\n");
            html.append("<address><strong>").append(escape(authority.name())).append("</strong>");
            if (present(authority.postalAddress())) {
                html.append("<br>").append(escape(authority.postalAddress()));
            }
            if (present(authority.website())) {
                // checked again here: an address stored before the rule, or by hand, stays text
                String url = eu.gdprmodule.config.WebAddress.followable(authority.website());
                html.append("<br>").append(url == null ? escape(authority.website()) : t.link(url, authority.website()));
            }
            html.append("</address>\n");
        }
        html.append("<p>").append(t.html("complaint.first", t.mailto(c.privacyContactEmail()))).append("</p>\n");
        return html.append(t.close()).toString();
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
