package eu.gdprmodule.policy;

import eu.gdprmodule.register.RegisterDocument;
import java.util.Locale;

/** STUB (replaced by the rendering work). */
public record RenderContext(RegisterDocument register, Locale locale, String requestFormUrl) {
}
