package eu.gdprmodule.policy;

/**
 * What an author writes for one version of a policy in one language.
 *
 * @param title    the policy's title, such as "Privacy policy"
 * @param source   the text in Markdown, with generated sections as {@code {{gdpr:<section>}}} paragraphs
 * @param summary  what changed since the previous version, shown in the public history
 * @param material whether the change is material: people must be told (the Fixery seed
 *                 promises it) and, for the cookie policy, consent asked again
 */
public record PolicyText(String title, String source, String summary, boolean material) {
}
