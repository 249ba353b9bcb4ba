package eu.gdprmodule.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.context.ResponseWriter;

/**
 * Gives console pages a response writer that puts this response's nonce on every script element
 * ({@link NonceWriter}); other pages get the host's writer untouched. Registered in the module's
 * faces-config.
 *
 * <p>Why not PrimeFaces' own CSP mode alone: turned on fully it sends its policy on every page of
 * the host, whose own inline scripts would then be blocked; in its {@code policyProvided} mode,
 * which the module uses, it moves event handlers into script blocks but leaves the nonce to the
 * application.
 */
public class ConsoleRenderKitFactory extends RenderKitFactory {

    public ConsoleRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new ConsoleRenderKit(kit);
    }

    static final class ConsoleRenderKit extends RenderKitWrapper {

        ConsoleRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(java.io.Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
            FacesContext context = FacesContext.getCurrentInstance();
            return context != null && ConsoleScriptPolicy.isModuleView(context) ? new NonceWriter(created, context) : created;
        }
    }
}
