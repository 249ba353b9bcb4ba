package eu.gdprmodule.examples.shop;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop is what a host's code looks like: it integrates through the module's contract
 * ({@code eu.gdprmodule.api}) and its Facelets tags, so anything it needs beyond them is a gap in
 * the contract, not a reason to reach inside.
 */
class ShopArchitectureTest {

    private static JavaClasses shop;

    @BeforeAll
    static void importShop() {
        shop = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eu.gdprmodule.examples.shop");
    }

    @Test
    void shopUsesOnlyTheModulesApi() {
        noClasses().that().resideInAPackage("eu.gdprmodule.examples.shop..")
                .should().dependOnClassesThat(resideInAPackage("eu.gdprmodule..")
                        .and(resideOutsideOfPackages("eu.gdprmodule.api..", "eu.gdprmodule.examples.shop..")))
                .because("a host integrates through eu.gdprmodule.api only (docs/architecture.md)")
                .check(shop);
    }
}
