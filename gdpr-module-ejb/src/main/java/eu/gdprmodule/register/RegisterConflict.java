package eu.gdprmodule.register;

import jakarta.ejb.ApplicationException;

/**
 * A change was based on an older version of an item than the one stored: someone else saved it
 * in between. Nothing was changed; the editor reloads and applies the change again.
 */
@ApplicationException(rollback = true)
public class RegisterConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegisterConflict(String message) {
        super(message);
    }
}
