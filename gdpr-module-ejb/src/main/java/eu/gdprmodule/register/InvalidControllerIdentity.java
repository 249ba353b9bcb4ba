package eu.gdprmodule.register;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A controller identity refused as a whole, with every problem found; nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidControllerIdentity extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ControllerIdentityRules.Problem> problems;

    public InvalidControllerIdentity(List<ControllerIdentityRules.Problem> problems) {
        super("The controller identity is incomplete: " + problems.stream()
                .map(ControllerIdentityRules.Problem::message).reduce((a, b) -> a + " " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<ControllerIdentityRules.Problem> problems() {
        return problems;
    }
}
