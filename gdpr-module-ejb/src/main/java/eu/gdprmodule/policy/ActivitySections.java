package eu.gdprmodule.policy;

import static eu.gdprmodule.policy.ControllerSections.present;
import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.ProcessingActivity.LegalGround;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterDocument;
import java.util.List;
import java.util.Locale;

/**
 * The sections written per processing activity: what is collected, why and on which basis
 * (Art. 13(1)(c) GDPR), and how long it is kept (Art. 13(2)(a)).
 */
final class ActivitySections {

    private ActivitySections() {
    }

    static String dataCollected(RegisterDocument register, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.DATA_COLLECTED));
        for (ProcessingActivity a : register.activities()) {
            html.append("<h3>").append(escape(a.name())).append("</h3>\n<ul>\n");
            html.append(t.item("data.collected", data(a, t)));
            html.append(t.item(a.purposes().size() == 1 ? "data.purpose" : "data.purposes", purposes(a.purposes())));
            html.append(t.item(a.legalBases().size() == 1 ? "data.basis" : "data.bases", bases(a.legalBases(), t)));
            if (present(a.source())) {
                // Art. 14(2)(f): data not obtained from the person says where it comes from.
                html.append(t.item("data.source", escape(a.source())));
            }
            html.append("</ul>\n");
        }
        return html.append(t.close()).toString();
    }

    /** The activity's own wording when it has one: it is what the controller published. */
    private static String data(ProcessingActivity a, SectionText t) {
        if (present(a.personalData())) {
            return escape(a.personalData());
        }
        return t.join(a.dataCategories().stream().map(c -> t.text("category." + c.code())).toList()) + ".";
    }

    private static String purposes(List<String> purposes) {
        if (purposes.size() == 1) {
            return escape(purposes.get(0));
        }
        StringBuilder html = new StringBuilder("\n<ul>\n");
        purposes.forEach(p -> html.append("<li>").append(escape(p)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    private static String bases(List<LegalGround> grounds, SectionText t) {
        if (grounds.size() == 1) {
            return basis(grounds.get(0), t);
        }
        StringBuilder html = new StringBuilder("\n<ul>\n");
        grounds.forEach(g -> html.append("<li>").append(basis(g, t)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    /**
     * "Performance of a contract (Article 6(1)(b) GDPR)", then the register's justification,
     * unless the justification already opens with those very words, as published policies often do.
     */
    private static String basis(LegalGround ground, SectionText t) {
        String label = t.text("basis." + ground.basis().code()) + " (" + t.article(ground.basis().article()) + ")";
        if (!present(ground.justification())) {
            return label + ".";
        }
        String justification = escape(ground.justification().strip());
        return justification.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT)) ? justification
                : label + t.text("data.justification") + justification;
    }

    static String retention(RegisterDocument register, SectionText t) {
        StringBuilder html = new StringBuilder(t.open(GeneratedSection.RETENTION));
        html.append("<ul>\n");
        for (ProcessingActivity a : register.activities()) {
            html.append("<li><strong>").append(escape(a.name())).append("</strong>").append(t.text("colon"));
            RetentionRule rule = a.retention();
            if (rule == null) {
                html.append(t.text("retention.none"));
            } else {
                html.append(rule(rule, t));
                if (present(rule.description())) {
                    html.append(" ").append(escape(rule.description()));
                }
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
        return html.append(t.close()).toString();
    }

    /**
     * The rule in words: active period from its start, the intermediate archive the CNIL
     * describes, then deletion or irreversible anonymisation (Art. 5(1)(e), Recital 26).
     */
    static String rule(RetentionRule rule, SectionText t) {
        String start = rule.startsAt() == RetentionRule.Start.HOST_EVENT
                ? t.html("start.host-event", escape(rule.hostEvent()))
                : t.text("start." + rule.startsAt().code());
        StringBuilder html = new StringBuilder(rule.period().isZero() ? t.html("retention.until", start)
                : t.html("retention.kept", t.period(rule.period()), start));
        if (rule.archivePeriod() != null && !rule.archivePeriod().isZero()) {
            html.append(t.html("retention.archive", t.period(rule.archivePeriod())));
        }
        html.append(t.text(rule.endAction() == RetentionRule.EndAction.DELETE ? "retention.delete" : "retention.anonymise"));
        return html.toString();
    }
}
