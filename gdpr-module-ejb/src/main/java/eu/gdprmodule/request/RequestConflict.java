package eu.gdprmodule.request;

/** An action that does not fit the request's state (already closed, already extended...): a 409. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal for the caller, not a container failure
public class RequestConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestConflict(String message) {
        super(message);
    }
}
