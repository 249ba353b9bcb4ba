package eu.gdprmodule.policy;

import eu.gdprmodule.config.ModuleConfig;
import eu.gdprmodule.persistence.SchemaMigration;
import eu.gdprmodule.register.InitialRegister;
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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publishes the policies an application ships ({@code gdpr.policy.initial-files}, files named
 * {@code <slug>.<language>.md}) as their first version, so a site has its privacy policy from
 * its first start. After the register's start-up import, since their generated sections render
 * from it. A policy that already has a version in that language is left alone.
 */
@Singleton
@Startup
@DependsOn({"InitialRegister", "InitialCatalogue"})
public class InitialPolicies {

    static final String FILES_KEY = "gdpr.policy.initial-files";
    private static final Pattern NAME = Pattern.compile("(?:.*/)?([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]{2,3})\\.md");
    private static final Logger LOG = Logger.getLogger(InitialPolicies.class.getName());

    @EJB
    private SchemaMigration migration;

    @EJB
    private InitialRegister register;

    @EJB
    private PolicyStore store;

    private volatile List<String> problems = List.of();
    private volatile boolean done;

    @PostConstruct
    void start() {
        publishIfPending();
    }

    /** Publishes the files unless that was tried; called again by the readiness check after an outage at start. */
    public void publishIfPending() {
        if (done || !migration.state().complete()) {
            return;
        }
        done = true;
        List<String> found = new ArrayList<>();
        for (String file : ModuleConfig.get().getOptionalValues(FILES_KEY, String.class).orElse(List.of())) {
            String location = file.strip();
            Matcher name = NAME.matcher(location);
            if (!name.matches()) {
                found.add(FILES_KEY + ": " + location + " must be named <slug>.<language>.md, such as privacy.en.md");
                continue;
            }
            try {
                String source = InitialRegister.read(location);
                String title = PolicyTemplates.heading(source).orElse(name.group(1));
                PolicyText text = new PolicyText(title, source, "First version", false);
                String form = PolicySettings.current().requestFormUrl();
                if (store.publishInitial(name.group(1), name.group(2), text, form != null ? form : "/gdpr/requests")) {
                    LOG.info(() -> "Published " + location + " as version 1 of " + name.group(1) + " (" + name.group(2) + ")");
                }
            } catch (InvalidPolicy e) {
                e.problems().forEach(p -> found.add(FILES_KEY + " (" + location + ") was not published: " + p));
            } catch (IOException e) {
                found.add(FILES_KEY + " (" + location + ") cannot be read: " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Publishing " + location, e);
                found.add(FILES_KEY + " (" + location + ") was not published: " + e);
            }
        }
        found.forEach(LOG::severe);
        problems = List.copyOf(found);
    }

    /** Why a shipped policy was not published; empty when all were, or none is configured. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> problems() {
        return problems;
    }
}
