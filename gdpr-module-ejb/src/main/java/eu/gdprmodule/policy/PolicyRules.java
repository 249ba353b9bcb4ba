package eu.gdprmodule.policy;

import eu.gdprmodule.text.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a policy's name, language and text must be, with messages an author can act on. */
final class PolicyRules {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_SLUG = 60;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    /** Far beyond any real policy (the longer seed is 8,000 characters); bounds what a request can make us store. */
    static final int MAX_SOURCE = 200_000;

    private PolicyRules() {
    }

    static void requireSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new InvalidPolicy("slug", "Give the policy a name for its address, such as 'terms-of-sale'.");
        }
        if (slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new InvalidPolicy("slug", "'" + slug + "' cannot be part of an address: use at most " + MAX_SLUG
                    + " lower-case letters, digits and single hyphens, such as 'terms-of-sale'.");
        }
    }

    static void requireLanguage(String language, PolicySettings settings) {
        if (language == null || !settings.supports(language)) {
            throw new InvalidPolicy("language", "Policies are written in " + String.join(", ", settings.languages())
                    + " (gdpr.policy.languages); '" + language + "' is not one of them.");
        }
    }

    /** Throws every problem of a text at once; a publication also needs its summary. */
    static void check(PolicyText text, boolean publishing) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (text.title() == null || text.title().isBlank()) {
            problems.add(new PolicyProblem("title", "Give the policy a title, such as 'Privacy policy'."));
        } else if (text.title().length() > MAX_TITLE) {
            problems.add(new PolicyProblem("title", "Shorten the title to at most " + MAX_TITLE + " characters."));
        } else if (TextRules.oneLine(text.title()) != null) {
            problems.add(new PolicyProblem("title", TextRules.oneLine(text.title())));
        }
        if (TextRules.multiLine(text.source()) != null) {
            problems.add(new PolicyProblem("source", TextRules.multiLine(text.source())));
        }
        if (TextRules.multiLine(text.summary()) != null) {
            problems.add(new PolicyProblem("summary", TextRules.multiLine(text.summary())));
        }
        if (text.source() == null || text.source().isBlank()) {
            problems.add(new PolicyProblem("source", "Write the policy's text (Markdown)."));
        } else if (text.source().length() > MAX_SOURCE) {
            problems.add(new PolicyProblem("source", "The text is longer than " + MAX_SOURCE
                    + " characters: split it into several policies."));
        }
        if (text.summary() != null && text.summary().length() > MAX_SUMMARY) {
            problems.add(new PolicyProblem("summary", "Shorten the summary to at most " + MAX_SUMMARY + " characters."));
        }
        if (publishing && (text.summary() == null || text.summary().isBlank())) {
            // The public history shows it: visitors see what changed, not only that something did.
            problems.add(new PolicyProblem("summary", "Say in a sentence what changed (for a first version, "
                    + "for instance 'First version'): the public history shows it."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicy(problems);
        }
    }

    /** A text as the audit log keeps it: everything but the source, which a version keeps whole. */
    static String describe(PolicyText text) {
        return "title=" + text.title() + "; material=" + text.material() + "; summary=" + text.summary()
                + "; source length=" + (text.source() == null ? 0 : text.source().length());
    }
}
