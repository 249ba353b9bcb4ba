package eu.gdprmodule.web;

import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.persistence.EmbeddedDerby;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Shuts embedded Derby down when the web application stops, so no lock file stays behind and a
 * redeploy can boot the database again. Declared in the module's {@code web-fragment.xml}, which
 * orders the module before the host's fragments: listeners are destroyed in reverse order, so
 * this one runs after the host's own listeners are done with their data.
 */
public class ModuleShutdown implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        EmbeddedDerby.shutdownIfUsed(ModuleConfig.get());
    }
}
