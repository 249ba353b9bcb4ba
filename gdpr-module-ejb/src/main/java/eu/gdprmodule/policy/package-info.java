/**
 * Policy pages (privacy policy, cookie policy): authored in Markdown, with the facts a notice
 * must give (Art. 13 GDPR) written from the register by {@code {{gdpr:<section>}}} blocks
 * ({@link eu.gdprmodule.policy.GeneratedSection}, {@link eu.gdprmodule.policy.PolicyRenderer}),
 * sanitised ({@link eu.gdprmodule.policy.PolicyHtml}), compared between versions
 * ({@link eu.gdprmodule.policy.PolicyDiff}), and kept as drafts and frozen published versions
 * ({@link eu.gdprmodule.policy.PolicyStore}).
 */
package eu.gdprmodule.policy;
