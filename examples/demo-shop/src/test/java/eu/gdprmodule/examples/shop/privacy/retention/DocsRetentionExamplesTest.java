package eu.gdprmodule.examples.shop.privacy.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of {@code docs/retention.md} are the shop's compiled observers, copied: each
 * block must appear, line for line, in a source file of this package, so the documentation
 * cannot show code that does not compile or no longer does what the shop does.
 */
class DocsRetentionExamplesTest {

    private static final Path DOC = Path.of("..", "..", "docs", "retention.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "eu", "gdprmodule", "examples", "shop", "privacy", "retention");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaExampleOfTheRetentionDocIsCompiledShopCode() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            blocks.add(lines(m.group(1)));
        }
        assertFalse(blocks.isEmpty(), "no Java example in " + DOC);
        List<String> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(DocsRetentionExamplesTest::read).map(DocsRetentionExamplesTest::lines).toList();
        }
        for (String block : blocks) {
            assertTrue(sources.stream().anyMatch(source -> source.contains(block)),
                    "this example of docs/retention.md is not in the shop's retention observers:\n" + block);
        }
    }

    /** The text's lines without their indentation, so a block may be shown less indented. */
    private static String lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
