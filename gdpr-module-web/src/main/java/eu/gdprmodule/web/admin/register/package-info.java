/**
 * The console's register of processing activities (Art. 30 GDPR): the screens that list, search
 * and filter the activities and recipients, the forms that edit them with each refused field
 * explained next to it and the article behind it, the security measures of every activity, the
 * printable record for the supervisory authority, and the JSON and CSV API beside them. Every
 * change goes through {@link eu.gdprmodule.web.admin.register.RegisterService} to the register
 * store, which checks it, audits it and announces it; the DPO role reads everything, only
 * administrators change anything.
 */
package eu.gdprmodule.web.admin.register;
