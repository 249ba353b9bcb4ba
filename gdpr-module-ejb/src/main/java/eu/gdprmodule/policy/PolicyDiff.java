package eu.gdprmodule.policy;

import java.util.List;

/** STUB (replaced by the rendering work). */
public final class PolicyDiff {
    private PolicyDiff() {
    }

    public enum Kind { EQUAL, CHANGED, INSERTED, DELETED }

    public record Row(Kind kind, String beforeHtml, String afterHtml) {
    }

    public static List<Row> compare(String beforeHtml, String afterHtml) {
        return List.of(new Row(Kind.CHANGED, beforeHtml, afterHtml));
    }
}
