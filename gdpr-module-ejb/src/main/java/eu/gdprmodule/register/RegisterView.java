package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.Register;
import eu.gdprmodule.config.ModuleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The read-only {@link Register} hosts inject. Policy pages and the retention engine read the
 * register on every use, so it is kept in memory: dropped at once when this server commits a
 * change, and checked against the database's revision at most every
 * {@code gdpr.register.refresh-seconds} (default 5) for changes made on another server.
 */
@ApplicationScoped
public class RegisterView implements Register {

    static final String REFRESH_KEY = "gdpr.register.refresh-seconds";

    @Inject
    RegisterStore store;

    @Inject
    ControllerIdentityConfiguration identity;

    private volatile Cached cached;

    /** The register as last read, and until when it is used without asking the database. */
    private record Cached(RegisterSnapshot snapshot, long freshUntil) {
    }

    /** The register as committed, from memory when it is known to be current. */
    public RegisterSnapshot snapshot() {
        Cached current = cached;
        long now = System.nanoTime();
        if (current != null && now - current.freshUntil() < 0) {
            return current.snapshot();
        }
        // the refresh setting is read here, once per period, not on every read from memory
        long freshUntil = now + refreshNanos();
        if (current != null && store.revision() == current.snapshot().revision()) {
            cached = new Cached(current.snapshot(), freshUntil);
            return current.snapshot();
        }
        RegisterSnapshot fresh = store.snapshot();
        cached = new Cached(fresh, freshUntil);
        return fresh;
    }

    /** Forgets the cached register, after a change committed here. */
    void invalidate() {
        cached = null;
    }

    @Override
    public ControllerIdentity controller() {
        return identity.identity();
    }

    @Override
    public List<ProcessingActivity> activities() {
        return snapshot().activities().stream().map(RegisterItem::value).toList();
    }

    @Override
    public Optional<ProcessingActivity> activity(String key) {
        return snapshot().activity(key).map(RegisterItem::value);
    }

    @Override
    public List<Recipient> recipients() {
        return snapshot().recipients().stream().map(RegisterItem::value).toList();
    }

    @Override
    public Optional<Recipient> recipient(String key) {
        return snapshot().recipient(key).map(RegisterItem::value);
    }

    @Override
    public List<Recipient> recipientsOf(ProcessingActivity activity) {
        RegisterSnapshot snapshot = snapshot();
        return activity.recipientKeys().stream().map(snapshot::recipient).flatMap(Optional::stream)
                .map(RegisterItem::value).toList();
    }

    @Override
    public List<String> securityMeasures() {
        return snapshot().securityMeasures().value();
    }

    @Override
    public long revision() {
        return snapshot().revision();
    }

    private static long refreshNanos() {
        int seconds = ModuleConfig.get().getOptionalValue(REFRESH_KEY, Integer.class).orElse(5);
        return Duration.ofSeconds(Math.max(0, seconds)).toNanos();
    }
}
