package eu.gdprmodule.web.admin;

/** A console action refused to the signed-in user's role; answered with 403. */
public class ConsoleAccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConsoleAccessDenied(String message) {
        super(message);
    }
}
