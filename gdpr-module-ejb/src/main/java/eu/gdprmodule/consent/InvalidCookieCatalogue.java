package eu.gdprmodule.consent;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A cookie catalogue was refused; nothing of it was stored. Carries every problem found, each
 * with the path of the offending field.
 */
@ApplicationException(rollback = true)
public class InvalidCookieCatalogue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogueProblem> problems;

    public InvalidCookieCatalogue(List<CatalogueProblem> problems) {
        super(problems.isEmpty() ? "The cookie catalogue is not valid."
                : problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems, first " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public InvalidCookieCatalogue(String path, String message) {
        this(List.of(new CatalogueProblem(path, message)));
    }

    /** Every problem, in the order of the file. */
    public List<CatalogueProblem> problems() {
        return problems;
    }
}
