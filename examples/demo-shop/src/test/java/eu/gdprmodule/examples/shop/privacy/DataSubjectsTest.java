package eu.gdprmodule.examples.shop.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DataSubjectsTest {

    @Test
    void readsBackTheIdsOfTheReferencesItMakes() {
        assertEquals(OptionalLong.of(42), DataSubjects.customerId(DataSubjects.customer(42)));
        assertEquals(OptionalLong.of(7), DataSubjects.prospectId(DataSubjects.prospect(7)));
    }

    @Test
    void anotherKindOfReferenceOrNoneNamesNobody() {
        assertEquals(OptionalLong.empty(), DataSubjects.customerId(DataSubjects.prospect(7)));
        assertEquals(OptionalLong.empty(), DataSubjects.prospectId(DataSubjects.customer(42)));
        assertEquals(OptionalLong.empty(), DataSubjects.customerId(null));
        assertEquals(OptionalLong.empty(), DataSubjects.customerId("customer:ann@example.com"));
    }
}
