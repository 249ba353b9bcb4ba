package eu.gdprmodule.consent;

/**
 * One thing wrong with a cookie catalogue: where (a path into the catalogue file, such as
 * {@code categories[1].services[0].cookies[2].lifetime}) and what to do about it.
 *
 * @param path    the offending field's path in the catalogue file's JSON ({@code $} for the file as a whole)
 * @param message what is wrong and how to fix it
 */
public record CatalogueProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
