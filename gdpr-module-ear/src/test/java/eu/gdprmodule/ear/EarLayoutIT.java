package eu.gdprmodule.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The built EAR has the layout a full server needs: the core as an EJB module (so the WAR sees
 * its classes and its beans), the shop at {@code /}, and each library exactly once. A jar both
 * in {@code lib/} and in the WAR would be loaded twice, and a class such as
 * {@code ProcessingFact} from two class loaders is two types: events would silently stop
 * crossing. And the shop's settings sit where the whole application's configuration is read.
 */
class EarLayoutIT {

    /** {@code derby-10.16.1.1.jar} becomes {@code derby}: the same library in any version. */
    private static final Pattern VERSION_AND_CLASSIFIER = Pattern.compile("(-\\d.*)?\\.jar$");
    private static final String SHOP_CONFIG = "lib/demo-shop-config.jar";

    @Test
    void applicationXmlDeclaresTheEjbModuleAndTheShopAtTheRoot() throws Exception {
        try (ZipFile ear = new ZipFile(BuiltEar.file().toFile());
                InputStream xml = ear.getInputStream(ear.getEntry("META-INF/application.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document application = factory.newDocumentBuilder().parse(xml);
            Element root = application.getDocumentElement();

            assertEquals("10", root.getAttribute("version"));
            assertEquals("gdpr-module-ejb.jar", text(root, "ejb"));
            assertEquals(BuiltEar.WAR, text(root, "web-uri"));
            assertEquals("/", text(root, "context-root"));
            assertEquals("lib", text(root, "library-directory"));
        }
    }

    @Test
    void everyRuntimeLibraryIsInLibAndNoneIsAlsoInTheWar() throws IOException {
        Set<String> lib = new TreeSet<>();
        Set<String> warLib = new TreeSet<>();
        try (ZipFile ear = new ZipFile(BuiltEar.file().toFile())) {
            ear.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                    .forEach(n -> lib.add(library(n.substring("lib/".length()))));
            try (ZipInputStream war = new ZipInputStream(ear.getInputStream(ear.getEntry(BuiltEar.WAR)))) {
                for (ZipEntry entry; (entry = war.getNextEntry()) != null; ) {
                    String name = entry.getName();
                    if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                        warLib.add(library(name.substring("WEB-INF/lib/".length())));
                    }
                }
            }
        }

        assertTrue(lib.containsAll(List.of("derby", "derbyshared", "derbytools", "flyway-core", "flyway-database-derby",
                "flyway-database-postgresql", "postgresql")), () -> "lib/ holds " + lib);
        assertTrue(warLib.containsAll(List.of("gdpr-module-web", "primefaces")), () -> "the WAR holds " + warLib);
        assertTrue(!warLib.contains("gdpr-module-ejb") && !lib.contains("gdpr-module-ejb"),
                () -> "gdpr-module-ejb must be the EJB module only; lib/ " + lib + ", WAR " + warLib);
        Set<String> both = new TreeSet<>(lib);
        both.retainAll(warLib);
        assertEquals(Set.of(), both, "libraries both in lib/ and in the WAR");
    }

    @Test
    void theShopsSettingsAreInLibWhereTheEjbModuleSeesThem() throws IOException {
        Properties settings = new Properties();
        try (ZipFile ear = new ZipFile(BuiltEar.file().toFile())) {
            ZipEntry jar = ear.getEntry(SHOP_CONFIG);
            assertNotNull(jar, SHOP_CONFIG);
            try (ZipInputStream config = new ZipInputStream(ear.getInputStream(jar))) {
                for (ZipEntry entry; (entry = config.getNextEntry()) != null; ) {
                    if (entry.getName().equals("META-INF/microprofile-config.properties")) {
                        settings.load(config);
                    }
                }
            }
        }

        assertNotNull(settings.getProperty("gdpr.controller.name"), () -> SHOP_CONFIG + " holds " + settings);
    }

    private static String library(String jarFileName) {
        return VERSION_AND_CLASSIFIER.matcher(jarFileName).replaceFirst("");
    }

    private static String text(Element root, String tag) {
        return root.getElementsByTagNameNS("*", tag).item(0).getTextContent().strip();
    }
}
