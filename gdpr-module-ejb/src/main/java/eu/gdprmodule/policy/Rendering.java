package eu.gdprmodule.policy;

import java.util.List;

/**
 * A policy page rendered from Markdown and the register, ready to show or to freeze at
 * publication.
 *
 * @param html     the sanitised HTML fragment (no {@code <html>} or {@code <body>})
 * @param sections the generated sections the page holds, in the order they appear
 * @param removed  what the sanitiser took out of the author's HTML, such as {@code script} or
 *                 {@code onclick attribute on a}: an editor tells the author, a publication refuses it
 * @param problems what is wrong with the source, such as an unknown {@code {{gdpr:...}}} block;
 *                 empty when the page can be published
 * @since 0.1
 */
public record Rendering(String html, List<GeneratedSection> sections, List<String> removed, List<String> problems) {

    public Rendering {
        sections = List.copyOf(sections);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }

    /** Whether the page can be published as it is: no problem and nothing removed. */
    public boolean clean() {
        return removed.isEmpty() && problems.isEmpty();
    }
}
