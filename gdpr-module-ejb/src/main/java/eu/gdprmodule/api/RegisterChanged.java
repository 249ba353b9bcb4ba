package eu.gdprmodule.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fired after a change to the register was committed (never for a change that rolled back), so
 * a host can react: regenerate what it derives from the register, tell its staff. Observe it
 * with a plain observer; it runs after the transaction, so an observer that writes to a database
 * does so in a transaction of its own (a {@code REQUIRES_NEW} EJB method or {@code @Transactional(REQUIRES_NEW)}).
 *
 * <pre>
 * void registerChanged(&#64;Observes RegisterChanged change) {
 *     if (change.touches(RegisterChanged.Item.ACTIVITY, "prospects")) { ... }
 * }
 * </pre>
 *
 * @param revision  the register's revision after the change
 * @param changes   what changed, one entry per item
 * @param actor     who changed it (the signed-in user, or {@code system} for the start-up import)
 * @param changedAt when
 * @since 0.1
 */
public record RegisterChanged(long revision, List<Change> changes, String actor, Instant changedAt)
        implements Serializable {

    /** The kinds of register items. */
    public enum Item {
        ACTIVITY, RECIPIENT, SECURITY_MEASURES
    }

    /** What happened to an item. */
    public enum Action {
        CREATED, CHANGED, DELETED
    }

    /**
     * One changed item.
     *
     * @param item   its kind
     * @param key    its key ({@code global} for the security measures)
     * @param action what happened
     * @param fields the names of the fields that changed (empty for a creation or deletion)
     */
    public record Change(Item item, String key, Action action, List<String> fields) implements Serializable {
        public Change {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(action, "action");
            fields = List.copyOf(fields);
        }
    }

    public RegisterChanged {
        changes = List.copyOf(changes);
    }

    /** Whether this change touched the item with this key. */
    public boolean touches(Item item, String key) {
        return changes.stream().anyMatch(c -> c.item() == item && c.key().equals(key));
    }
}
