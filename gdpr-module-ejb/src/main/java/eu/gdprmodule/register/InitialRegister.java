package eu.gdprmodule.register;

import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the register a host ships ({@code gdpr.register.initial-file}) the first time the module
 * starts on a database, so a fresh installation publishes a complete register at once. Later
 * starts leave the register alone: from then on it is edited in the console, and a changed file
 * is imported there or through the API. An invalid file is refused whole and reported at start
 * and on {@code /health/ready}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialRegister {

    static final String FILE_KEY = "gdpr.register.initial-file";
    private static final String CLASSPATH = "classpath:";
    private static final Logger LOG = Logger.getLogger(InitialRegister.class.getName());

    @EJB
    private SchemaMigration migration;

    @EJB
    private InitialRegisterImport importer;

    private volatile List<String> problems = List.of();
    private volatile boolean done;

    @PostConstruct
    void start() {
        importIfPending();
    }

    /**
     * Imports the file unless that was already tried. Called at start and, when the schema was
     * not there at start (the database did not answer), again by the readiness check once it is.
     */
    public void importIfPending() {
        if (done) {
            return;
        }
        Optional<String> file = ModuleConfig.get().getOptionalValue(FILE_KEY, String.class).map(String::strip)
                .filter(f -> !f.isEmpty());
        if (file.isEmpty()) {
            done = true;
            return;
        }
        if (!migration.state().complete()) {
            return;
        }
        done = true;
        try {
            String json = read(file.get());
            importer.importOnce(file.get(), RegisterFile.read(json));
        } catch (InvalidRegister e) {
            problems = e.problems().stream().map(p -> FILE_KEY + " (" + file.get() + ") was not imported: " + p).toList();
            problems.forEach(p -> LOG.severe(p));
        } catch (IOException e) {
            problems = List.of(FILE_KEY + " (" + file.get() + ") cannot be read: " + e.getMessage());
            LOG.severe(problems.get(0));
        } catch (RuntimeException e) {
            problems = List.of(FILE_KEY + " (" + file.get() + ") was not imported: " + e);
            LOG.log(Level.SEVERE, problems.get(0), e);
        }
    }

    /** Why the start-up register file was not imported; empty when it was, or none is configured. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> problems() {
        return problems;
    }

    /** A file path, or {@code classpath:} and a resource of the application (such as {@code classpath:META-INF/gdpr/register.json}). */
    public static String read(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = (loader != null ? loader : InitialRegister.class.getClassLoader()).getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource + " in the application");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    }
}
