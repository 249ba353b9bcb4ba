package eu.gdprmodule.policy;

import static eu.gdprmodule.policy.ControllerSections.present;
import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Recipient.TransferSafeguard;
import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterRules;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * The sections about where the data goes and how it is protected: recipients and transfers
 * outside the EU/EEA (Art. 13(1)(e) and (f) GDPR), and security measures (Art. 32).
 */
final class RecipientSections {

    private RecipientSections() {
    }

    static String recipients(RegisterDocument register, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.RECIPIENTS));
        for (Recipient.Kind kind : Recipient.Kind.values()) {
            List<Recipient> ofKind = register.recipients().stream().filter(r -> r.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            html.append("<h3>").append(t.text("kind." + kind.code())).append("</h3>\n<ul>\n");
            ofKind.forEach(r -> html.append("<li>").append(recipient(r, t)).append("</li>\n"));
            html.append("</ul>\n");
        }
        // Art. 13(1)(f) asks for the controller's intention to transfer; saying there is none is
        // the answer people look for, so it is stated rather than left to be inferred.
        boolean transfers = register.recipients().stream().anyMatch(RegisterRules::outsideEea);
        html.append("<p>").append(t.text(transfers ? "transfer.some" : "transfer.none")).append("</p>\n");
        return html.append(t.close()).toString();
    }

    private static String recipient(Recipient r, SectionText t) {
        StringBuilder html = new StringBuilder("<strong>").append(escape(r.name())).append("</strong>");
        if (present(r.service())) {
            html.append(" – ").append(escape(r.service()));
        }
        if (present(r.country())) {
            html.append(" (").append(escape(country(r.country(), t.locale()))).append(")");
        }
        TransferSafeguard transfer = r.transfer();
        if (RegisterRules.outsideEea(r) && transfer != null) {
            String mechanism = t.text("transfer." + transfer.mechanism().code()) + " ("
                    + t.article(transfer.mechanism().article()) + ")";
            html.append(". ").append(t.html("transfer.safeguard", mechanism));
            if (present(transfer.reference())) {
                String ref = transfer.reference();
                html.append(" ").append(t.html("transfer.reference",
                        ref.matches("(?i)^https?://\\S+$") ? t.link(ref, ref) : escape(ref)));
            }
        }
        return html.toString();
    }

    /** The country's name in the page's language, such as "United States" or "États-Unis". */
    static String country(String code, Locale locale) {
        try {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        } catch (IllformedLocaleException e) {
            return code;
        }
    }

    static String security(RegisterDocument register, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.SECURITY));
        html.append("<p>").append(t.text("security.intro")).append("</p>\n");
        if (!register.securityMeasures().isEmpty()) {
            html.append("<ul>\n");
            register.securityMeasures().forEach(m -> html.append("<li>").append(escape(m)).append("</li>\n"));
            html.append("</ul>\n");
        }
        List<ProcessingActivity> specific = new ArrayList<>(register.activities().stream()
                .filter(a -> present(a.securityMeasures())).toList());
        if (!specific.isEmpty()) {
            html.append("<h3>").append(t.text("security.specific")).append("</h3>\n<ul>\n");
            specific.forEach(a -> html.append("<li><strong>").append(escape(a.name())).append("</strong>").append(t.text("colon"))
                    .append(escape(a.securityMeasures())).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append(t.close()).toString();
    }
}
