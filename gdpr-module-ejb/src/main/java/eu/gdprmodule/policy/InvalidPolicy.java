package eu.gdprmodule.policy;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A policy text or publication refused, with every problem found; nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidPolicy extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    public InvalidPolicy(List<PolicyProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems, first " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public InvalidPolicy(String field, String message) {
        this(List.of(new PolicyProblem(field, message)));
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
