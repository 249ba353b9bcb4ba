package eu.gdprmodule.register;

import jakarta.ejb.ApplicationException;

/** The activity or recipient asked for does not exist (any more). */
@ApplicationException(rollback = true)
public class UnknownRegisterItem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownRegisterItem(String message) {
        super(message);
    }
}
