/**
 * The console's audit screen and API: the log, newest first, filtered and paged lazily; its CSV
 * export; and the chain verification a DPO runs before showing the log to an authority.
 */
package eu.gdprmodule.web.admin.audit;
