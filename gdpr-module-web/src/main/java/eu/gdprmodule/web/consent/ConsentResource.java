package eu.gdprmodule.web.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /gdpr/api/consents/current}: the visitor's cookie state for scripts, and the banner's
 * HTML for pages that only have the script tag; never anything about another visitor. Choices are
 * posted to {@link ConsentApiEndpoint}.
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    ConsentHttp http;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("current")
    public Response current(@QueryParam("lang") String lang, @QueryParam("return") String back) {
        VisitorState state = http.state(request, lang);
        String html = new BannerMarkup(request.getContextPath(), state, ConsentHttp.safeReturn(request, back)).container();
        return Response.ok(state.json().add("html", html).build()).cacheControl(noStore()).header("Vary", "Cookie").build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
