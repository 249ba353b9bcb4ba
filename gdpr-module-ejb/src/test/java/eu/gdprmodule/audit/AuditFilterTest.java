package eu.gdprmodule.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void blankCriteriaAreNoCriteria() {
        AuditFilter filter = new AuditFilter(" ", "", null, "  ", null, null);
        assertTrue(filter.isEmpty());
        assertEquals("", filter.where(new ArrayList<>()));
    }

    @Test
    void theActorMatchesFromItsStartWithWildcardsTakenLiterally() {
        List<Object> parameters = new ArrayList<>();
        String where = new AuditFilter("50%_off", "customer", null, null, Instant.ofEpochMilli(5), null).where(parameters);
        assertEquals(" WHERE ACTOR LIKE ? ESCAPE '\\' AND ENTITY_TYPE = ? AND RECORDED_AT >= ?", where);
        assertEquals(List.of("50\\%\\_off%", "customer", 5L), parameters);
    }
}
