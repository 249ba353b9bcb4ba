package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The shop's data source for beans the GDPR module calls. In an EAR the module's EJB calls the
 * shop's request contributors, and a bean first created on that call resolves its
 * {@code @Resource} fields in the module's naming context, where the shop's names do not exist
 * (Payara Server: "No object bound to name java:comp/env/..."). This bean is created when the
 * shop starts, in the shop's own context, and hands the looked-up data source to the others.
 */
@ApplicationScoped
public class ShopDataSource {

    @Resource(lookup = ShopDatabase.DATA_SOURCE)
    DataSource dataSource;

    /** Created with the shop, not on a first call from another module. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer itself is the point: CDI creates this bean now, in the shop's context
    }

    @Produces
    @ShopData
    DataSource dataSource() {
        return dataSource;
    }
}
