package eu.gdprmodule.examples.shop.privacy;

import eu.gdprmodule.api.PolicyPublished;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.infrastructure.ShopConfig;
import eu.gdprmodule.examples.shop.infrastructure.ShopMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Tells every customer by e-mail when the GDPR module publishes a material change to one of the
 * shop's policies: both of the shop's privacy policies promise "in the event of a material change,
 * we will inform you by any appropriate means", and Art. 13(3) GDPR asks a controller to inform
 * people before it processes their data for a new purpose.
 *
 * <p>How it works: the module fires {@link PolicyPublished} once a version is committed, in the
 * publisher's thread. This observer only decides and composes, then hands the mailing to
 * {@link PolicyNoticeMailing#mailCustomers}, an {@code @Asynchronous} EJB method, so the
 * publisher's request never waits for the mail server. Nothing goes out when:
 * <ul>
 * <li>the change is not material (a typo, a new layout: the publisher decides);</li>
 * <li>the version is in another language than {@value #LANGUAGE} (default {@code en}): the shop
 * keeps no language per customer, so it mails in the one its customers read, and a translation
 * published later does not mail everybody a second time.</li>
 * </ul>
 * Every customer account receives the notice, newsletter subscriber or not: it is information the
 * shop owes them (Art. 12 and 13), not marketing. The letter carries the publisher's summary, the
 * "last updated" date of the public page and an absolute link to it, built from
 * {@value #PUBLIC_URL} (default {@value #DEFAULT_PUBLIC_URL}, the address customers use, context
 * root included) and the event's path. Where the letters go is {@link ShopMail}'s business
 * ({@code shop.mail.*}; without {@code shop.mail.host} they are only logged).
 *
 * <p>What it does not do: no retry and no record of who was told. A refused recipient is logged
 * (by customer reference, not address) and the others still get theirs; an unreachable mail server
 * stops the mailing, logged at SEVERE with how many were not told, for the operator to act on.
 * A failure here never reaches the publisher: the version is published whatever the mail does.
 */
@ApplicationScoped
public class PolicyNotices {

    /** The address customers reach the shop at, without a trailing slash: links are this plus the page's path. */
    public static final String PUBLIC_URL = "shop.public-url";
    /** The language (ISO 639-1) of the shop's customers: only versions in it are mailed. */
    public static final String LANGUAGE = "shop.mail.language";
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    static final String DEFAULT_LANGUAGE = "en";

    private static final Logger LOG = Logger.getLogger(PolicyNotices.class.getName());

    @Inject
    PolicyNoticeMailing mailing;

    void published(@Observes PolicyPublished published) {
        try {
            if (!published.material()) {
                LOG.fine(() -> describe(published) + " is not a material change: customers are not mailed");
                return;
            }
            Config config = ShopConfig.get();
            String language = config.getOptionalValue(LANGUAGE, String.class).orElse(DEFAULT_LANGUAGE).strip();
            if (!sameLanguage(published.language(), language)) {
                LOG.info(() -> describe(published) + " is not mailed: the shop's customers read " + language
                        + " (" + LANGUAGE + ")");
                return;
            }
            String publicUrl = config.getOptionalValue(PUBLIC_URL, String.class).orElse(DEFAULT_PUBLIC_URL);
            mailing.mailCustomers(describe(published), letter(published, publicUrl));
        } catch (RuntimeException e) {
            // The version is committed already: the publisher must not see an error for it.
            LOG.log(Level.SEVERE, "Customers are not told of " + describe(published), e);
        }
    }

    /** The notice, in the version's language (English unless French). */
    static ShopMail.Letter letter(PolicyPublished published, String publicUrl) {
        Locale locale = published.locale();
        boolean french = locale.getLanguage().equals("fr");
        String title = published.title() == null || published.title().isBlank() ? published.slug() : published.title();
        String updated = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(published.publishedAt().atZone(ShopClock.ZONE));
        String link = link(publicUrl, published.path());
        String summary = published.summary() == null ? "" : published.summary().strip();
        StringBuilder body = new StringBuilder();
        if (french) {
            body.append("Bonjour,\n\nNous avons modifié notre document « ").append(title).append(" ». ")
                    .append("Ce changement touche à la façon dont nous traitons vos données personnelles : ")
                    .append("comme nous nous y sommes engagés, nous vous en informons directement.\n\n");
            appendSummary(body, "Ce qui change :", summary);
            body.append("Dernière mise à jour : ").append(updated).append('\n')
                    .append("Le texte complet : ").append(link).append("\n\n")
                    .append("Vous recevez ce message parce que vous avez un compte client chez nous. ")
                    .append("Ce n'est pas de la publicité : vous le recevez même sans être abonné(e) à notre lettre d'information.\n");
            return new ShopMail.Letter("Mise à jour importante : " + title, body.toString());
        }
        body.append("Hello,\n\nWe have changed our ").append(title).append(". ")
                .append("The change concerns how we handle your personal data, so, as we promised, ")
                .append("we are telling you directly.\n\n");
        appendSummary(body, "What changes:", summary);
        body.append("Last updated: ").append(updated).append('\n')
                .append("Read it in full: ").append(link).append("\n\n")
                .append("You receive this message because you have a customer account with us. ")
                .append("It is not marketing: you receive it whether or not you subscribe to our newsletter.\n");
        return new ShopMail.Letter("Important update to our " + title, body.toString());
    }

    /** The public page: the shop's address and the page's path, with exactly one slash between. */
    static String link(String publicUrl, String path) {
        String base = publicUrl.strip().replaceAll("/+$", "");
        String page = path == null ? "" : path.strip();
        return page.isEmpty() ? base : base + (page.startsWith("/") ? page : "/" + page);
    }

    static boolean sameLanguage(String versionLanguage, String customersLanguage) {
        return Locale.forLanguageTag(versionLanguage).getLanguage()
                .equals(Locale.forLanguageTag(customersLanguage).getLanguage());
    }

    private static void appendSummary(StringBuilder body, String heading, String summary) {
        if (!summary.isEmpty()) {
            body.append(heading).append('\n').append(summary).append("\n\n");
        }
    }

    private static String describe(PolicyPublished published) {
        return "policy " + published.slug() + " version " + published.version() + " (" + published.language() + ")";
    }
}
