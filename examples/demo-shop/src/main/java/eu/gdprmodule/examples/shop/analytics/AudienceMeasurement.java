package eu.gdprmodule.examples.shop.analytics;

import eu.gdprmodule.api.VisitorConsent;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /analytics/hit}: one page view from {@code resources/shop/analytics.js}. The
 * browser only runs that script after consent, but the server checks again: a hit from a visitor
 * who has not allowed "analytics" (an old page, a script copied elsewhere) is not counted.
 * {@code GET /analytics/hit} tells the counts, for the shop's tests and the curious.
 */
@WebServlet("/analytics/hit")
public class AudienceMeasurement extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VisitorConsent consent;

    @Inject
    transient PageViews views;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (consent.granted("analytics")) {
            views.count();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            views.refuse();
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "No consent to audience measurement: this page view is not counted.");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"counted\":" + views.counted() + ",\"refused\":" + views.refused() + "}");
    }
}
