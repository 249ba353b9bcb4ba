package eu.gdprmodule.examples.shop.customer;

import jakarta.ejb.ApplicationException;

/** A sign-up with an address that already has an account; nothing is stored. */
@ApplicationException(rollback = true)
public class EmailAlreadyRegisteredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException() {
        super("an account with this e-mail address exists");
    }
}
