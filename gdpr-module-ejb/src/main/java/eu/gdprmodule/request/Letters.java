package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectRight;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The letters to a person about their request, in their language (English and French shipped;
 * {@code Letters_<lang>.properties} adds one). Every letter names the request's reference and is
 * signed with the controller's name, so the person knows who writes (Art. 12(1): clear and plain).
 */
public final class Letters {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final String signature;

    Letters(String language, String controllerName) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("eu.gdprmodule.request.Letters", locale, Letters.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.signature = format("signature", controllerName);
    }

    String right(DataSubjectRight right) {
        return bundle.getString("right." + right.wire());
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * How long a link works, in words of the language: "30 minutes", "24 hours", "1 hour and 30
     * minutes". Whole minutes, rounded down, so a letter never promises more time than the link
     * has; the shortest allowed lifetime (5 minutes) would otherwise read "0 hours".
     */
    public static String linkLifetime(Duration lifetime, String language) {
        return new Letters(language, "").duration(lifetime);
    }

    String duration(Duration lifetime) {
        long hours = lifetime.toHours();
        int minutes = lifetime.toMinutesPart();
        return hours == 0 ? format("duration.minutes", minutes)
                : minutes == 0 ? format("duration.hours", hours)
                : format("duration.hours-minutes", hours, minutes);
    }

    RequestMail.Letter letter(String to, String key, String reference, Object... details) {
        Object[] args = new Object[5];
        args[0] = reference;
        for (int i = 0; i < 3; i++) {
            args[i + 1] = i < details.length ? details[i] : "";
        }
        args[4] = signature;
        return new RequestMail.Letter(to, format(key + ".subject", args), format(key + ".body", args));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
