package eu.gdprmodule.examples.shop.infrastructure;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The shop's MicroProfile Config, looked up on each use with the shop's own class loader as the
 * thread's context loader, so it includes the shop's {@code META-INF/microprofile-config.properties}
 * whichever thread asks.
 *
 * <p>Why: Payara decides which files a Config includes from the calling thread's context class
 * loader and caches the result. Mail goes out on an {@code @Asynchronous} EJB thread, and a policy
 * notice starts in whatever thread published the policy; neither should depend on that thread's
 * loader to see the shop's settings (the module's {@code ModuleConfig} does the same for itself).
 */
public final class ShopConfig {

    private ShopConfig() {
    }

    public static Config get() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader shop = ShopConfig.class.getClassLoader();
        thread.setContextClassLoader(shop);
        try {
            return ConfigProvider.getConfig(shop);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
