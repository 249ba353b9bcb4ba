package eu.gdprmodule.web;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.retention.FactLedger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The test host's own REST endpoint for {@link LifecycleIT}: fire a fact, count the stored ones. */
@ApplicationPath("lifecycle-it")
public class LifecycleITApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Facts.class);
    }

    @Path("facts")
    @RequestScoped
    public static class Facts {

        @Inject
        Event<ProcessingFact> facts;

        @Inject
        FactLedger ledger;

        @POST
        public void record(@QueryParam("subject") String subject) {
            facts.fire(ProcessingFact.dataCollected(subject, "lifecycle"));
        }

        @GET
        public String count(@QueryParam("subject") String subject) {
            return Integer.toString(ledger.about(subject).size());
        }
    }
}
