package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import eu.gdprmodule.consent.Lifetimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The banner and preference centre as HTML that works without JavaScript: every button submits a
 * plain form to {@code /gdpr/consent}, which records the choice and sends the visitor back.
 * {@code consent.js} enhances the same markup (choice saved without reloading, dialogs in
 * place). The three first-layer buttons share one class, so refusing looks exactly as easy as
 * accepting (CNIL guidelines of 17 September 2020, § 31); no box is ticked for a visitor who has
 * not chosen (Planet49, CJEU C-673/17).
 */
public final class BannerMarkup {

    private static final String STATE = BannerTemplate.STATE;
    private static final String RETURN = BannerTemplate.RETURN;

    /**
     * What a template depends on besides the catalogue and the settings.
     *
     * @param page what a page embeds (no preference centre), else the whole container
     */
    private record TemplateKey(String context, String language, int policyVersion, String textHash, boolean gpc,
            boolean decided, boolean reconsent, boolean page) {
    }

    /** The catalogue and settings the templates were built from, by identity. */
    private record Source(Object catalogue, Object settings) {
    }

    private static volatile Source templatesFor;
    private static final Map<TemplateKey, BannerTemplate> TEMPLATES = new ConcurrentHashMap<>();

    private final String context;
    private final VisitorState state;
    private final String returnPath;
    private final ResourceBundle t;
    /** Whether the preference centre's boxes show this visitor's choice (the no-JavaScript page). */
    private final boolean personal;

    /**
     * @param context    the application's context path
     * @param state      the visitor's state
     * @param returnPath where to send the visitor back after a form submission (site-relative)
     */
    public BannerMarkup(String context, VisitorState state, String returnPath) {
        this(context, state, returnPath, true);
    }

    private BannerMarkup(String context, VisitorState state, String returnPath, boolean personal) {
        this.context = context;
        this.state = state;
        this.returnPath = returnPath;
        this.t = ConsentLanguage.texts(state.language());
        this.personal = personal;
    }

