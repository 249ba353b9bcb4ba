package eu.gdprmodule.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.gdprmodule.register.RegisterFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two seed privacy policies (Fixery and Nexoris), rendered from their register and their
 * authored prose, still say every fact the companies published: each line of
 * {@code docs/examples/<seed>.facts.txt} was taken from the seed text and must appear in the
 * page a visitor reads (Art. 13 GDPR asks for all of it).
 */
class SeedPoliciesTest {

    /** Every section but the cookie table, which belongs in the cookie policy (the privacy policy links to it). */
    private static final List<GeneratedSection> REGISTER_SECTIONS = Arrays.stream(GeneratedSection.values())
            .filter(s -> s != GeneratedSection.COOKIES).toList();

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private final PolicyRenderer renderer = new PolicyRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"fixery", "nexoris"})
    void theRenderedPolicySaysEveryFactOfTheSeed(String seed) throws IOException {
        Rendering page = render(seed);
        String text = PolicyHtml.text(page.html());

        List<String> missing = facts(seed).stream().filter(fact -> !text.contains(fact)).toList();

        assertTrue(missing.isEmpty(), seed + ": " + missing.size() + " facts of the seed are missing from the page:\n  "
                + String.join("\n  ", missing) + "\nThe page reads:\n" + String.join("\n", PolicyHtml.textLines(page.html())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixery", "nexoris"})
    void theSeedPolicyUsesEverySectionAndCanBePublished(String seed) throws IOException {
        Rendering page = render(seed);

        assertEquals(REGISTER_SECTIONS, page.sections());
        assertEquals(List.of(), page.problems());
        assertEquals(List.of(), page.removed());
        assertTrue(PolicyHtml.isSafe(page.html()));
    }

    private Rendering render(String seed) throws IOException {
        String register = Files.readString(EXAMPLES.resolve(seed + ".register.json"), StandardCharsets.UTF_8);
        String source = Files.readString(EXAMPLES.resolve(seed + ".privacy.en.md"), StandardCharsets.UTF_8);
        return renderer.render(source, new RenderContext(RegisterFile.read(register), Locale.ENGLISH, null));
    }

    /** One fact a line; blank lines and lines starting with # are left out; whitespace normalised like the text. */
    private static List<String> facts(String seed) throws IOException {
        List<String> facts = Files.readAllLines(EXAMPLES.resolve(seed + ".facts.txt"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(facts.size() > 40, seed + " facts file looks truncated: " + facts.size() + " facts");
        return facts;
    }
}
