/**
 * The console's settings: today the controller identity, which administrators may save in the
 * console instead of the configuration. The DPO reads it; only administrators change it.
 */
package eu.gdprmodule.web.admin.settings;
