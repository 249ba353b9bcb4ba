package eu.gdprmodule.text;

/**
 * Refuses control characters (U+0000 to U+001F and U+007F) in text a person types. They are
 * invisible on a screen yet reach places that treat them as structure: a NUL ends a C string in a
 * mail header or a log viewer, an ESC drives a terminal, a line break in a name forges a mail
 * header or a CSV row. A one-line text (a name, a title, an e-mail) allows none; a multi-line text
 * (an address, a description) allows tab, carriage return and line feed.
 *
 * <p>Each method answers {@code null} when the text is fine, else one sentence for the person,
 * naming the character by its code point and its position (1-based), so the problem can be found.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The problem of a one-line text (name, title, e-mail), or {@code null}. */
    public static String oneLine(String value) {
        return check(value, false);
    }

    /** The problem of a text that may span lines (address, description, details), or {@code null}. */
    public static String multiLine(String value) {
        return check(value, true);
    }

    private static String check(String value, boolean lines) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 || c == 0x7f;
            if (control && !(lines && (c == '\t' || c == '\r' || c == '\n'))) {
                return String.format("Remove the control character U+%04X at position %d: %s", (int) c, i + 1,
                        lines ? "only printable characters, tabs and line breaks are allowed here."
                                : "this is one line of printable text.");
            }
        }
        return null;
    }
}
