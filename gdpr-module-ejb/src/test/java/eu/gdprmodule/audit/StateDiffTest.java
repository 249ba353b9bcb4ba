package eu.gdprmodule.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDiffTest {

    @Test
    void onlyChangedFieldsAreSummarisedInFieldOrder() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("name", "Demo Shop SAS");
        before.put("email", "privacy@old.example");
        before.put("dpo", null);
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("email", "privacy@new.example");
        after.put("dpo", "Camille");

        StateDiff diff = StateDiff.between(before, after);

        assertEquals("email=privacy@old.example; dpo=(none)", diff.before());
        assertEquals("email=privacy@new.example; dpo=Camille", diff.after());
    }

    @Test
    void identicalStatesGiveAnEmptyDiff() {
        assertTrue(StateDiff.between(Map.of("a", "1"), Map.of("a", "1")).isEmpty());
    }
}
