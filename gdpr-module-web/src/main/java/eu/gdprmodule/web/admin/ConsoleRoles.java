package eu.gdprmodule.web.admin;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The two roles of the console, as a host maps its users or groups to them.
 *
 * <ul>
 * <li>{@value #ADMINISTRATOR}: everything.</li>
 * <li>{@value #DPO}: the data protection officer reads everything and processes data-subject
 * requests, but changes neither the settings nor the register: the DPO monitors compliance
 * (Art. 39(1)(b) GDPR) and should not audit choices they made themselves.</li>
 * </ul>
 */
public final class ConsoleRoles {

    public static final String ADMINISTRATOR = "gdpr-admin";
    public static final String DPO = "gdpr-dpo";

    private ConsoleRoles() {
    }

    public static boolean mayEnter(HttpServletRequest request) {
        return request.isUserInRole(ADMINISTRATOR) || request.isUserInRole(DPO);
    }
}
