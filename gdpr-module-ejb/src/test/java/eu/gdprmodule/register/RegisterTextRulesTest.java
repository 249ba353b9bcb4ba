package eu.gdprmodule.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.api.Recipient;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterTextRulesTest {

    @Test
    void aRecipientNameWithAControlCharacterIsRefusedByItsPath() {
        List<RegisterProblem> problems = RegisterRules.recipientProblems(new Recipient("cloud", "Clever\u0000Cloud",
                Recipient.Kind.PROCESSOR, "Hosting\nand backups", "FR", null, null), "recipients[0]");
        assertEquals(List.of("recipients[0].name"), problems.stream().map(RegisterProblem::path).toList());
        assertTrue(problems.get(0).message().contains("U+0000"));
    }

    @Test
    void aLongerTextMaySpanLinesButNotCarryEscapes() {
        List<RegisterProblem> problems = RegisterRules.recipientProblems(new Recipient("cloud", "Clever Cloud",
                Recipient.Kind.PROCESSOR, "Hosting\u001b[2J", "FR", null, null), "recipients[0]");
        assertEquals(List.of("recipients[0].service"), problems.stream().map(RegisterProblem::path).toList());
    }
}
