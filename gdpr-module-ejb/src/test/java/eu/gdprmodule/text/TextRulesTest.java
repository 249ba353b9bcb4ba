package eu.gdprmodule.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void printableTextAndAbsentTextPass() {
        assertNull(TextRules.oneLine("Camille Dupont – société générale ✓"));
        assertNull(TextRules.oneLine(null));
        assertNull(TextRules.multiLine("12 rue de la Paix\r\n75002 Paris\tFrance"));
    }

    @Test
    void nulInANameIsRefusedWithItsPosition() {
        String problem = TextRules.oneLine("Cam\u0000ille");
        assertTrue(problem.contains("U+0000") && problem.contains("position 4"), problem);
    }

    @Test
    void lineBreaksAndTabsAreRefusedInOneLineTexts() {
        assertTrue(TextRules.oneLine("a\nb").contains("U+000A"));
        assertTrue(TextRules.oneLine("a\tb").contains("U+0009"));
        assertTrue(TextRules.oneLine("a\rb").contains("U+000D"));
    }

    @Test
    void otherControlCharactersAreRefusedInMultiLineTexts() {
        assertEquals(null, TextRules.multiLine("line\nline"));
        assertTrue(TextRules.multiLine("bell\u0007").contains("U+0007"));
        assertTrue(TextRules.multiLine("escape\u001b[31m").contains("U+001B"));
        assertTrue(TextRules.multiLine("delete\u007f").contains("U+007F"));
        assertTrue(TextRules.oneLine("\u001f").contains("U+001F"));
    }
}
