package eu.gdprmodule.web.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * A host's own JAX-RS application written the most common way: no {@code getClasses()}. The
 * server then publishes every resource class of the WAR under it, the module's included, at
 * {@code /rest/...}, where no URL-pattern constraint of the module applies.
 */
@ApplicationPath("rest")
public class AdminConsoleITHostApplication extends Application {
}
