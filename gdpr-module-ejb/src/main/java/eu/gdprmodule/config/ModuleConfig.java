package eu.gdprmodule.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The module's MicroProfile Config. Module code reads its settings through this on each use,
 * never through an injected {@code Config} kept in a field.
 *
 * <p>Why: Payara decides whether a Config includes the application's
 * {@code microprofile-config.properties} from the calling thread's context class loader, not from
 * the loader passed in, and caches what it built. Some threads that call into the module are not
 * the application's: the one that opens the first pooled connection while Payara deploys the
 * application (its context loader is {@code null}), and the one that runs {@code /health/ready}.
 * A Config obtained there lacks every property the host sets in its files, and a bean that kept
 * it would never see them. So the lookup runs with the module's own class loader as context
 * loader.
 */
public final class ModuleConfig {

    /**
     * How long a looked-up Config is handed out again: every page view reads several settings,
     * and the lookup (context loader swapped, Payara's registry asked) showed in
     * bench/page-overhead. The settings derived from a Config are rebuilt when its identity
     * changes, so a change made to the server's configuration is seen within this time.
     */
    static final long RECHECK_NANOS = 1_000_000_000L;

    private record Held(Config config, long at) {
    }

    private static volatile Held held;

    private ModuleConfig() {
    }

    public static Config get() {
        long now = System.nanoTime();
        Held h = held;
        if (h != null && now - h.at() < RECHECK_NANOS) {
            return h.config();
        }
        Config config = lookup();
        held = new Held(config, now);
        return config;
    }

    private static Config lookup() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader module = ModuleConfig.class.getClassLoader();
        thread.setContextClassLoader(module);
        try {
            return ConfigProvider.getConfig(module);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
