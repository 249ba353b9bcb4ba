package eu.gdprmodule.web;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web layer draws pages and answers HTTP; the core owns the tables. SQL here would tie a page
 * to a table's columns and bypass the rules the core keeps with them (one package writes each
 * table, see the core's ArchitectureTest).
 */
class WebArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("eu.gdprmodule.web");
    }

    @Test
    void webLayerUsesNoJdbc() {
        noClasses().that().resideInAPackage("eu.gdprmodule.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("the web layer reaches data through the core's services, never through JDBC")
                .check(web);
    }

    @Test
    void webLayerRunsNoNativeQuery() {
        noClasses().that().resideInAPackage("eu.gdprmodule.web..")
                .should().callMethodWhere(target(owner(assignableTo(EntityManager.class)))
                        .and(target(nameMatching("createNativeQuery|createStoredProcedureQuery|createNamedStoredProcedureQuery"))))
                .because("SQL belongs to the core package that owns the table")
                .check(web);
    }
}
