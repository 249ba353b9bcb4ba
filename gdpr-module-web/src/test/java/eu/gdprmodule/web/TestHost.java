package eu.gdprmodule.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WAR a host would build: the module's built jar and exactly the libraries Maven gives
 * a host that depends on it (copied to {@code target/it-lib}), plus the test's own classes.
 */
public final class TestHost {

    /** The controller identity the test host configures. */
    public static final String CONTROLLER_PROPERTIES = String.join("\n",
            "gdpr.controller.name=Fixery SAS",
            "gdpr.controller.address=Z.I. R\\u00e9publique, 120 rue du Porteau, 86000 Poitiers, France",
            "gdpr.controller.email=privacy@fixery.example",
            "gdpr.controller.legal-representative=Allan Desgranges",
            "");

    private TestHost() {
    }

    public static WebArchive war(String name) {
        return war(name, "");
    }

    /**
     * The host WAR with extra configuration lines; start them with {@code config_ordinal=500} to
     * win over the system properties the build passes to Payara Micro.
     */
    public static WebArchive war(String name, String extraConfiguration) {
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                        + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>"), "beans.xml")
                .addAsResource(new StringAsset(extraConfiguration.isEmpty() ? CONTROLLER_PROPERTIES
                        : extraConfiguration + "\n" + CONTROLLER_PROPERTIES), "META-INF/microprofile-config.properties");
        try (Stream<Path> libraries = Files.list(build.resolve("it-lib"));
                Stream<Path> built = Files.list(build)) {
            libraries.map(Path::toFile).forEach(war::addAsLibrary);
            File moduleJar = built.filter(p -> p.getFileName().toString().matches("gdpr-module-web-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("-tests"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run the package phase first")).toFile();
            war.addAsLibrary(moduleJar);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the build directory " + build, e);
        }
        return war;
    }
}
