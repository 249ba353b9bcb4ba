package eu.gdprmodule.policy;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a policy, line by line as a reader sees them (see
 * {@link PolicyHtml#textLines(String)}), with the changed words marked. It lets an editor check
 * whether a change is material, which both seed policies promise to announce, and shows the
 * public history what changed.
 *
 * <pre>
 * List&lt;PolicyDiff.Row&gt; rows = PolicyDiff.compare(v1.getHtml(), v2.getHtml());
 * if (PolicyDiff.changed(rows)) ...
 * </pre>
 *
 * <p>It compares text, not markup: a change of emphasis or link target alone is not shown.
 *
 * @since 0.1
 */
public final class PolicyDiff {

    private PolicyDiff() {
    }

    /** How a line differs. */
    public enum Kind {
        EQUAL, CHANGED, INSERTED, DELETED
    }

    /**
     * One line of the comparison. Both sides are escaped text in which only {@code <del>} (in
     * {@code beforeHtml}) and {@code <ins>} (in {@code afterHtml}) are markup, so they may be
     * printed unescaped.
     *
     * @param kind       how the line differs
     * @param beforeHtml the line in the earlier version, empty when inserted
     * @param afterHtml  the line in the later version, empty when deleted
     */
    public record Row(Kind kind, String beforeHtml, String afterHtml) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            beforeHtml = beforeHtml == null ? "" : beforeHtml;
            afterHtml = afterHtml == null ? "" : afterHtml;
        }
    }

    /** Compares two rendered (or frozen) policy pages. */
    public static List<Row> compare(String beforeHtml, String afterHtml) {
        return compareLines(PolicyHtml.textLines(beforeHtml), PolicyHtml.textLines(afterHtml));
    }

    /** Compares two lists of text lines, as {@link PolicyHtml#textLines(String)} gives them. */
    public static List<Row> compareLines(List<String> before, List<String> after) {
        // A generator per call: cheap, and the builder's state is not documented as thread-safe.
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(PolicyHtml::escape)
                .oldTag(open -> open ? "<del>" : "</del>")
                .newTag(open -> open ? "<ins>" : "</ins>")
                .build();
        return generator.generateDiffRows(before, after).stream().map(PolicyDiff::row).toList();
    }

    private static Row row(DiffRow row) {
        Kind kind = switch (row.getTag()) {
            case EQUAL -> Kind.EQUAL;
            case CHANGE -> Kind.CHANGED;
            case INSERT -> Kind.INSERTED;
            case DELETE -> Kind.DELETED;
        };
        return new Row(kind, row.getOldLine(), row.getNewLine());
    }

    /** Whether the rows show any change at all. */
    public static boolean changed(List<Row> rows) {
        return rows.stream().anyMatch(r -> r.kind() != Kind.EQUAL);
    }

    /** How many rows are not {@link Kind#EQUAL}, for a summary such as "3 changes". */
    public static long changes(List<Row> rows) {
        return rows.stream().filter(r -> r.kind() != Kind.EQUAL).count();
    }
}
