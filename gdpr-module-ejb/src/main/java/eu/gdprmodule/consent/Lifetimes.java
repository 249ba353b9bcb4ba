package eu.gdprmodule.consent;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cookie's lifetime as the catalogue writes it ({@code session}, an ISO-8601 period such as
 * {@code P13M} or a duration such as {@code PT30M}), read, checked and said in words:
 *
 * <pre>
 * Lifetimes.words("P13M", "fr")     // "13 mois"
 * Lifetimes.words("P1Y6M", "en")    // "1 year and 6 months"
 * Lifetimes.words("session", "en")  // "Session"
 * </pre>
 *
 * <p>The CNIL's guidelines on cookies and other trackers (17 September 2020) recommend that a
 * tracker that needs consent live at most 13 months: {@link #exceedsThirteenMonths(TemporalAmount)}.
 */
public final class Lifetimes {

    /** The lifetime of a cookie deleted when the browser closes. */
    public static final String SESSION = "session";

    /**
     * Lengths in 1/4800 of a day: 400 Gregorian years are 146,097 days and 4,800 months, so an
     * average month is exactly 146,097 units and lifetimes in months and in days compare without
     * rounding.
     */
    private static final long MONTH_UNITS = 146_097;
    private static final long DAY_UNITS = 4_800;
    private static final long THIRTEEN_MONTHS = 13 * MONTH_UNITS;

    private record Unit(String one, String many) {
    }

    /** Per language: year, month, day, hour, minute, second, the word joining the last two parts, "Session". */
    private static final Map<String, List<Unit>> UNITS = Map.of(
            "en", List.of(new Unit("year", "years"), new Unit("month", "months"), new Unit("day", "days"),
                    new Unit("hour", "hours"), new Unit("minute", "minutes"), new Unit("second", "seconds")),
            "fr", List.of(new Unit("an", "ans"), new Unit("mois", "mois"), new Unit("jour", "jours"),
                    new Unit("heure", "heures"), new Unit("minute", "minutes"), new Unit("seconde", "secondes")));
    private static final Map<String, String> AND = Map.of("en", " and ", "fr", " et ");
    private static final Map<String, String> SESSION_WORD = Map.of("en", "Session", "fr", "Session");

    private Lifetimes() {
    }

    /**
     * Reads a lifetime: {@code null} for {@code session}, else a {@link Period} (years, months,
     * weeks, days: {@code P13M}, {@code P1Y}, {@code P30D}) or a {@link Duration} (hours, minutes,
     * seconds: {@code PT30M}), more than zero.
     *
     * @throws IllegalArgumentException with a message an author can act on
     */
    public static TemporalAmount parse(String lifetime) {
        String text = lifetime == null ? "" : lifetime.strip();
        if (text.equals(SESSION)) {
            return null;
        }
        TemporalAmount amount;
        try {
            amount = text.contains("T") ? Duration.parse(text) : Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the lifetime as session (deleted when the browser closes) or as "
                    + "ISO-8601, such as P13M (13 months), P1Y (1 year), P30D (30 days) or PT30M (30 minutes); found '"
                    + lifetime + "'.", e);
        }
        if (amount instanceof Period p ? p.isNegative() || p.isZero() : ((Duration) amount).isNegative()
                || ((Duration) amount).isZero()) {
            throw new IllegalArgumentException("A lifetime must be more than zero (found '" + lifetime
                    + "'); a cookie deleted when the browser closes has the lifetime session.");
        }
        return amount;
    }

    /** Whether the text is a lifetime {@link #parse(String)} accepts. */
    public static boolean isValid(String lifetime) {
        try {
            parse(lifetime);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a lifetime is longer than 13 months, months counted at their average length
     * (P13M, P1Y1M and P395D are not; P14M and P396D are). {@code null} (session) is not.
     */
    public static boolean exceedsThirteenMonths(TemporalAmount lifetime) {
        if (lifetime instanceof Period p) {
            return p.toTotalMonths() * MONTH_UNITS + p.getDays() * DAY_UNITS > THIRTEEN_MONTHS;
        }
        if (lifetime instanceof Duration d) {
            // one second is 4800 / 86400 = 1/18 unit
            return d.getSeconds() > THIRTEEN_MONTHS * 18 || (d.getSeconds() == THIRTEEN_MONTHS * 18 && d.getNano() > 0);
        }
        return false;
    }

    /**
     * The lifetime in words in this language (English and French; others get English):
     * "Session", "13 months" / "13 mois", "1 year and 6 months" / "1 an et 6 mois",
     * "30 minutes". A lifetime that does not read is returned as it is written.
     */
    public static String words(String lifetime, String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (!UNITS.containsKey(lang)) {
            lang = "en";
        }
        TemporalAmount amount;
        try {
            amount = parse(lifetime);
        } catch (IllegalArgumentException e) {
            return lifetime == null ? "" : lifetime.strip();
        }
        if (amount == null) {
            return SESSION_WORD.get(lang);
        }
        long[] amounts;
        if (amount instanceof Period p) {
            amounts = new long[] {p.getYears(), p.getMonths(), p.getDays(), 0, 0, 0};
        } else {
            Duration d = (Duration) amount;
            amounts = new long[] {0, 0, d.toDaysPart(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()};
        }
        List<Unit> units = UNITS.get(lang);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != 0) {
                parts.add(amounts[i] + " " + (plural(amounts[i], lang) ? units.get(i).many() : units.get(i).one()));
            }
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? lifetime.strip() : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + AND.get(lang) + parts.get(parts.size() - 1);
    }

    /** The lifetime in words in the locale's language. */
    public static String words(String lifetime, Locale locale) {
        return words(lifetime, locale == null ? "en" : locale.getLanguage());
    }

    /** English: plural from 2 (and for 0); French: singular for 0 and 1. */
    private static boolean plural(long amount, String language) {
        return language.equals("fr") ? Math.abs(amount) >= 2 : Math.abs(amount) != 1;
    }
}
