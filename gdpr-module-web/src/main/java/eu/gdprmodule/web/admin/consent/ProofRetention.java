package eu.gdprmodule.web.admin.consent;

import static eu.gdprmodule.web.admin.consent.ConsoleText.format;

import eu.gdprmodule.api.RetentionRule;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A retention rule of the register in the console user's words ("5 years from collection, then
 * deleted"), with the register screens' own texts, so the consent log says the same as the
 * register about how long proofs are kept.
 */
final class ProofRetention {

    private ProofRetention() {
    }

    static String text(RetentionRule rule) {
        if (rule == null) {
            return ConsoleText.text("register.retention.none");
        }
        String start = rule.startsAt() == RetentionRule.Start.HOST_EVENT
                ? format("register.retention.from.host-event", rule.hostEvent())
                : ConsoleText.text("register.retention.from." + rule.startsAt().code());
        String end = ConsoleText.text("register.retention.then." + rule.endAction().code());
        if (rule.period().isZero() && rule.archivePeriod() != null) {
            return format("register.retention.archiveOnly", period(rule.archivePeriod()), start, end);
        }
        if (rule.archivePeriod() != null) {
            return format("register.retention.withArchive", period(rule.period()), start, period(rule.archivePeriod()), end);
        }
        return format("register.retention.plain", period(rule.period()), start, end);
    }

    /** "3 years", "13 months", "1 year and 6 months". */
    static String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(format("register.period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(format("register.period.months", period.getMonths()));
        }
        if (period.getDays() != 0) {
            parts.add(format("register.period.days", period.getDays()));
        }
        if (parts.isEmpty()) {
            return ConsoleText.text("register.period.zero");
        }
        return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1))
                + ConsoleText.text("register.period.and") + parts.get(parts.size() - 1);
    }
}
