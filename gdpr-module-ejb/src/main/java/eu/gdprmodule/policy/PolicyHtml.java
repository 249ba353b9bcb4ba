package eu.gdprmodule.policy;

import java.util.List;

/** STUB (replaced by the rendering work). */
public final class PolicyHtml {
    private PolicyHtml() {
    }

    public static String sanitise(String html) {
        return org.jsoup.Jsoup.clean(html, org.jsoup.safety.Safelist.relaxed());
    }

    public static boolean isSafe(String html) {
        return org.jsoup.Jsoup.isValid(html, org.jsoup.safety.Safelist.relaxed());
    }

    public static List<String> textLines(String html) {
        return List.of(text(html));
    }

    public static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
