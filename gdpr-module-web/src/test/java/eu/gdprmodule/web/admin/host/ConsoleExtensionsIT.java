package eu.gdprmodule.web.admin.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import eu.gdprmodule.web.admin.AdminConsoleITSecurity;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Host extensions of the console on a real Payara Micro: menu entries, dashboard tiles and
 * per-person panels from the test host's observers ({@link ConsoleExtensionsITContributors}),
 * in their order, filtered by role, with host text escaped; a contributor that throws, offers a
 * {@code javascript:} link or comes after the time budget is spent is shown as failed by name,
 * without its error, and the page still answers 200. Host pages drawn with the console's template
 * are refused to anonymous visitors and to users without a console role, with or without a
 * security constraint of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleExtensionsIT {

    static final String ADMIN = "admin@it.example";
    static final String DPO = "dpo@it.example";
    static final String CUSTOMER = "customer@it.example";
    private static final String CONTRIBUTORS = ConsoleExtensionsITContributors.class.getSimpleName() + "$";
    private static final Pattern HOST_NAV = Pattern.compile("data-host-nav=\"([^\"]+)\"\\s+data-slot=\"([^\"]+)\"");
    private static final Pattern TILE = Pattern.compile("gdpr-host-tile[^\"]*\" data-contributor=\"([^\"]+)\"\\s+data-slot=\"([^\"]+)\"");
    private static final Pattern PANEL = Pattern.compile("data-contributor=\"([^\"]+)\"(?: data-kind=\"([^\"]*)\")?\\s+data-slot=\"([^\"]+)\"");

    static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <servlet>
                    <servlet-name>Faces Servlet</servlet-name>
                    <servlet-class>jakarta.faces.webapp.FacesServlet</servlet-class>
                    <load-on-startup>1</load-on-startup>
                </servlet>
                <servlet-mapping>
                    <servlet-name>Faces Servlet</servlet-name>
                    <url-pattern>*.xhtml</url-pattern>
                </servlet-mapping>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Staff pages</web-resource-name>
                        <url-pattern>/staff/*</url-pattern>
                    </web-resource-collection>
                    <auth-constraint>
                        <role-name>gdpr-admin</role-name>
                        <role-name>gdpr-dpo</role-name>
                    </auth-constraint>
                </security-constraint>
                <security-role><role-name>customer</role-name></security-role>
            </web-app>
            """;

    static final String HOST_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            template="/WEB-INF/gdpr/console.xhtml">
                <ui:param name="title" value="Host page"/>
                <ui:define name="content"><p id="host-content">The host's own staff page</p></ui:define>
            </ui:composition>
            """;

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("extensions", "gdpr.console.contribution-budget-ms=1000")
                .addClasses(AdminConsoleITSecurity.class, ConsoleExtensionsITContributors.class)
                .addClasses(ConsoleExtensionsITContributors.class.getDeclaredClasses())
                .addAsWebInfResource(new StringAsset(WEB_XML), "web.xml")
                .addAsWebInfResource(new StringAsset(AdminConsoleITSecurity.PAYARA_WEB_XML), "payara-web.xml")
                .addAsWebResource(new StringAsset(HOST_PAGE), "staff/host-page.xhtml")
                .addAsWebResource(new StringAsset(HOST_PAGE), "unguarded/host-page.xhtml");
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void menuEntriesComeInTheirOrderFilteredByRoleWithFailedContributorsNamed() {
        String admin = page(ADMIN, "/gdpr/admin/index.xhtml").body();
        assertEquals(List.of("Crm=ok", "Broken=failed", "Shop=ok", "BadLink=failed", "Shop=ok", "Shop=ok"), pairs(HOST_NAV, admin),
                "order value first (Crm's 5 before Shop's 10), then class name; a failed contributor takes its @Priority");
        assertTrue(admin.indexOf(">CRM</a>") < admin.indexOf("Customers</a>"), admin);
        assertTrue(admin.contains("href=\"https://wiki.example/gdpr?a=1&amp;b=2\""), "an absolute link as given, escaped");
        assertTrue(admin.contains("href=\"" + URI.create(base.toExternalForm()).getPath() + "staff/customers.xhtml\""),
                "a path gets the context path");

        String dpo = page(DPO, "/gdpr/admin/index.xhtml").body();
        assertEquals(List.of("Crm=ok", "Broken=failed", "Shop=ok", "BadLink=failed", "Shop=ok"), pairs(HOST_NAV, dpo),
                "Customers needs gdpr-admin: the DPO does not see it");
        assertFalse(dpo.contains("Customers</a>"), dpo);
    }

    @Test
    void hostTextIsShownAsTextAndNoErrorReachesThePage() {
        for (String path : List.of("/gdpr/admin/index.xhtml", "/gdpr/admin/requests/subject.xhtml?email=ana@it.example")) {
            HttpResponse<String> response = page(ADMIN, path);
            assertEquals(200, response.statusCode(), path);
            String body = response.body();
            assertFalse(body.contains("<script>alert('menu')"), path + ": a host label is text");
            assertTrue(body.contains("&lt;script&gt;alert('menu')&lt;/script&gt; &amp; reports")
                    || body.contains("&lt;script&gt;alert(&#39;menu&#39;)&lt;/script&gt; &amp; reports"), path + ": " + body);
            assertFalse(body.contains("javascript:"), path + ": a javascript: link never reaches the page");
            assertFalse(body.contains("secret-detail-42"), path + ": the failure's message stays in the log");
            assertFalse(body.contains("IllegalStateException"), path + ": no exception on the page");
            assertTrue(body.contains("Broken failed; the server’s log says why."), path);
        }
    }

    @Test
    void dashboardTilesFollowTheModulesAndAFailedOneKeepsItsPlace() {
        String admin = page(ADMIN, "/gdpr/admin/index.xhtml").body();
        assertEquals(List.of("Crm=ok", "Broken=failed", "Shop=ok"), pairs(TILE, admin));
        assertTrue(admin.indexOf("id=\"tile-register\"") < admin.indexOf("gdpr-host-tile"), "after the module's own tiles");
        assertTrue(admin.contains("&lt;b&gt;Inactive&lt;/b&gt; customers"), "a title is text");
        assertTrue(admin.contains("gdpr-tile-warning") && admin.contains("data-severity=\"warning\""), "the severity colours the tile");
        assertTrue(admin.contains("3 to anonymise"), admin);
        assertTrue(admin.contains("staff/customers.xhtml?inactive=3&amp;sort=name\""), admin);

        String dpo = page(DPO, "/gdpr/admin/index.xhtml").body();
        assertEquals(List.of("Broken=failed", "Shop=ok"), pairs(TILE, dpo), "Leads needs gdpr-admin");
    }

    @Test
    void aPersonsPanelsListTheHostsRecordsWithEditLinks() {
        HttpResponse<String> response = page(DPO, "/gdpr/admin/requests/subject.xhtml?email=" + encode(" Ana@IT.example "));
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertEquals(List.of("Crm/leads=ok", "Broken/=failed", "Shop/orders=ok"), panels(body));
        assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;"), "a value is text");
        assertTrue(body.contains("for ana@it.example"), "the observer got the address, trimmed and in lower case");
        assertTrue(body.contains("staff/order.xhtml?id=1&amp;view=full\" class=\"gdpr-panel-edit\""), body);
        assertTrue(body.contains("No record."), "an empty panel says so");
    }

    @Test
    void contributorsAfterTheTimeBudgetAreShownAsSkipped() {
        HttpResponse<String> response = page(ADMIN, "/gdpr/admin/requests/subject.xhtml?email=slow@it.example");
        assertEquals(200, response.statusCode());
        assertEquals(List.of("Broken/=failed", "Shop/orders=ok", "Crm/=skipped"), panels(response.body()),
                "Slow spent the 1 s budget: Crm, called after it, is not asked (and a skipped slot takes its @Priority as order)");
        assertTrue(response.body().contains("Crm was not asked"), response.body());
    }

    @Test
    void badLookupsAreAnsweredOnThePage() {
        for (String email : List.of("not-an-address", "<script>alert(1)</script>@x", "a@" + "b".repeat(400), "%", "@", "")) {
            HttpResponse<String> response = page(ADMIN, "/gdpr/admin/requests/subject.xhtml?email=" + encode(email));
            assertEquals(200, response.statusCode(), email);
            assertFalse(response.body().contains("<script>alert(1)"), email);
            assertTrue(panels(response.body()).isEmpty(), email + ": nobody is looked up");
        }
        assertTrue(page(ADMIN, "/gdpr/admin/requests/subject.xhtml?email=nope").body().contains("This is not an e-mail address."));
    }

    @Test
    void hostPagesWithTheConsoleTemplateKeepTheConsolesLookAndRoles() {
        for (String path : List.of("/staff/host-page.xhtml", "/unguarded/host-page.xhtml")) {
            assertEquals(401, page(null, path).statusCode(), path + " anonymous");
            HttpResponse<String> customer = page(CUSTOMER, path);
            assertEquals(403, customer.statusCode(), path + " customer");
            assertFalse(customer.body().contains("The host's own staff page"), path);
            for (String user : List.of(DPO, ADMIN)) {
                HttpResponse<String> response = page(user, path);
                assertEquals(200, response.statusCode(), path + " " + user);
                assertTrue(response.body().contains("The host's own staff page"), path);
                assertTrue(response.body().contains("gdpr/console.css"), path + ": the console's stylesheet");
                assertTrue(response.body().contains("data-nav=\"requests\""), path + ": the console's navigation");
                assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
            }
        }
        String shown = page(ADMIN, "/staff/host-page.xhtml").body();
        Matcher current = Pattern.compile("<a href=\"[^\"]*/staff/host-page.xhtml\" data-host-nav=\"[^\"]+\" data-slot=\"ok\"\\s+"
                + "class=\"gdpr-nav-current\"").matcher(shown);
        assertTrue(current.find(), "the entry of the page shown is marked: " + shown);
    }

    private List<String> pairs(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            found.add(m.group(1).replace(CONTRIBUTORS, "") + "=" + m.group(2));
        }
        return found;
    }

    private List<String> panels(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = PANEL.matcher(body);
        while (m.find()) {
            found.add(m.group(1).replace(CONTRIBUTORS, "") + "/" + (m.group(2) == null ? "" : m.group(2)) + "=" + m.group(3));
        }
        return found;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> page(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path.substring(1)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + AdminConsoleITSecurity.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
