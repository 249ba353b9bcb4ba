package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    @Test
    void aTitleWithAControlCharacterIsRefused() {
        InvalidPolicy refused = assertThrows(InvalidPolicy.class,
                () -> PolicyRules.check(new PolicyText("Privacy\u0000policy", "# Privacy\n\nText", null, false), false));
        assertEquals(List.of("title"), refused.problems().stream().map(PolicyProblem::field).toList());
    }

    @Test
    void theSourceMaySpanLinesButNotCarryANul() {
        PolicyRules.check(new PolicyText("Privacy policy", "# Privacy\r\n\n\tText", "First\nversion", false), true);
        InvalidPolicy refused = assertThrows(InvalidPolicy.class,
                () -> PolicyRules.check(new PolicyText("Privacy policy", "# Privacy\u0000", null, false), false));
        assertEquals(List.of("source"), refused.problems().stream().map(PolicyProblem::field).toList());
    }
}