    /**
     * The container with the banner (hidden once decided) and the hidden preference centre (its
     * boxes are set from {@code data-state} by the script when it opens): what
     * {@code GET /gdpr/api/consents/current} gives the script.
     */
    public String container() {
        StringBuilder out = new StringBuilder(10240);
        try {
            write(out, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * What {@code <gdpr:consent/>} writes in a page: the container with the visitor's state (the
     * script applies it: Consent Mode, blocked scripts, refused cookies) and, for a visitor who has
     * yet to choose, the banner. Not the preference centre, three quarters of the markup: few
     * visitors open it, so the script fetches the {@link #container()} when one does ("Customise",
     * "Cookie settings"); without JavaScript both are links to the preference page.
     */
    public void writePage(Writer out) throws IOException {
        write(out, true);
    }

    /**
     * Every page view of the site renders the container, so its markup is built once per
     * language, catalogue and kind of visitor, and only the visitor's state (unless they have yet
     * to choose: then it is the same for all) and the page to return to are filled in per view.
     */
    private void write(Appendable out, boolean page) throws IOException {
        Source source = new Source(state.catalogue(), eu.gdprmodule.consent.ConsentSettings.current());
        Source was = templatesFor;
        if (was == null || was.catalogue() != source.catalogue() || was.settings() != source.settings()) {
            TEMPLATES.clear(); // a catalogue read again (another server may have changed it), or other settings
            templatesFor = source;
        }
        boolean decided = state.status().decided();
        TemplateKey key = new TemplateKey(context, state.language(), state.policyVersion(), state.textHash(), state.gpc(), decided,
                state.status().reconsent(), page);
        BannerTemplate template = TEMPLATES.computeIfAbsent(key,
                k -> new BannerTemplate(new BannerMarkup(context, state, RETURN, false).render(page)));
        template.write(out, decided ? state.attributeJson() : null, returnPath);
    }

    private String render(boolean page) {
        StringBuilder out = new StringBuilder(8192);
        // an undecided visitor's state is the same for every one of them: written into the template
        String json = state.status().decided() ? STATE : state.attributeJson();
        out.append("<div id=\"gdpr-consent\" class=\"gdpr-consent\" lang=\"").append(escape(state.language()))
                .append("\" data-api=\"").append(escape(context)).append("/gdpr/api/consents\" data-state='")
                .append(json).append("'>");
        if (!page) {
            // the container a plain page's script inserts brings its stylesheet: one script tag is
            // all such a page needs. A Faces page has it in <head> already; the cached copy serves.
            out.append("<link rel=\"stylesheet\" href=\"").append(escape(context)).append("/gdpr/consent.css\">");
            banner(out, state.status().decided());
            preferences(out, true);
        } else if (!state.status().decided()) {
            banner(out, false);
        }
        return out.append("</div>").toString();
    }

    /** The preference centre on its own, shown: the page {@code /gdpr/consent/preferences} for visitors without JavaScript. */
    public String preferencesPage() {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div id=\"gdpr-consent\" class=\"gdpr-consent gdpr-page\" lang=\"").append(escape(state.language())).append("\">");
        preferences(out, false);
        return out.append("</div>").toString();
    }

    private void banner(StringBuilder out, boolean hidden) {
        out.append("<section id=\"gdpr-banner\" class=\"gdpr-banner\" role=\"dialog\" aria-modal=\"true\" "
                + "aria-labelledby=\"gdpr-banner-title\" aria-describedby=\"gdpr-banner-text\"").append(hidden ? " hidden>" : ">");
        form(out);
        out.append("<div class=\"gdpr-head\"><h2 id=\"gdpr-banner-title\" tabindex=\"-1\">").append(text("banner.title")).append("</h2>");
        close(out, "banner.close");
        out.append("</div><div id=\"gdpr-banner-text\">");
        if (state.status().reconsent()) {
            out.append("<p class=\"gdpr-reconsent\">").append(text("banner.reconsent")).append("</p>");
        }
        out.append("<p>").append(text("banner.text")).append("</p><p><a href=\"").append(escape(context))
                .append("/gdpr/policies/cookies?lang=").append(escape(state.language())).append("\">")
                .append(text("banner.policy")).append("</a></p></div><div class=\"gdpr-actions\">");
        button(out, "accept-all", "banner.acceptAll");
        button(out, "reject-all", "banner.rejectAll");
        out.append("<a class=\"gdpr-button\" role=\"button\" data-gdpr-customise href=\"").append(escape(preferencesUrl()))
                .append("\">").append(text("banner.customise")).append("</a></div></form></section>");
    }

    private void preferences(StringBuilder out, boolean hidden) {
        out.append("<section id=\"gdpr-preferences\" class=\"gdpr-preferences\" role=\"dialog\" aria-modal=\"true\" "
                + "aria-labelledby=\"gdpr-preferences-title\"").append(hidden ? " hidden>" : ">");
        form(out);
        out.append("<div class=\"gdpr-head\"><h2 id=\"gdpr-preferences-title\" tabindex=\"-1\">").append(text("preferences.title")).append("</h2>");
        if (hidden) {
            close(out, "preferences.close");
        }
        out.append("</div><p>").append(text("preferences.intro")).append("</p>");
        if (state.gpc() && state.catalogue().optional().stream().anyMatch(state::gpcLocked)) {
            out.append("<p class=\"gdpr-gpc\">").append(text("preferences.gpc")).append("</p>");
        }
        out.append("<div class=\"gdpr-categories\">");
        for (Category category : state.catalogue().categories()) {
            category(out, category);
        }
        out.append("</div><div class=\"gdpr-actions\">");
        button(out, "accept-all", "banner.acceptAll");
        button(out, "reject-all", "banner.rejectAll");
        button(out, "custom", "preferences.save");
        out.append("</div></form></section>");
    }

    private void category(StringBuilder out, Category category) {
        String lang = state.language();
        boolean locked = state.gpcLocked(category);
        out.append("<fieldset class=\"gdpr-category\" data-category=\"").append(escape(category.key())).append("\"><legend>")
                .append(escape(category.name().in(lang))).append("</legend><p>").append(escape(category.description().in(lang)))
                .append("</p><label class=\"gdpr-toggle\"><input type=\"checkbox\" name=\"category\" value=\"")
                .append(escape(category.key())).append('"');
        checked(out, category.essential(), category.essential() || personal && !locked && state.status().decided()
                && state.granted(category.key()), locked);
        out.append("> ").append(text(category.essential() ? "preferences.alwaysOn" : "preferences.allow")).append("</label>");
        if (!category.services().isEmpty()) {
            out.append("<details><summary>").append(escape(MessageFormat.format(t.getString("preferences.servicesAndCookies"),
                    category.services().size()))).append("</summary>");
            for (Service service : category.services()) {
                service(out, category, service, locked);
            }
            out.append("</details>");
        }
        out.append("</fieldset>");
    }

    private void service(StringBuilder out, Category category, Service service, boolean locked) {
        String lang = state.language();
        out.append("<div class=\"gdpr-service\" data-service=\"").append(escape(service.key()))
                .append("\"><label class=\"gdpr-toggle\"><input type=\"checkbox\" name=\"service\" value=\"")
                .append(escape(service.key())).append("\" data-category=\"").append(escape(category.key())).append('"');
        checked(out, category.essential(), category.essential() || personal && !locked && state.status().decided()
                && state.grantedService(service.key()), locked);
        out.append("> ").append(escape(service.name())).append(" — ")
                .append(escape(MessageFormat.format(t.getString("preferences.provider"), service.provider()))).append("</label><p>")
                .append(escape(service.purpose().in(lang)));
        if (eu.gdprmodule.config.WebAddress.isHttp(service.privacyUrl())) { // checked at save, and again here
            out.append(" <a href=\"").append(escape(service.privacyUrl())).append("\" rel=\"noopener noreferrer\">")
                    .append(escape(MessageFormat.format(t.getString("preferences.providerPolicy"), service.provider()))).append("</a>");
        }
        out.append("</p>");
        if (!service.cookies().isEmpty()) {
            out.append("<table class=\"gdpr-cookies\"><thead><tr><th scope=\"col\">").append(text("preferences.cookie"))
                    .append("</th><th scope=\"col\">").append(text("preferences.purpose")).append("</th><th scope=\"col\">")
                    .append(text("preferences.lifetime")).append("</th></tr></thead><tbody>");
            for (Cookie cookie : service.cookies()) {
                out.append("<tr><td><code>").append(escape(cookie.name())).append("</code></td><td>")
                        .append(escape(cookie.purpose().in(lang))).append("</td><td>")
                        .append(escape(Lifetimes.words(cookie.lifetime(), lang))).append("</td></tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("</div>");
    }

    private static void checked(StringBuilder out, boolean essential, boolean checked, boolean locked) {
        if (checked) {
            out.append(" checked");
        }
        if (essential || locked) {
            out.append(" disabled");
        }
        if (locked) {
            out.append(" class=\"gdpr-gpc-locked\"");
        }
    }

    /** The embed placeholder's "allow" form, and the banner's and centre's forms. */
    void form(StringBuilder out) {
        out.append("<form method=\"post\" action=\"").append(escape(context)).append("/gdpr/consent\">");
        hidden(out, "return", returnPath);
        hidden(out, "text", state.textHash());
        hidden(out, "language", state.language());
    }

    /**
     * The close glyph as an entity: one character outside ASCII in the markup sends the rest of the
     * page's banner through the response encoder's slow loop (seen in bench/page-overhead).
     */
    private void close(StringBuilder out, String label) {
        out.append("<button type=\"submit\" name=\"action\" value=\"close\" class=\"gdpr-close\" aria-label=\"")
                .append(text(label)).append("\">&times;</button>");
    }

    private void button(StringBuilder out, String action, String label) {
        out.append("<button type=\"submit\" name=\"action\" value=\"").append(action).append("\" class=\"gdpr-button\">")
                .append(text(label)).append("</button>");
    }

    private static void hidden(StringBuilder out, String name, String value) {
        out.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">");
    }

    String preferencesUrl() {
        return context + "/gdpr/consent/preferences?return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8)
                + "&lang=" + state.language();
    }

    String text(String key) {
        return escape(t.getString(key));
    }
}
