package eu.gdprmodule.web.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import eu.gdprmodule.web.admin.AdministratorsOnlyInterceptor;
import eu.gdprmodule.web.admin.ConsoleRoles;
import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.web.admin.ConsoleApiAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Runs {@link JsonBodyGuard} on the body of every resource method that reads one (it declares
 * {@code @Consumes}; every body this API takes is JSON, the register and cookie catalogue files
 * included when sent as {@code text/plain}). It runs after matching, so Jersey has already
 * answered 415 for a media type the method does not take, and before any reader binds the body:
 * a refused body never reaches Yasson or Parsson's recursive reader.
 *
 * <p>A refusal is a client's mistake: one log line, no stack trace (an anonymous probe must not
 * be able to fill the log), and the API's problem JSON saying what to send.
 *
 * <p>Only the module's own resources, and registered by the module's application only (no
 * {@code @Provider}): a host's application that scans the WAR keeps its own body handling.
 */
public class JsonBodyFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(JsonBodyFilter.class.getName());

    /** A public write (a request, a preference) is a few KB; 64 KB leaves room for escapes. */
    static final int MAX_PUBLIC = 64 * 1024;
    /** An administrator's write may be a register file or a policy of up to 200,000 characters. */
    static final int MAX_ADMIN = 2 * 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    /**
     * Whether the body's top-level kind fits the method's entity parameter. Jersey would otherwise
     * hand a JSON string or array to a {@code JsonObject} parameter and fail invoking the method
     * ("argument type mismatch", a 500 outside any exception mapper).
     */
    static void shape(Method method, char first) throws JsonBodyGuard.Refused {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().length > 0) {
                continue; // @PathParam, @HeaderParam...: the entity is the one parameter without annotation
            }
            Class<?> type = parameter.getType();
            boolean any = type == String.class || type == Object.class || type == JsonValue.class || type == JsonStructure.class
                    || type == byte[].class || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type);
            boolean array = type.isArray() || JsonArray.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type);
            if (!any && array && first != '[') {
                throw new JsonBodyGuard.Refused(400, "Send a JSON array ([...]) as the body.");
            }
            if (!any && !array && first != '{') {
                throw new JsonBodyGuard.Refused(400, "Send a JSON object ({...}) as the body, with the fields this "
                        + "resource's GET shows.");
            }
            return;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !resource.getResourceClass().getName().startsWith("eu.gdprmodule.")
                || (!method.isAnnotationPresent(Consumes.class) && !resource.getResourceClass().isAnnotationPresent(Consumes.class))) {
            return;
        }
        if (resource.getResourceClass().isAnnotationPresent(ConsoleApi.class)) {
            // who may call at all comes first: the same answer as ConsoleApiInterceptor's, before the body is read
            ConsoleApiAccess.Refusal refusal = ConsoleApiAccess.refusal(servletRequest);
            if (refusal != null) {
                request.abortWith(jakarta.ws.rs.core.Response.status(refusal.status())
                        .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(refusal.json()).build());
                return;
            }
        }
        if ((method.isAnnotationPresent(AdministratorsOnly.class) || resource.getResourceClass().isAnnotationPresent(
                AdministratorsOnly.class)) && !request.getSecurityContext().isUserInRole(ConsoleRoles.ADMINISTRATOR)) {
            // who may write comes before how to write: the interceptor's answer, before the body is read
            request.abortWith(Problem.response(403, AdministratorsOnlyInterceptor.REFUSAL));
            return;
        }
        String path = request.getUriInfo().getPath();
        int max = path.startsWith("admin/") || path.startsWith("/admin/") ? MAX_ADMIN : MAX_PUBLIC;
        try {
            String text = JsonBodyGuard.read(request.getEntityStream(), request.getHeaderString(HttpHeaders.CONTENT_TYPE), max);
            shape(method, text.strip().charAt(0));
            request.setEntityStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonBodyGuard.Refused refused) {
            LOG.info(() -> "GDPR API refused the body of " + request.getMethod() + " /gdpr/api/" + path.replaceFirst("^/", "")
                    + " (" + refused.status() + "): " + refused.getMessage());
            request.abortWith(Problem.response(refused.status(), refused.getMessage()));
        } catch (IOException unreadable) {
            // the client went away or sent a broken chunked body: nothing a server can fix
            LOG.info(() -> "GDPR API could not read the body of " + request.getMethod() + " /gdpr/api/"
                    + path.replaceFirst("^/", "") + ": " + unreadable.getClass().getSimpleName());
            request.abortWith(Problem.response(400, "The request body could not be read to its end: send it again."));
        }
    }
}
