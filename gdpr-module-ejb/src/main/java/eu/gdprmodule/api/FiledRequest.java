package eu.gdprmodule.api;

import java.util.Objects;

/**
 * A request a host files for a person whose identity it has already checked (a signed-in
 * customer), through {@link DataSubjectRequests#fileVerified}.
 *
 * <pre>
 * requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, customer.getEmail())
 *         .name(customer.getFullName()).reference("customer:" + customer.getId()).language("fr"));
 * </pre>
 *
 * @param right     the right exercised
 * @param email     the person's address, where the module writes to them
 * @param name      their name, or empty
 * @param details   what they asked, in their words, or empty
 * @param purpose   the purpose concerned (a processing activity's id, or a host consent such as
 *                  {@code newsletter}) for an objection, a restriction or a withdrawal; else {@code null}
 * @param reference the host's reference to the person, or {@code null}
 * @param language  {@code en} or {@code fr}: the language of the letters they receive
 * @since 0.1
 */
public record FiledRequest(DataSubjectRight right, String email, String name, String details, String purpose,
        String reference, String language) {

    public FiledRequest {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(email, "email");
        name = name == null ? "" : name;
        details = details == null ? "" : details;
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static FiledRequest of(DataSubjectRight right, String email) {
        return new FiledRequest(right, email, "", "", null, null, "en");
    }

    public FiledRequest name(String value) {
        return new FiledRequest(right, email, value, details, purpose, reference, language);
    }

    public FiledRequest details(String value) {
        return new FiledRequest(right, email, name, value, purpose, reference, language);
    }

    public FiledRequest purpose(String value) {
        return new FiledRequest(right, email, name, details, value, reference, language);
    }

    public FiledRequest reference(String value) {
        return new FiledRequest(right, email, name, details, purpose, value, language);
    }

    public FiledRequest language(String value) {
        return new FiledRequest(right, email, name, details, purpose, reference, value);
    }
}
