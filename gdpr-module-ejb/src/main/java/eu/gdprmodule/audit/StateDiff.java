package eu.gdprmodule.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The before/after summary of a change for the audit log: only the fields that changed, as
 * {@code field=value; field=value}, so an entry says what happened without repeating a whole
 * record. An absent value is written as {@code (none)}.
 *
 * @param before the changed fields' old values
 * @param after  the changed fields' new values
 */
public record StateDiff(String before, String after) {

    public static StateDiff between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        StringJoiner was = new StringJoiner("; ");
        StringJoiner is = new StringJoiner("; ");
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                was.add(field + "=" + shown(old));
                is.add(field + "=" + shown(now));
            }
        }
        return new StateDiff(was.toString(), is.toString());
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty();
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value;
    }
}
