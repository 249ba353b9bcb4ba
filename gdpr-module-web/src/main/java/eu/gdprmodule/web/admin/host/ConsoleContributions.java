package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.request.HostContributors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the host's observers of one console event for their contributions, one observer at a time
 * (as {@link HostContributors} does for requests): a plain {@code Event.fire} would stop at the
 * first observer that throws and lose the others' contributions, and could not say whose fault it
 * was. Observers are called in {@code @Priority} order then by class name; what they add is then
 * ordered by its explicit order value (the observer's priority when it gave none), then by class
 * name, then as added, so the console looks the same on every render.
 *
 * <p>A page waits for its contributors, so they share a time budget
 * ({@code gdpr.console.contribution-budget-ms}, 3 seconds by default): once it is spent, the
 * contributors not yet called are shown as skipped rather than making an administrator wait on a
 * slow host query. A contributor cannot be stopped mid-call; the budget bounds how many are called
 * after a slow one.
 */
@ApplicationScoped
public class ConsoleContributions {

    private static final Logger LOG = Logger.getLogger(ConsoleContributions.class.getName());
    static final String BUDGET_KEY = "gdpr.console.contribution-budget-ms";
    static final long DEFAULT_BUDGET_MILLIS = 3000;

    @Inject
    HostContributors contributors;

    /**
     * Delivers the event to each contributor and returns what each added, in display order.
     *
     * @param event the event, which collects contributions
     * @param added what the event holds so far (each contributor's share is what it appended)
     * @param order an item's explicit order value, if it has one
     */
    public <E, T> List<Slot<T>> collect(E event, Function<E, List<T>> added, Function<T, OptionalInt> order) {
        long budget = budgetMillis();
        long start = System.nanoTime();
        List<Slot<T>> slots = new ArrayList<>();
        for (HostContributors.Contributor contributor : contributors.of(event)) {
            int priority = contributor.observer().getPriority();
            if ((System.nanoTime() - start) / 1_000_000 > budget) {
                LOG.warning(() -> "Console contributor " + contributor.name() + " was not asked for " + event.getClass().getSimpleName()
                        + ": the page's time budget of " + budget + " ms (" + BUDGET_KEY + ") was spent");
                slots.add(new Slot<>(contributor.name(), priority, null, Slot.SKIPPED));
                continue;
            }
            int before = added.apply(event).size();
            try {
                contributors.call(contributor, event);
            } catch (RuntimeException e) {
                // logged here once, with the class; the page shows the name only, never the trace
                LOG.log(Level.WARNING, "Console contributor " + contributor.name() + " failed on "
                        + event.getClass().getSimpleName() + "; the console shows it as failed", e);
                slots.add(new Slot<>(contributor.name(), priority, null, Slot.FAILED));
                continue;
            }
            List<T> all = added.apply(event);
            for (T item : all.subList(before, all.size())) {
                slots.add(new Slot<>(contributor.name(), order.apply(item).orElse(priority), item, null));
            }
        }
        // a stable sort: items of one contributor with the same order stay as it added them
        slots.sort(Comparator.<Slot<T>>comparingInt(Slot::order).thenComparing(Slot::contributor));
        return slots;
    }

    static long budgetMillis() {
        try {
            return ModuleConfig.get().getOptionalValue(BUDGET_KEY, Long.class).filter(v -> v > 0).orElse(DEFAULT_BUDGET_MILLIS);
        } catch (IllegalArgumentException e) {
            return DEFAULT_BUDGET_MILLIS; // not a number: the default, as for other console settings
        }
    }
}
