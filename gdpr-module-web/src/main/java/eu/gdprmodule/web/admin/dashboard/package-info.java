/** The console's dashboard: the figures an administrator or DPO checks first. */
package eu.gdprmodule.web.admin.dashboard;
