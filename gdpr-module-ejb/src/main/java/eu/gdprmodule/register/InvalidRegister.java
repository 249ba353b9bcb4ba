package eu.gdprmodule.register;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A register file or change was refused; nothing of it was stored. Carries every problem found,
 * each with the path of the offending field.
 */
@ApplicationException(rollback = true)
public class InvalidRegister extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<RegisterProblem> problems;

    public InvalidRegister(List<RegisterProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems, first " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public InvalidRegister(String path, String message) {
        this(List.of(new RegisterProblem(path, message)));
    }

    public List<RegisterProblem> problems() {
        return problems;
    }
}
