package eu.gdprmodule.web.consent;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;

/**
 * The tag handlers of the consent tags a host puts on every page ({@code gdpr.taglib.xml}). Each
 * creates its component with {@code new}: the default asks the application, which looks the type
 * up and instantiates it by reflection on every page view (a tenth of the tags' cost in
 * bench/page-overhead). The components name no renderer and no resource, and what the one
 * listener does is done here, so nothing the application would apply is lost.
 */
public final class ConsentTagHandlers {

    private ConsentTagHandlers() {
    }

    /**
     * {@code <gdpr:consent>}. It adds the head resources when it creates the component, where the
     * application would have subscribed the component's {@code @ListenerFor} to do it once the
     * component is in the view: the event's dispatch showed in bench/page-overhead.
     */
    public static final class Consent extends ComponentHandler {

        public Consent(ComponentConfig config) {
            super(config);
        }

        @Override
        public UIComponent createComponent(FaceletContext ctx) {
            return new ConsentComponent();
        }

        @Override
        public void onComponentCreated(FaceletContext ctx, UIComponent c, UIComponent parent) {
            ConsentComponent.addHeadResources(ctx.getFacesContext());
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
