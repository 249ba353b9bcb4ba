package eu.gdprmodule.policy;

import jakarta.ejb.ApplicationException;

/** No policy, draft or version answers to what was asked for. */
@ApplicationException(rollback = true)
public class UnknownPolicy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPolicy(String message) {
        super(message);
    }
}
