package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A policy is shown inside the host's pages: nothing an author (or an attacker with an editor's
 * account) writes may run there. Each attack below is a known way past naive filters.
 */
class PolicyHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Hi</p><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>",
            "<p onclick=\"alert(1)\">x</p>",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"https://evil.example\"><input name=q></form>",
            "<p style=\"position:fixed;top:0\">overlay</p>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"})
    void anythingThatCouldRunOrRestyleThePageIsRemoved(String attack) {
        String clean = PolicyHtml.sanitise(attack);
        String lower = clean.toLowerCase(Locale.ROOT);

        for (String bad : List.of("<script", "onerror", "onload", "onclick", "javascript:", "<iframe", "<style", "style=",
                "<svg", "<math", "data:", "<object", "<embed", "<form", "<input", "<img", "<base", "<meta", "<noscript")) {
            assertFalse(lower.contains(bad), bad + " survived in " + clean);
        }
        assertFalse(PolicyHtml.isSafe(attack), attack);
        assertFalse(PolicyHtml.removed(attack).isEmpty(), attack);
        assertTrue(PolicyHtml.isSafe(clean), "sanitising once is enough: " + clean);
    }

    @Test
    void whatIsRemovedIsNamedForTheAuthor() {
        assertEquals(List.of("script"), PolicyHtml.removed("<p>Hi</p><script>alert(1)</script>"));
        assertEquals(List.of("onclick attribute on a"), PolicyHtml.removed("<a href=\"/x\" onclick=\"go()\">x</a>"));
        assertEquals(List.of("javascript: link"), PolicyHtml.removed("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals(List.of("data: link"), PolicyHtml.removed("<a href=\"data:text/html,x\">x</a>"));
        assertEquals(List.of("img"), PolicyHtml.removed("<img src=\"https://tracker.example/p.gif\" onerror=\"x()\">"));
        assertEquals(List.of("iframe", "style"), PolicyHtml.removed("<iframe></iframe><style>p{}</style><style>a{}</style>"));
    }

    @Test
    void documentMarkupIsKept() {
        String html = "<section class=\"gdpr-section\" id=\"rights\"><h2>Rights</h2><p>Write to <a href=\"mailto:a@b.fr\">"
                + "a@b.fr</a>, see <a href=\"/gdpr/requests\">the form</a>, <a href=\"#top\">top</a> or "
                + "<a href=\"https://www.cnil.fr\" title=\"CNIL\">CNIL</a>.</p><ul><li><em>one</em></li><li><strong>two"
                + "</strong></li></ul><ol start=\"3\"><li>three</li></ol><blockquote>q</blockquote><pre><code>c</code></pre>"
                + "<hr><address>3 place de Fontenoy<br>Paris</address><abbr title=\"General Data Protection Regulation\">"
                + "GDPR</abbr><table><thead><tr><th align=\"left\">Name</th></tr></thead><tbody><tr><td>x</td></tr>"
                + "</tbody></table></section>";

        assertTrue(PolicyHtml.isSafe(html), String.valueOf(PolicyHtml.removed(html)));
        assertEquals(html, PolicyHtml.sanitise(html));
    }

    @Test
    void textOfRemovedElementsStaysButScriptBodiesGo() {
        assertEquals("<p>Hello world</p>", PolicyHtml.sanitise("<p>Hello <font color=red>world</font></p><script>x()</script>"));
    }

    @Test
    void textLinesGiveOneLinePerBlockWithTableCellsSeparated() {
        String html = "<h2>Rights</h2>\n<p>You  may\n object.</p><ul><li>Access<ul><li>Copy</li></ul></li>"
                + "<li><p>Erasure</p></li></ul><table><tr><th>Name</th><th>Country</th></tr><tr><td>Cloudflare</td>"
                + "<td>US</td></tr></table><address>CNIL<br>Paris</address>";

        assertEquals(List.of("Rights", "You may object.", "Access", "Copy", "Erasure", "Name | Country", "Cloudflare | US",
                "CNIL Paris"), PolicyHtml.textLines(html));
    }

    @Test
    void textIsAllTheTextWithWhitespaceNormalised() {
        assertEquals("Rights You may object. A & B", PolicyHtml.text("<h2>Rights</h2><p>You&nbsp;may\n\n object.</p>"
                + "<p>A &amp; B</p>"));
        assertEquals("", PolicyHtml.text(null));
    }
}
