package eu.gdprmodule.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Map;
import java.util.Set;

/**
 * The test host's users, signed in with HTTP Basic: an administrator, a DPO and a customer who
 * has no console role. Groups are named after the roles and mapped in payara-web.xml, as the
 * integration guide tells hosts to do.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "gdpr-it")
public class AdminConsoleITSecurity implements IdentityStore {

    public static final String PASSWORD = "it-password";

    private static final Map<String, String> GROUP_OF = Map.of(
            "admin@it.example", "gdpr-admin",
            "dpo@it.example", "gdpr-dpo",
            "customer@it.example", "customer");

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String group = GROUP_OF.get(credential.getCaller());
        if (group == null || !PASSWORD.equals(credential.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(credential.getCaller(), Set.of(group));
    }

    public static final String PAYARA_WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE payara-web-app PUBLIC "-//Payara.fish//DTD Payara Server 4 Servlet 3.0//EN" "https://raw.githubusercontent.com/payara/Payara-Server-Documentation/master/schemas/payara-web-app_4.dtd">
            <payara-web-app>
                <security-role-mapping><role-name>gdpr-admin</role-name><group-name>gdpr-admin</group-name></security-role-mapping>
                <security-role-mapping><role-name>gdpr-dpo</role-name><group-name>gdpr-dpo</group-name></security-role-mapping>
                <security-role-mapping><role-name>customer</role-name><group-name>customer</group-name></security-role-mapping>
            </payara-web-app>
            """;

    public static final String WEB_XML = """
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
                <security-role><role-name>customer</role-name></security-role>
            </web-app>
            """;
}
