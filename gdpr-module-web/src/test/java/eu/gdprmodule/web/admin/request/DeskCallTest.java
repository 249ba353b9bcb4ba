package eu.gdprmodule.web.admin.request;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import eu.gdprmodule.request.RequestConflict;
import eu.gdprmodule.request.RequestNotFound;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

/** The engine's refusals reach the console wrapped by the EJB container; they are found and shown, not treated as failures. */
class DeskCallTest {

    @Test
    void aRefusalIsFoundInsideTheContainersWrapping() {
        RequestConflict conflict = new RequestConflict("Request R-AAAA-BBBB is already refused.");
        assertSame(conflict, DeskCall.refusal(new EJBException(conflict)));
        RequestNotFound missing = new RequestNotFound("R-AAAA-BBBB");
        assertSame(missing, DeskCall.refusal(missing));
    }

    @Test
    void aFailureIsNotARefusal() {
        assertNull(DeskCall.refusal(new EJBException(new IllegalStateException("database down"))));
        assertNull(DeskCall.refusal(new EJBException("no cause")));
    }
}
