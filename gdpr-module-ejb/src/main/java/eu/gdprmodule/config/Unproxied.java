package eu.gdprmodule.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;

/**
 * An application-scoped bean itself rather than its client proxy (which is what injection gives),
 * for code that every page view runs several times: on Payara each call through a proxy finds the
 * application's bean store again, which showed in bench/page-overhead. Only for
 * {@link ApplicationScoped} beans without interceptors or decorators: such a bean lives as long as
 * the application, so the proxy would reach this same instance on every call anyway.
 */
public final class Unproxied {

    private Unproxied() {
    }

    /**
     * The contextual instance of the application-scoped bean behind {@code proxy}, created if need
     * be; the proxy itself when this bean manager cannot name that one bean (nothing is lost then
     * but the time the proxy takes).
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> type, T proxy) {
        BeanManager beans = CDI.current().getBeanManager();
        Set<Bean<?>> candidates = beans.getBeans(type);
        Bean<T> bean = candidates.size() == 1 ? (Bean<T>) candidates.iterator().next() : null;
        if (bean == null || bean.getScope() != ApplicationScoped.class || !bean.getBeanClass().equals(type)) {
            return proxy;
        }
        Context context = beans.getContext(ApplicationScoped.class);
        return context.get(bean, beans.createCreationalContext(bean));
    }
}
