/**
 * What host applications add to the console through CDI events ({@code ConsoleMenu},
 * {@code DashboardTiles}, {@code DataSubjectPanels} of {@code eu.gdprmodule.api}): each host
 * observer is called on its own, once per page, in a predictable order, and one that throws or
 * runs past the page's time budget is drawn as a failed slot with its name, so a broken extension
 * never takes the console down with it. Host pages reached from the console use the console's
 * template and are kept to the console's roles ({@link eu.gdprmodule.web.admin.host.HostPageGuard}).
 */
package eu.gdprmodule.web.admin.host;
