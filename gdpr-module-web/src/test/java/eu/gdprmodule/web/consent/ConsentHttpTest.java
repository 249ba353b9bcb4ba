package eu.gdprmodule.web.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentHttpTest {

    /** The short cut for plain paths must give what the encoder gives, and anything else goes to the encoder. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/shop/", "/shop/index.xhtml", "/a-b_c.d/E9", "/shop/search?q=wool jumper&page=2",
            "/caf\u00e9/cr\u00e8me", "/x*y", "/~name", "/a%2Fb", "/p+q", "/#top"})
    void aReturnPathIsEncodedAsAQueryValue(String path) {
        assertEquals(URLEncoder.encode(path, StandardCharsets.UTF_8), ConsentHttp.queryValue(path));
    }
}
