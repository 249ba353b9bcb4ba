package eu.gdprmodule.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's texts: every key in English and in French (a French page never falls back to an
 * English sentence, nor shows a key), and no text with arguments loses an apostrophe to
 * MessageFormat, which reads a straight {@code '} as the start of a quote.
 */
class ConsoleTextTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void everyTextExistsInEnglishAndFrench() throws IOException {
        assertEquals(new TreeSet<>(texts("Console.properties").stringPropertyNames()),
                new TreeSet<>(texts("Console_fr.properties").stringPropertyNames()));
    }

    @Test
    void aTextWithArgumentsHasNoStraightApostrophe() throws IOException {
        for (String file : Set.of("Console.properties", "Console_fr.properties")) {
            Properties texts = texts(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (ARGUMENT.matcher(text).find()) {
                    String shown = new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2, 3});
                    assertTrue(!text.contains("'") || text.contains("''"), file + " " + key + " shows: " + shown);
                }
            }
        }
    }

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ConsoleTextTest.class.getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
