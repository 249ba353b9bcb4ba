package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import eu.gdprmodule.consent.CookieCatalogue.Service;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * {@code <gdpr:embed service="video" src="https://..." title="..."/>}: a video, map or other
 * third-party frame that loads only once its service is allowed. Until then a placeholder says
 * who provides it and what they may collect, and offers to allow it (a form that works without
 * JavaScript; with it, the frame loads in place).
 */
@FacesComponent(ConsentEmbed.COMPONENT_TYPE)
public class ConsentEmbed extends UIComponentBase {

    public static final String COMPONENT_TYPE = "eu.gdprmodule.Embed";

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    private String attr(String name, String fallback) {
        Object value = getStateHelper().eval(name, fallback);
        return value == null ? null : value.toString();
    }

    public String getService() {
        return attr("service", null);
    }

    public void setService(String v) {
        getStateHelper().put("service", v);
    }

    public String getSrc() {
        return attr("src", null);
    }

    public void setSrc(String v) {
        getStateHelper().put("src", v);
    }

    public String getTitle() {
        return attr("title", null);
    }

    public void setTitle(String v) {
        getStateHelper().put("title", v);
    }

    public String getWidth() {
        return attr("width", null);
    }

    public void setWidth(String v) {
        getStateHelper().put("width", v);
    }

    public String getHeight() {
        return attr("height", null);
    }

    public void setHeight(String v) {
        getStateHelper().put("height", v);
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String language = ConsentLanguage.ofView(context);
        VisitorState state = ConsentHttp.of(context).state(request, language);
        String serviceKey = attr("service", null);
        Service service = state.catalogue().service(serviceKey).orElse(null);
        String category = state.catalogue().categoryOf(serviceKey).map(c -> c.key()).orElse("");
        String src = attr("src", "");
        String title = attr("title", ConsentLanguage.texts(state.language()).getString("embed.title"));
        String width = attr("width", "560");
        String height = attr("height", "315");
        StringBuilder out = new StringBuilder(1024);
        out.append("<div class=\"gdpr-embed\" id=\"").append(escape(getClientId(context))).append("\" data-gdpr-embed data-gdpr-category=\"")
                .append(escape(category)).append("\" data-gdpr-service=\"").append(escape(serviceKey)).append("\" data-gdpr-src=\"")
                .append(escape(src)).append("\" data-gdpr-title=\"").append(escape(title)).append("\" data-gdpr-width=\"")
                .append(escape(width)).append("\" data-gdpr-height=\"").append(escape(height)).append("\">");
        if (service != null && state.grantedService(serviceKey)) {
            out.append("<iframe src=\"").append(escape(src)).append("\" title=\"").append(escape(title)).append("\" width=\"")
                    .append(escape(width)).append("\" height=\"").append(escape(height))
                    .append("\" loading=\"lazy\" allowfullscreen></iframe>");
        } else {
            placeholder(out, request, state, service, serviceKey);
        }
        context.getResponseWriter().write(out.append("</div>").toString());
    }

    private static void placeholder(StringBuilder out, HttpServletRequest request, VisitorState state, Service service, String key) {
        ResourceBundle t = ConsentLanguage.texts(state.language());
        String provider = service == null ? key : service.provider();
        String purpose = service == null ? "" : service.purpose().in(state.language());
        out.append("<div class=\"gdpr-embed-placeholder\"><p>")
                .append(escape(MessageFormat.format(t.getString("embed.text"), provider, purpose)));
        if (service != null && eu.gdprmodule.config.WebAddress.isHttp(service.privacyUrl())) { // checked at save, and again here
            out.append(" <a href=\"").append(escape(service.privacyUrl())).append("\" rel=\"noopener noreferrer\">")
                    .append(escape(MessageFormat.format(t.getString("preferences.providerPolicy"), provider))).append("</a>");
        }
        out.append("</p>");
        BannerMarkup markup = new BannerMarkup(request.getContextPath(), state, ConsentHttp.currentPath(request));
        markup.form(out);
        out.append("<input type=\"hidden\" name=\"action\" value=\"grant\"><button type=\"submit\" class=\"gdpr-button\" name=\"service\" value=\"")
                .append(escape(key)).append("\">").append(markup.text("embed.allow")).append("</button></form></div>");
    }
}
