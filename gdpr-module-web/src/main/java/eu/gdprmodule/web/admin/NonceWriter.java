package eu.gdprmodule.web.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes the response's CSP nonce on each {@code <script>} element that has none, just before
 * the element's start tag is closed (the first write that is not an attribute).
 */
final class NonceWriter extends ResponseWriterWrapper {

    private final FacesContext context;
    private boolean inScriptStartTag;
    private boolean nonceWritten;

    NonceWriter(ResponseWriter wrapped, FacesContext context) {
        super(wrapped);
        this.context = context;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        closeScriptStartTag();
        getWrapped().startElement(name, component);
        inScriptStartTag = "script".equalsIgnoreCase(name);
        nonceWritten = false;
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (inScriptStartTag && "nonce".equalsIgnoreCase(name)) {
            nonceWritten = true;
        }
        getWrapped().writeAttribute(name, value, property);
    }

    @Override
    public void endElement(String name) throws IOException {
        closeScriptStartTag();
        getWrapped().endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        closeScriptStartTag();
        getWrapped().writeText(text, property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        closeScriptStartTag();
        getWrapped().writeText(text, component, property);
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        closeScriptStartTag();
        getWrapped().writeText(text, off, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        closeScriptStartTag();
        getWrapped().write(cbuf, off, len);
    }

    @Override
    public void write(String text) throws IOException {
        closeScriptStartTag();
        getWrapped().write(text);
    }

    @Override
    public void writeComment(Object comment) throws IOException {
        closeScriptStartTag();
        getWrapped().writeComment(comment);
    }

    @Override
    public void flush() throws IOException {
        closeScriptStartTag();
        getWrapped().flush();
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new NonceWriter(getWrapped().cloneWithWriter(writer), context);
    }

    private void closeScriptStartTag() throws IOException {
        if (inScriptStartTag) {
            inScriptStartTag = false;
            if (!nonceWritten) {
                getWrapped().writeAttribute("nonce", PrimeFacesContext.getCspState(context).getNonce(), null);
            }
        }
    }
}
