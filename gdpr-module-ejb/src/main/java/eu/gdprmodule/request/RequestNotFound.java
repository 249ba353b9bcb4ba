package eu.gdprmodule.request;

/** No request has this reference: a 404 in the console's API. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal for the caller, not a container failure
public class RequestNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestNotFound(String reference) {
        super("No data-subject request has the reference " + reference + ".");
    }
}
