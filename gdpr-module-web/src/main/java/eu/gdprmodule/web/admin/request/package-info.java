/**
 * The console's data-subject request screens (Art. 12 to 22 GDPR): the inbox, most urgent first,
 * with requests due within the week or overdue marked (Art. 12(3): one month, extendable once by
 * two); and one request's page, with its timeline, each host contributor's report of an export or
 * an erasure, and the actions that fit where it stands (verify by hand, extend, export, preview
 * and run the erasure, restrict, uphold an objection, refuse with its reason, complete with a reply
 * from an English or French template). Administrators and the DPO both process requests; every
 * action goes through the engine in {@code eu.gdprmodule.request}, which writes the timeline and
 * the audit log and mails the person.
 */
package eu.gdprmodule.web.admin.request;
