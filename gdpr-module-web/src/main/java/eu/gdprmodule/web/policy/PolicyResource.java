package eu.gdprmodule.web.policy;

import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.PublishedPolicies;
import eu.gdprmodule.policy.UnknownPolicy;
import eu.gdprmodule.web.admin.policy.PolicyJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /gdpr/api/policies/{slug}}: the published policies for any page or app, the version in
 * force in the visitor's language (Accept-Language, or {@code ?lang=}), with fallback.
 */
@Path("policies/{slug}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    PublishedPolicies policies;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject inForce(@PathParam("slug") String slug) {
        String language = language(slug);
        PolicyVersion version = policies.inForce(slug, language).orElseThrow();
        return PolicyJson.full(version).add("html", policies.html(version)).add("languages", Json.createArrayBuilder(policies.languages(slug)))
                .add("history", request.getContextPath() + "/gdpr/policies/" + slug + "/history").build();
    }

    @GET
    @Path("versions")
    public JsonObject versions(@PathParam("slug") String slug) {
        String language = language(slug);
        JsonArrayBuilder versions = Json.createArrayBuilder();
        policies.versions(slug, language).forEach(v -> versions.add(PolicyJson.summary(v)));
        return Json.createObjectBuilder().add("slug", slug).add("language", language).add("versions", versions).build();
    }

    @GET
    @Path("versions/{number}")
    public JsonObject version(@PathParam("slug") String slug, @PathParam("number") String number) {
        String language = language(slug);
        return policies.version(slug, language, PolicyPages.number(number))
                .map(v -> PolicyJson.full(v).add("html", policies.html(v)).build())
                .orElseThrow(() -> new UnknownPolicy("'" + slug + "' has no version " + number + " in '" + language + "'."));
    }

    private String language(String slug) {
        if (policies.versions(slug).isEmpty()) {
            throw new UnknownPolicy("There is no policy named '" + slug + "'.");
        }
        return policies.languageFor(slug, PolicyLanguage.preferred(request))
                .orElseThrow(() -> new UnknownPolicy("The policy '" + slug + "' has not been published yet."));
    }
}
