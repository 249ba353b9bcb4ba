package eu.gdprmodule.web.request;

import eu.gdprmodule.api.PersonalDataErasure;
import eu.gdprmodule.api.PersonalDataExport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The test host's data: every person has {@value #ORDERS} orders and two invoices until erased.
 * An address starting with {@code broken} makes the orders contributor throw, once per address
 * for erasures (so a re-run succeeds) and always for exports.
 */
public class RequestFlowITContributors {

    static final int ORDERS = 1234;

    @ApplicationScoped
    public static class Orders {
        private final Map<String, Boolean> erased = new ConcurrentHashMap<>();
        private final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();

        void export(@Observes @Priority(10) PersonalDataExport export) {
            String email = export.subject().email();
            if (email.startsWith("broken")) {
                throw new IllegalStateException("orders database unreachable");
            }
            if (erased.containsKey(email)) {
                return;
            }
            export.kind("orders", "Orders", List.of("number", "placed on", "note"), (first, max) -> {
                List<List<?>> rows = new ArrayList<>();
                IntStream.range(first, Math.min(ORDERS, first + max))
                        .forEach(i -> rows.add(List.of("O-" + i, LocalDate.of(2025, 1, 1).plusDays(i % 365), "line, with \"quotes\" " + i)));
                return rows;
            });
        }

        void erase(@Observes @Priority(10) PersonalDataErasure erasure) {
            String email = erasure.subject().email();
            if (email.startsWith("broken") && failedOnce.putIfAbsent(email, true) == null) {
                throw new IllegalStateException("orders database unreachable");
            }
            boolean present = !erased.containsKey(email);
            if (!erasure.preview() && present) {
                erased.put(email, true);
            }
            erasure.anonymised("orders", present ? ORDERS : 0);
        }
    }

    @ApplicationScoped
    public static class Invoices {
        void export(@Observes @Priority(20) PersonalDataExport export) {
            export.kind("invoices", "Invoices", List.of("number", "amount"),
                    (first, max) -> first == 0 ? List.of(List.of("F-1", "12.50"), List.of("F-2", "99.00")) : List.of());
        }

        void erase(@Observes @Priority(20) PersonalDataErasure erasure) {
            erasure.kept("invoices", 2, "French Commercial Code, art. L123-22: ten years", LocalDate.of(2035, 12, 31));
        }
    }
}
