package eu.gdprmodule.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR this module built ({@code target/gdpr-module-ear-*.ear}, named by the system property
 * {@code ear.file}), exactly as an operator deploys it, plus the test's own classes in its WAR.
 *
 * <p>Arquillian does not add the test class to an EAR imported from disk, so the tests put
 * themselves, and the fixtures that must live in the host's WAR, there explicitly. Nothing else
 * of the archive is changed.
 */
final class BuiltEar {

    /** The shop's web module inside the EAR, served at {@code /}. */
    static final String WAR = "demo-shop.war";
    /** The name the application gets on the server. */
    private static final String NAME = "gdpr-module-ear.ear";

    private BuiltEar() {
    }

    static Path file() {
        String property = System.getProperty("ear.file");
        if (property == null || !Files.isRegularFile(Path.of(property))) {
            throw new IllegalStateException("The built EAR is not at ear.file=" + property
                    + ": run the integration tests through Maven (mvn verify), after the package phase");
        }
        return Path.of(property);
    }

    /** The built EAR, its WAR holding {@code classes} as if the shop had them in WEB-INF/classes. */
    static EnterpriseArchive withClassesInWar(Class<?>... classes) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, NAME)
                .importFrom(file().toFile())
                .as(EnterpriseArchive.class);
        ArchivePath warPath = ArchivePaths.create(WAR);
        if (!ear.contains(warPath)) {
            throw new IllegalStateException(file() + " has no " + WAR);
        }
        WebArchive war;
        try (InputStream in = ear.get(warPath).getAsset().openStream()) {
            war = ShrinkWrap.create(ZipImporter.class, WAR).importFrom(in).as(WebArchive.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.addClasses(classes);
        ear.delete(warPath);
        // Added as an archive (not bytes), so Arquillian's own additions to the WAR stick too.
        ear.addAsModule(war);
        return ear;
    }
}
