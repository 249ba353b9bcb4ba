package eu.gdprmodule.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewRequestTest {

    @Test
    void aNameWithANulIsRefusedNamingTheField() {
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> NewRequest.of("access", "camille@example.com", "Cam\u0000ille", null, null, null, "en"));
        assertEquals(List.of("name"), refused.problems().stream().map(NewRequest.Problem::field).toList());
        assertTrue(refused.problems().get(0).message().contains("U+0000"));
    }

    @Test
    void detailsMaySpanLinesButNotCarryEscapes() {
        NewRequest.of("rectification", "camille@example.com", "Camille", "My address:\r\n12 rue\tde la Paix", null, null, "en");
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> NewRequest.of("rectification", "camille@example.com", "Camille", "wrong \u001b[2J", null, null, "en"));
        assertEquals(List.of("details"), refused.problems().stream().map(NewRequest.Problem::field).toList());
    }

    @Test
    void aLineBreakInTheAddressOrPurposeIsRefused() {
        InvalidRequest refused = assertThrows(InvalidRequest.class,
                () -> NewRequest.of("withdrawal", "a@example.com\nBcc: b@example.com", "Camille", null, "news\u0000letter", null, "en"));
        assertEquals(List.of("email", "purpose"), refused.problems().stream().map(NewRequest.Problem::field).toList());
    }
}
