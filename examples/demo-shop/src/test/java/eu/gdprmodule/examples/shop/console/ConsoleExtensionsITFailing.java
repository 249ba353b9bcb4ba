package eu.gdprmodule.examples.shop.console;

import eu.gdprmodule.api.ConsoleMenu;
import eu.gdprmodule.api.DashboardTiles;
import eu.gdprmodule.api.DataSubjectPanels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test deployment only: a host extension that throws on every console event, as one whose
 * database is down would. The console must show it as failed in its place and draw the rest.
 */
@ApplicationScoped
public class ConsoleExtensionsITFailing {

    static final String MESSAGE = "reviews database unreachable (test)";

    void menu(@Observes ConsoleMenu menu) {
        throw new IllegalStateException(MESSAGE);
    }

    void tiles(@Observes DashboardTiles tiles) {
        throw new IllegalStateException(MESSAGE);
    }

    void panels(@Observes DataSubjectPanels panels) {
        throw new IllegalStateException(MESSAGE);
    }
}
