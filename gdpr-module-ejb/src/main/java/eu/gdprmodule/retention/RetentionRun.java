package eu.gdprmodule.retention;

import java.time.Instant;

/**
 * One retention run as logged: when and why it ran, on which server, where it stands.
 *
 * @param id        its id
 * @param triggered {@code scheduled}, {@code catch-up} (a slot missed while no server ran) or {@code manual}
 * @param slot      the schedule's slot it ran for, or {@code null} for a run started by hand
 * @param asOf      the instant periods were counted to (the module's clock when it began)
 * @param startedAt when it began
 * @param endedAt   when it ended, or {@code null} while it runs (or when its server died in it)
 * @param status    {@code RUNNING}, {@code COMPLETED} (with or without problems) or {@code FAILED}
 * @param node      the server that ran it last
 * @param actor     who started it ({@code system} for the schedule)
 * @param attempts  1, or more when it was resumed after its server died
 * @param problems  how many parts failed (a host observer that threw, a rule missing)
 */
public record RetentionRun(String id, String triggered, Instant slot, Instant asOf, Instant startedAt, Instant endedAt,
        String status, String node, String actor, int attempts, int problems) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    /**
     * One line of a run's log: what happened to one rule's data, by one part.
     *
     * @param rule    the register activity, or the kind of module data
     * @param part    {@code module} for the module's own data, else the host observer's class
     * @param outcome {@code deleted}, {@code anonymised}, {@code archived}, {@code kept}, {@code failed},
     *                {@code no-rule} or {@code no-observer}
     * @param count   how many records (failures: how many attempts failed)
     * @param detail  the reason kept, the failure's message, what rule is missing; or {@code null}
     */
    public record Result(String rule, String part, String outcome, long count, String detail) {
    }
}
