package eu.gdprmodule.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.web.TestHost;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A host that ships a register file with a mistake: the module refuses to import it, and the
 * readiness check says so, naming the key, the file and the field, so the operator learns it
 * before a policy page describes a register that is not there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InitialRegisterIT {

    static final String BROKEN = """
            {"format": "gdpr-register/1", "recipients": [],
             "activities": [{"key": "newsletter", "name": "Newsletter", "purposes": ["Send the newsletter"],
                             "dataCategories": ["contact"], "dataSubjects": ["subscribers"],
                             "legalBases": [{"basis": "consent"}],
                             "retention": {"period": "three years", "startsAt": "last-contact", "endAction": "delete"}}]}
            """;

    @Deployment(testable = false)
    static WebArchive host() {
        return TestHost.war("initial-register", "config_ordinal=500\n"
                + "gdpr.register.initial-file=classpath:META-INF/gdpr/register.json")
                .addAsResource(new StringAsset(BROKEN), "META-INF/gdpr/register.json");
    }

    @ArquillianResource
    URL base;

    @Test
    void aShippedRegisterWithAMistakeIsNotImportedAndReadinessNamesTheField() throws Exception {
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root.resolve("health/ready"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("gdpr.register.initial-file (classpath:META-INF/gdpr/register.json) was not "
                + "imported: activities[0].retention.period: Give the period as ISO-8601"), ready.body());
    }
}
