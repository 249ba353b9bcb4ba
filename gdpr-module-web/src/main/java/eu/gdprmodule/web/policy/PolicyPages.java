package eu.gdprmodule.web.policy;

import eu.gdprmodule.policy.PolicyVersion;
import eu.gdprmodule.policy.PublishedPolicies;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The public policy pages, plain server-rendered HTML without a script (they must read in any
 * browser, and nothing that runs code may reach a visitor through a policy):
 * <ul>
 * <li>{@code /gdpr/policies/{slug}}: the version in force with its "last updated" date;</li>
 * <li>{@code /gdpr/policies/{slug}/history}: every published version, date, summary, material or not;</li>
 * <li>{@code /gdpr/policies/{slug}/versions/{n}}: any version, as it was published.</li>
 * </ul>
 * The language follows {@code ?lang=} then Accept-Language, falling back to the default. An
 * unknown policy or version is a 404 page that says so.
 */
@WebServlet(name = "gdprPolicyPages", urlPatterns = "/gdpr/policies/*")
public class PolicyPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Defence in depth over the sanitiser: even a script that got into a policy would not run. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' https:";

    @Inject
    PublishedPolicies policies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        String slug = parts[0];
        PolicyPageWriter page = new PolicyPageWriter(request, response, PAGE_POLICY);
        Optional<List<PolicyVersion>> versions = slug.isEmpty() ? Optional.empty() : policies.versions(slug);
        if (versions.isEmpty() || versions.get().isEmpty()) {
            page.notFound(slug.isEmpty() ? page.text("notFound.noPolicy") : page.text("notFound.policy", slug));
            return;
        }
        String language = policies.languageFor(slug, PolicyLanguage.preferred(request)).orElseThrow();
        List<PolicyVersion> inLanguage = policies.versions(slug, language);
        PolicyVersion current = inLanguage.get(0);
        page.language(language, policies.languages(slug));
        if (parts.length == 1) {
            page.version(current, policies.html(current), current, 60);
        } else if (parts.length == 2 && parts[1].equals("history")) {
            page.history(current, inLanguage);
        } else if (parts.length == 3 && parts[1].equals("versions")) {
            int number = number(parts[2]);
            Optional<PolicyVersion> version = inLanguage.stream().filter(v -> v.getNumber() == number).findFirst();
            if (version.isEmpty()) {
                page.notFound(page.text("notFound.version", slug, parts[2]));
            } else {
                page.version(version.get(), policies.html(version.get()), current, version.get() == current ? 60 : 86_400);
            }
        } else {
            page.notFound(page.text("notFound.page", path));
        }
    }

    /** A version number from a path, or -1 (which no version has) for anything else. */
    static int number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
