package eu.gdprmodule.policy;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.LegalBasis;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.register.RegisterDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rights section: which rights apply follows from the register's legal bases, so the page
 * neither promises a right that does not apply (portability without consent or contract) nor
 * omits one that does (objection to legitimate interests).
 */
final class RightsSection {

    /**
     * The register has no "direct marketing" flag, so a purpose or name that speaks of it is
     * taken as one: the absolute right to object (Art. 21(2) and (3)) is better stated once too
     * often than missed.
     */
    private static final Pattern MARKETING = Pattern.compile(
            "marketing|newsletter|prospection|promotion|advertis|publicit|communications?\\b|sollicitation",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RightsSection() {
    }

    /** The rights that apply, as bundle keys in the order the GDPR lists them. */
    static List<String> rights(RegisterDocument register) {
        Set<LegalBasis> bases = register.activities().stream().flatMap(a -> a.legalBases().stream())
                .map(ProcessingActivity.LegalGround::basis).collect(Collectors.toSet());
        // Art. 15 to 18 apply whatever the basis.
        List<String> rights = new ArrayList<>(List.of("access", "rectification", "erasure", "restriction"));
        if (bases.contains(LegalBasis.CONSENT) || bases.contains(LegalBasis.CONTRACT)) {
            rights.add("portability"); // Art. 20(1)(a): only for consent or contract
        }
        if (bases.contains(LegalBasis.LEGITIMATE_INTERESTS) || bases.contains(LegalBasis.PUBLIC_TASK)) {
            rights.add("objection"); // Art. 21(1): only for points (e) and (f) of Art. 6(1)
        }
        if (register.activities().stream().anyMatch(RightsSection::directMarketing)) {
            rights.add("objection-marketing");
        }
        if (bases.contains(LegalBasis.CONSENT)) {
            rights.add("withdrawal"); // Art. 7(3), to be told before consenting (Art. 13(2)(c))
        }
        if (inFrance(register.controller())) {
            rights.add("post-mortem");
        }
        return rights;
    }

    static String render(RegisterDocument register, String requestFormUrl, SectionText t) {
        ControllerIdentity c = register.controller();
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.RIGHTS));
        html.append("<p>").append(t.text("rights.intro")).append("</p>\n<ul>\n");
        for (String right : rights(register)) {
            html.append("<li><strong>").append(t.text("right." + right + ".name")).append("</strong> ")
                    .append(t.text("right." + right + ".text")).append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(t.text("rights.exercise.title")).append("</h3>\n<p>");
        String email = t.mailto(c.privacyContactEmail());
        html.append(requestFormUrl == null ? t.html("rights.exercise.email", email)
                : t.html("rights.exercise.form", t.link(requestFormUrl, t.text("rights.form")), email));
        html.append("</p>\n");
        // Art. 12(6): identity is checked only on reasonable doubt, never as a precondition.
        html.append("<p>").append(t.text("rights.identity")).append("</p>\n");
        // Art. 12(3): one month, extendable by two further months, the person being told why.
        html.append("<p>").append(t.text("rights.deadline")).append("</p>\n");
        html.append("<p>").append(t.text("rights.free")).append("</p>\n");
        return html.append(t.close()).toString();
    }

    private static boolean directMarketing(ProcessingActivity a) {
        return MARKETING.matcher(a.name()).find() || a.purposes().stream().anyMatch(p -> MARKETING.matcher(p).find());
    }

    /**
     * Post-mortem instructions are a right of French law (art. 85 Loi Informatique et Libertés),
     * owed by controllers established in France. The address says so, or, when it leaves out the
     * country as French addresses often do, the CNIL being the lead authority does.
     */
    static boolean inFrance(ControllerIdentity c) {
        String address = c.postalAddress() == null ? "" : c.postalAddress().toLowerCase(Locale.ROOT);
        if (address.matches("(?s).*\\bfrance\\b.*")) {
            return true;
        }
        var authority = c.supervisoryAuthority();
        return authority != null && ((authority.website() != null && authority.website().toLowerCase(Locale.ROOT)
                .contains("cnil.fr")) || (authority.name() != null && authority.name().contains("CNIL")));
    }
}
