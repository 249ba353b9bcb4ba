package eu.gdprmodule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The promises of docs/architecture.md about the core's packages, checked on its compiled classes
 * (and, for the tables, on its sources): the host contract stands alone, the feature packages form
 * no cycle, and each table has one package that writes it.
 */
class ArchitectureTest {

    private static final String MODULE = "eu.gdprmodule";

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(MODULE);
    }

    /** A host compiles against api alone: nothing internal may leak into its signatures or code. */
    @Test
    void apiDependsOnNothingInternal() {
        classes().that().resideInAPackage(MODULE + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", MODULE + ".api..")
                .because("the host contract imports nothing internal (docs/architecture.md)")
                .check(core);
    }

    /** A cycle makes two features one: neither can change, be tested or be read without the other. */
    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(MODULE + ".(*)..").should().beFreeOfCycles().check(core);
    }

    /**
     * Each table is written by one package: the package of its entity, or the only one whose SQL
     * inserts, updates or deletes it. A purge or an erasure asks the owning package to end its rows
     * (for example retention calls consent to end proofs of consent), so the rules of a table (what
     * anonymised means, which rows go with which) are kept in one place.
     */
    @Test
    void eachTableIsWrittenByOnePackage() {
        Map<String, Set<String>> writers = new TreeMap<>();
        Map<String, String> entityTables = new TreeMap<>();
        for (JavaClass entity : core) {
            if (entity.isAnnotatedWith(Entity.class) && entity.isAnnotatedWith(Table.class)) {
                String table = entity.getAnnotationOfType(Table.class).name().toUpperCase();
                entityTables.put(entity.getSimpleName(), table);
                writers.computeIfAbsent(table, t -> new TreeSet<>()).add(feature(entity.getPackageName()));
            }
        }
        assertTrue(entityTables.size() > 5, "no entities found: " + entityTables);
        Pattern write = Pattern.compile("\\b(?:DELETE\\s+FROM|UPDATE|INSERT\\s+INTO|MERGE\\s+INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)");
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the module's directory: " + sources.toAbsolutePath());
        List<String> where = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = feature(sources.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.'));
                Matcher m = write.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group(1);
                    String table = name.toUpperCase().startsWith("GDPR_") ? name.toUpperCase() : entityTables.get(name);
                    if (table != null) {
                        writers.computeIfAbsent(table, t -> new TreeSet<>()).add(feature);
                        where.add(table + " <- " + sources.relativize(file) + ": " + m.group());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        writers.forEach((table, packages) -> {
            if (packages.size() > 1) {
                shared.put(table, packages);
            }
        });
        assertTrue(shared.isEmpty(), "tables written by more than one package " + shared + ", from:\n"
                + String.join("\n", where.stream().filter(w -> shared.containsKey(w.substring(0, w.indexOf(' ')))).toList()));
    }

    /** eu.gdprmodule.consent.x -> consent */
    private static String feature(String packageName) {
        String rest = packageName.startsWith(MODULE + ".") ? packageName.substring(MODULE.length() + 1) : packageName;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
