package eu.gdprmodule.web.consent;

import jakarta.faces.component.UIComponent;
import jakarta.faces.event.PostAddToViewEvent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;

/**
 * The tag handlers of the consent tags a host puts on every page ({@code gdpr.taglib.xml}). Each
 * creates its component with {@code new}: the default asks the application, which looks the type
 * up and instantiates it by reflection on every page view (a tenth of the tags' cost in
 * bench/page-overhead). The components name no renderer and no resource, and the one
 * listener is subscribed here, so nothing the application would apply is lost.
 */
public final class ConsentTagHandlers {

    private ConsentTagHandlers() {
    }

    /**
     * {@code <gdpr:consent>}. Its {@code @ListenerFor} is what the application would have applied:
     * the same subscription, made here.
     */
    public static final class Consent extends ComponentHandler {

        public Consent(ComponentConfig config) {
            super(config);
        }

        @Override
        public UIComponent createComponent(FaceletContext ctx) {
            ConsentComponent consent = new ConsentComponent();
            consent.subscribeToEvent(PostAddToViewEvent.class, consent);
            return consent;
        }
    }

    /** {@code <gdpr:script>}. */
    public static final class Script extends ComponentHandler {

        public Script(ComponentConfig config) {
            super(config);
        }

        @Override
        public UIComponent createComponent(FaceletContext ctx) {
            return new BlockedScript();
        }
    }

    /** {@code <gdpr:consentSettings>}. */
    public static final class Settings extends ComponentHandler {

        public Settings(ComponentConfig config) {
            super(config);
        }

        @Override
        public UIComponent createComponent(FaceletContext ctx) {
            return new ConsentSettingsLink();
        }
    }

    /** {@code <gdpr:embed>}. */
    public static final class Embed extends ComponentHandler {

        public Embed(ComponentConfig config) {
            super(config);
        }

        @Override
        public UIComponent createComponent(FaceletContext ctx) {
            return new ConsentEmbed();
        }
    }
}
