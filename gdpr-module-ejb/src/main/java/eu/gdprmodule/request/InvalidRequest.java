package eu.gdprmodule.request;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be registered as given; each problem names its field. */
@jakarta.ejb.ApplicationException(rollback = true) // a refusal for the caller, not a container failure
public class InvalidRequest extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<NewRequest.Problem> problems;

    public InvalidRequest(List<NewRequest.Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<NewRequest.Problem> problems() {
        return problems;
    }
}
