/**
 * The administration console at {@code /gdpr/admin/} and its REST API at
 * {@code /gdpr/api/admin/}: who may enter ({@link eu.gdprmodule.web.admin.ConsoleRoles}), the
 * protections every console response gets (security headers, a script policy without inline
 * script, same-origin writes), the shell (navigation, language, sign-out) and, in sub-packages,
 * the screens.
 *
 * <p>The module does not authenticate anyone: the host's Jakarta Security mechanism does, and
 * the host maps its users or groups to the two roles (see {@code docs/integration.md}).
 */
package eu.gdprmodule.web.admin;
