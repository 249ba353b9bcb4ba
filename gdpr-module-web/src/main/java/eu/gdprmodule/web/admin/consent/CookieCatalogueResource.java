package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.consent.CookieCatalogueFile;
import eu.gdprmodule.consent.StoredCatalogue;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /gdpr/api/admin/cookie-catalogue}: the cookie catalogue as its file
 * ({@code docs/cookie-catalogue.md}, {@code "format": "gdpr-cookies/1"}). Both console roles
 * read; administrators replace it as a whole.
 *
 * <ul>
 * <li>{@code GET}: the file, its revision as {@code ETag} ({@code ?download=true}: as the
 *     attachment {@code cookies.json});</li>
 * <li>{@code PUT} a file with the revision it started from in {@code If-Match}: 428 without it,
 *     409 naming who saved since, 400 with every problem and its path (nothing saved).</li>
 * </ul>
 */
@ConsoleApi
@Path("admin/cookie-catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CookieCatalogueResource {

    @Inject
    CookieCatalogueService service;

    @GET
    public Response catalogue(@QueryParam("download") boolean download) {
        Response.ResponseBuilder response = file(Response.ok(), service.load());
        if (download) {
            response.header("Content-Disposition", "attachment; filename=\"cookies.json\"");
        }
        return response.build();
    }

    @PUT
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @AdministratorsOnly
    public Response replace(@HeaderParam("If-Match") String ifMatch, String body) {
        int revision = revision(ifMatch);
        if (body == null || body.isBlank()) {
            throw new BadRequestException("Send a cookie catalogue file (JSON, \"format\": \""
                    + CookieCatalogueFile.FORMAT + "\") as the body.");
        }
        return file(Response.ok(), service.saveFile(body, revision)).build();
    }

    private static Response.ResponseBuilder file(Response.ResponseBuilder response, StoredCatalogue stored) {
        return response.entity(CookieCatalogueFile.write(stored.catalogue()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(new EntityTag(Integer.toString(stored.revision())));
    }

    /** The revision a save starts from: the {@code ETag} of the GET it was edited from. */
    static int revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("Send the revision you edited in an If-Match header: the ETag of "
                    + "the catalogue's GET, such as \"3\" (\"0\" before the first save), so you do not overwrite "
                    + "someone else's changes unseen.", 428);
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            int revision = Integer.parseInt(tag);
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("If-Match must be the ETag of the catalogue's GET, such as \"3\" (found "
                + ifMatch + ").");
    }
}
