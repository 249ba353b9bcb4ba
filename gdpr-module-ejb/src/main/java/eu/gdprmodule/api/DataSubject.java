package eu.gdprmodule.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The person a request is about, as the module knows them: the e-mail address they proved they
 * hold, the name they gave, and, when the host filed the request for a signed-in customer, the
 * host's own reference to them. Host code finds its records by whichever it keys them on.
 *
 * @param email     the verified address, lower-case
 * @param name      the name the person gave, possibly empty
 * @param reference the host's reference (e.g. {@code customer:42}), or {@code null}
 * @since 0.1
 */
public record DataSubject(String email, String name, String reference) implements Serializable {

    public DataSubject {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
        name = name == null ? "" : name.trim();
    }

    public Optional<String> hostReference() {
        return Optional.ofNullable(reference);
    }
}
