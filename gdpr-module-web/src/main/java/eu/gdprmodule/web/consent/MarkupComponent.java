package eu.gdprmodule.web.consent;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A consent component that writes its markup in {@code encodeBegin} and nothing else: no renderer
 * to look up, no component pushed for expressions (it evaluates none of the host's), no events (it
 * has no listeners). The default {@code encodeAll} does all three on every page view, which showed
 * in bench/page-overhead.
 */
abstract class MarkupComponent extends UIComponentBase {

    @Override
    public String getFamily() {
        return "eu.gdprmodule";
    }

    @Override
    public void encodeAll(FacesContext context) throws IOException {
        if (isRendered()) {
            encodeBegin(context);
        }
    }
}
