package eu.gdprmodule.web.admin.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code /gdpr/admin/index.xhtml}: figures computed once per request. */
@Named("gdprDashboard")
@RequestScoped
public class DashboardView {

    @Inject
    Dashboard dashboard;

    private DashboardFigures figures;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
