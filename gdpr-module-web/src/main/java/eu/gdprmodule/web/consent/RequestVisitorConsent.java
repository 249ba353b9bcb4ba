package eu.gdprmodule.web.consent;

import eu.gdprmodule.api.VisitorConsent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * {@link VisitorConsent} for the request being served, read from its consent cookie (caches
 * only, no query). Outside an HTTP request (a timer, a message) nothing is granted.
 */
@RequestScoped
public class RequestVisitorConsent implements VisitorConsent {

    @Inject
    ConsentHttp http;

    @Inject
    Instance<HttpServletRequest> request;

    private VisitorState state;
    private boolean resolved;

    private Optional<VisitorState> state() {
        if (!resolved) {
            resolved = true;
            try {
                state = http.state(request.get());
            } catch (RuntimeException e) {
                state = null; // no HTTP request active
            }
        }
        return Optional.ofNullable(state);
    }

    @Override
    public boolean decided() {
        return state().map(s -> s.status().decided()).orElse(false);
    }

    @Override
    public boolean granted(String category) {
        return state().map(s -> s.granted(category)).orElse(false);
    }

    @Override
    public boolean grantedService(String service) {
        return state().map(s -> s.grantedService(service)).orElse(false);
    }

    @Override
    public Optional<String> consentId() {
        return state().filter(s -> s.status().decided()).flatMap(s -> s.status().token()).map(t -> t.consentId());
    }
}
