package eu.gdprmodule.register;

/**
 * One thing wrong with a register file or a register form: where (a path into the register file,
 * such as {@code activities[2].retention.period}) and what to do about it, in words a non-lawyer
 * can act on.
 *
 * @param path    the offending field's path in the register file's JSON
 * @param message what is wrong and how to fix it
 */
public record RegisterProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
