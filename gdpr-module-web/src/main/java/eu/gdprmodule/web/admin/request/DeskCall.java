package eu.gdprmodule.web.admin.request;

import eu.gdprmodule.request.InvalidRequest;
import eu.gdprmodule.request.NewRequest;
import eu.gdprmodule.request.RequestConflict;
import eu.gdprmodule.request.RequestNotFound;
import eu.gdprmodule.web.admin.ConsoleText;
import jakarta.ejb.EJBException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one call to the request engine from a console action and shows what it refused, on the
 * page rather than as an error page: a field's problem next to that field, an action that no
 * longer fits the request (someone else closed or extended it meanwhile, the reminder's clock
 * passed) or a request that is gone at the top of the form.
 *
 * <p>The engine's beans throw these refusals as plain runtime exceptions, which the EJB container
 * hands on wrapped in an {@link EJBException}; the cause chain is searched for them. Anything else
 * is a failure, not a refusal, and is left to the console's error handling.
 */
final class DeskCall {

    private DeskCall() {
    }

    /**
     * @param fields where each field the engine may name is shown ({@code reason} →
     *               {@code request:refusalReason}); a field not listed goes to the top of the form
     * @return the call's result, or {@code null} when the engine refused (the messages are added)
     */
    static <T> T attempt(Supplier<T> call, Map<String, String> fields) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Throwable refusal = refusal(e);
            if (refusal instanceof InvalidRequest invalid) {
                for (NewRequest.Problem problem : invalid.problems()) {
                    ConsoleText.refuse(fields.get(problem.field()), problem.message());
                }
                return null;
            }
            if (refusal != null) {
                ConsoleText.refuse(null, refusal.getMessage());
                return null;
            }
            throw e;
        }
    }

    /** The engine's refusal in a failure's cause chain, or {@code null}. */
    static Throwable refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidRequest || cause instanceof RequestConflict || cause instanceof RequestNotFound
                    || cause instanceof eu.gdprmodule.web.request.UnknownSiteAddress) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Checks a text the engine requires before calling it, so the message is in the console's
     * language (the engine's are in English, for the API); {@code false} when it is missing.
     */
    static boolean given(String value, String clientId, String messageKey) {
        if (value == null || value.isBlank()) {
            ConsoleText.refuse(clientId, ConsoleText.text(messageKey));
            return false;
        }
        return true;
    }
}
