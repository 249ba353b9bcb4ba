/**
 * The console's policies: the list of every policy in every language with the version in force
 * and whether the register changed under it (a policy must describe the processing as it is,
 * Art. 12 and 13 GDPR), the editor of the next version with its preview against the register,
 * its publication (frozen once published), the comparison of two versions, and the JSON API
 * beside them. Every change goes through {@link eu.gdprmodule.web.admin.policy.PolicyService} to
 * the policy store, which checks it, audits it and announces a publication; the DPO role reads
 * everything, only administrators write.
 */
package eu.gdprmodule.web.admin.policy;
