package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Fired after a policy version was published and committed, so a host can tell its users. The
 * GDPR requires the information to stay "concise, transparent, intelligible" (Art. 12(1)) and
 * the controller to inform people before it uses their data for a new purpose (Art. 13(3));
 * the Fixery seed promises to announce a material change "by any appropriate means". Observe it with a plain observer;
 * it runs in the publisher's thread after the commit, so hand long work (mailing every customer)
 * to an {@code @Asynchronous} method or a managed executor:
 *
 * <pre>
 * void published(&#64;Observes PolicyPublished published) {
 *     if (published.material() &amp;&amp; published.slug().equals("privacy")) {
 *         notices.mailCustomers(published);   // an &#64;Asynchronous EJB method
 *     }
 * }
 * </pre>
 *
 * @param slug        the policy, such as {@code privacy} or {@code cookies}
 * @param version     the number of the new version, counted per policy and language from 1
 * @param language    the version's language (ISO 639-1 code, such as {@code fr})
 * @param title       the policy's title in that language
 * @param summary     the publisher's summary of what changed
 * @param material    whether the publisher marked the change as material (people must be told)
 * @param publishedAt when it was published: the "last updated" date the public page shows
 * @param path        where the version in force is shown, relative to the application's context
 *                    root, such as {@code /gdpr/policies/privacy}
 * @since 0.1
 */
public record PolicyPublished(String slug, int version, String language, String title, String summary,
        boolean material, Instant publishedAt, String path) implements Serializable {

    public PolicyPublished {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** The version's language as a locale. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
