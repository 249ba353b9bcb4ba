package eu.gdprmodule.policy;

import eu.gdprmodule.api.RegisterChanged.Action;
import eu.gdprmodule.api.RegisterChanged.Change;
import eu.gdprmodule.api.RegisterChanged.Item;
import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterFile;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How a published version stands against the register today. The policy must say what the
 * controller actually does (Art. 12 and 13 GDPR): when the register changed since publication
 * and the generated sections would now read differently, the version in force is stale and an
 * administrator should publish a new one.
 *
 * @param stale             whether the version's text would read differently if published now
 * @param controllerChanged whether the controller identity changed since publication
 * @param changes           the register items added, changed or deleted since publication
 * @param revisionThen      the register revision the version was rendered from
 * @param revisionNow       the register revision today
 */
public record Staleness(boolean stale, boolean controllerChanged, List<Change> changes, long revisionThen,
        long revisionNow) {

    public Staleness {
        changes = List.copyOf(changes);
    }

    static Staleness between(RegisterDocument then, RegisterDocument now, long revisionThen, long revisionNow,
            boolean textDiffers) {
        List<Change> changes = new ArrayList<>();
        compare(Item.ACTIVITY, index(then.activities(), a -> a.key(), RegisterFile::activity),
                index(now.activities(), a -> a.key(), RegisterFile::activity), changes);
        compare(Item.RECIPIENT, index(then.recipients(), r -> r.key(), RegisterFile::recipient),
                index(now.recipients(), r -> r.key(), RegisterFile::recipient), changes);
        if (!then.securityMeasures().equals(now.securityMeasures())) {
            changes.add(new Change(Item.SECURITY_MEASURES, "global", Action.CHANGED, List.of("securityMeasures")));
        }
        return new Staleness(textDiffers, !Objects.equals(then.controller(), now.controller()), changes,
                revisionThen, revisionNow);
    }

    private static <T> Map<String, JsonObject> index(List<T> items, Function<T, String> key, Function<T, JsonObject> json) {
        Map<String, JsonObject> index = new LinkedHashMap<>();
        items.forEach(item -> index.put(key.apply(item), json.apply(item)));
        return index;
    }

    private static void compare(Item item, Map<String, JsonObject> then, Map<String, JsonObject> now, List<Change> changes) {
        for (var entry : now.entrySet()) {
            JsonObject before = then.get(entry.getKey());
            if (before == null) {
                changes.add(new Change(item, entry.getKey(), Action.CREATED, List.of()));
            } else if (!before.equals(entry.getValue())) {
                TreeSet<String> fields = new TreeSet<>(before.keySet());
                fields.addAll(entry.getValue().keySet());
                fields.removeIf(f -> Objects.equals(before.get(f), entry.getValue().get(f)));
                changes.add(new Change(item, entry.getKey(), Action.CHANGED, List.copyOf(fields)));
            }
        }
        for (String key : then.keySet()) {
            if (!now.containsKey(key)) {
                changes.add(new Change(item, key, Action.DELETED, List.of()));
            }
        }
    }
}
