/**
 * The console's retention screen ({@code /gdpr/admin/retention/}) and its API
 * ({@code /gdpr/api/admin/retention}): the rules in force, taken from the register only, the
 * module's data without a rule, the run log, and "run now" for administrators (Art. 5(1)(e) and
 * 5(2) GDPR: storage limitation, and being able to show it is applied).
 */
package eu.gdprmodule.web.admin.retention;
