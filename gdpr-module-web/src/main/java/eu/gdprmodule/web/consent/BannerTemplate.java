package eu.gdprmodule.web.consent;

import static eu.gdprmodule.policy.PolicyHtml.escape;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's markup rendered once, with stand-ins for what differs between page views, split
 * at the stand-ins: a view writes the shared parts and its own values in between. Replacing the
 * stand-ins in the whole string on each view cost more than the rest of the page's rendering
 * ({@code String.replace} walks the 8 KB char by char, the markup not being Latin-1; bench/page-overhead).
 */
final class BannerTemplate {

    /** The visitor's state as JSON, escaped for a single-quoted attribute (given so). */
    static final String STATE = "__gdpr_state__";
    /** The page to return to, escaped for an attribute. */
    static final String RETURN = "/__gdpr_return__";
    /** The page to return to, URL-encoded for a query. */
    static final String RETURN_ENCODED = URLEncoder.encode(RETURN, StandardCharsets.UTF_8);
    private static final String[] MARKS = {STATE, RETURN_ENCODED, RETURN};

    /** {@code parts[i]} comes before the value of {@code slots[i]}; the last part after the last slot. */
    private final String[] parts;
    private final int[] slots;

    BannerTemplate(String html) {
        List<String> p = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            int mark = -1;
            for (int m = 0; m < MARKS.length; m++) {
                int i = html.indexOf(MARKS[m], from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    mark = m;
                }
            }
            if (at < 0) {
                break;
            }
            p.add(html.substring(from, at));
            s.add(mark);
            from = at + MARKS[mark].length();
        }
        p.add(html.substring(from));
        parts = p.toArray(String[]::new);
        slots = s.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param state      the visitor's state as JSON escaped for a single-quoted attribute ({@code null}: the template holds none)
     * @param returnPath the page to return to (site-relative)
     */
    void write(Appendable out, String state, String returnPath) throws IOException {
        String encodedReturn = null;
        String escapedReturn = null;
        for (int i = 0; i < slots.length; i++) {
            out.append(parts[i]);
            switch (slots[i]) {
                case 0 -> out.append(state);
                case 1 -> out.append(encodedReturn != null ? encodedReturn
                        : (encodedReturn = ConsentHttp.queryValue(returnPath)));
                default -> out.append(escapedReturn != null ? escapedReturn : (escapedReturn = escape(returnPath)));
            }
        }
        out.append(parts[slots.length]);
    }
}
