package eu.gdprmodule.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Shortens EclipseLink's own retry of a read that failed on a broken connection. By default it
 * tries three more times, five seconds apart: fifteen seconds during which a request thread, or
 * a readiness probe, hangs on a database that is down. The container's pool already replaces
 * broken connections, so one quick retry is enough to step over a connection the database closed
 * (a restart, a fail-over) and an outage is reported at once.
 */
public class OutageSessionCustomizer implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 250;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
        }
    }
}
