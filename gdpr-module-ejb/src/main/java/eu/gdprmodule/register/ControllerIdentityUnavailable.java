package eu.gdprmodule.register;

import jakarta.ejb.ApplicationException;

/**
 * The controller identity saved in the console cannot be read: the database does not answer.
 * An application exception, so a readiness probe polling during an outage does not fill the log
 * with the container's system-exception reports.
 */
@ApplicationException
public class ControllerIdentityUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ControllerIdentityUnavailable(Throwable cause) {
        super("The controller identity saved in the console cannot be read: the database does not answer ("
                + cause.getClass().getSimpleName() + ").", cause);
    }
}
