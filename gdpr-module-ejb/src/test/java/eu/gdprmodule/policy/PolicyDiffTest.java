package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.policy.PolicyDiff.Kind;
import eu.gdprmodule.policy.PolicyDiff.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An editor decides from the diff whether a change is material; it must show exactly what a reader would see change. */
class PolicyDiffTest {

    @Test
    void identicalVersionsAreAllEqual() {
        String html = "<h2>Retention</h2><p>Kept for 3 years.</p>";

        List<Row> rows = PolicyDiff.compare(html, html);

        assertEquals(List.of(new Row(Kind.EQUAL, "Retention", "Retention"), new Row(Kind.EQUAL, "Kept for 3 years.",
                "Kept for 3 years.")), rows);
        assertFalse(PolicyDiff.changed(rows));
    }

    @Test
    void aChangedLineMarksOnlyTheChangedWords() {
        List<Row> rows = PolicyDiff.compare("<p>Kept for 3 years from collection.</p>",
                "<p>Kept for 5 years from collection.</p>");

        assertEquals(1, rows.size());
        assertEquals(Kind.CHANGED, rows.get(0).kind());
        assertEquals("Kept for <del>3</del> years from collection.", rows.get(0).beforeHtml());
        assertEquals("Kept for <ins>5</ins> years from collection.", rows.get(0).afterHtml());
        assertTrue(PolicyDiff.changed(rows));
    }

    @Test
    void insertedAndDeletedLinesAreReported() {
        List<Row> rows = PolicyDiff.compare("<ul><li>Access</li><li>Portability</li></ul>",
                "<ul><li>Access</li><li>Objection</li><li>Portability</li></ul><p>New.</p>");

        assertEquals(List.of(Kind.EQUAL, Kind.INSERTED, Kind.EQUAL, Kind.INSERTED), rows.stream().map(Row::kind).toList());
        assertEquals("", rows.get(1).beforeHtml());
        assertTrue(rows.get(1).afterHtml().contains("Objection"), rows.get(1).afterHtml());

        List<Row> back = PolicyDiff.compare("<p>Old.</p><p>Kept.</p>", "<p>Kept.</p>");
        assertEquals(List.of(Kind.DELETED, Kind.EQUAL), back.stream().map(Row::kind).toList());
        assertEquals("", back.get(0).afterHtml());
        assertEquals(1, PolicyDiff.changes(back));
    }

    @Test
    void textIsEscapedSoRowsCanBePrintedAsHtml() {
        List<Row> rows = PolicyDiff.compare("<p>Tom &amp; Jerry &lt;b&gt; said</p>", "<p>Tom &amp; Jerry &lt;i&gt; said</p>");

        String before = rows.get(0).beforeHtml();
        String after = rows.get(0).afterHtml();
        String markup = (before + after).replace("<del>", "").replace("</del>", "").replace("<ins>", "").replace("</ins>", "");
        assertFalse(markup.contains("<") || markup.contains(">"), before + " / " + after);
        assertTrue(before.contains("Tom &amp; Jerry"), before);
        assertTrue(before.contains("<del>"), before);
        assertTrue(after.contains("<ins>"), after);
    }

    @Test
    void markupOnlyChangesAreNotChangesOfText() {
        assertFalse(PolicyDiff.changed(PolicyDiff.compare("<p>Write to <em>us</em>.</p>", "<p>Write to <strong>us</strong>.</p>")));
    }
}
