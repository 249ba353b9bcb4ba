package eu.gdprmodule.policy;

/**
 * Something an author must correct before a policy text is saved or published.
 *
 * @param field   the field: {@code slug}, {@code language}, {@code title}, {@code source}, {@code summary}
 * @param message what is wrong and what to do, for a person
 */
public record PolicyProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
