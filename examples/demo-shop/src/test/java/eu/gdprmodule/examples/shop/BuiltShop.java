package eu.gdprmodule.examples.shop;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The shop exactly as the build made it ({@code target/demo-shop.war}): the integration tests
 * deploy what a host deploys, not an archive assembled for the test.
 */
public final class BuiltShop {

    private BuiltShop() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("it.build.dir", "target"), "demo-shop.war");
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the package phase first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
