package eu.gdprmodule.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

/**
 * An application-scoped bean itself rather than its client proxy (which is what injection gives),
 * for code that every page view runs several times: each call through a proxy looks the
 * application's context up again, and on Payara that showed as a tenth of the cookie banner's
 * cost in bench/page-overhead. Only for {@link ApplicationScoped} beans without interceptors or
 * decorators: such a bean lives as long as the application, so the proxy would reach this same
 * instance on every call anyway.
 */
public final class Unproxied {

    private Unproxied() {
    }

    /** The contextual instance of the application-scoped bean of this type, created if need be. */
    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> type) {
        BeanManager beans = CDI.current().getBeanManager();
        Bean<T> bean = (Bean<T>) beans.resolve(beans.getBeans(type));
        if (bean == null || bean.getScope() != ApplicationScoped.class) {
            throw new IllegalArgumentException(type.getName() + " is not one application-scoped bean");
        }
        Context context = beans.getContext(ApplicationScoped.class);
        return context.get(bean, beans.createCreationalContext(bean));
    }
}
