package eu.gdprmodule.examples.shop.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Page views counted since the shop started (kept in memory: a demonstration, not a product). */
@ApplicationScoped
public class PageViews {

    private final AtomicLong counted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    void count() {
        counted.incrementAndGet();
    }

    void refuse() {
        refused.incrementAndGet();
    }

    public long counted() {
        return counted.get();
    }

    public long refused() {
        return refused.get();
    }
}
