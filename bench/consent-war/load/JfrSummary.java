import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the request threads of a Payara Micro spent their CPU, from Java Flight Recorder files
 * (the PROFILE=1 option of bench/page-overhead and bench/consent-writes):
 *
 * <pre>java JfrSummary.java TOP FILE.jfr...</pre>
 *
 * Counts the execution samples of the HTTP worker threads ({@code http-thread-pool...}) and, for
 * each method of the GDPR module and a few framework methods worth naming, the share of those
 * samples it was on the stack of (inclusive), the TOP largest first.
 */
public class JfrSummary {

    /** Framework methods that name a cost, besides every eu.gdprmodule method. */
    private static final List<String> NOTABLE = List.of(
            "jakarta.json.spi.JsonProvider.provider",
            "jakarta.enterprise.inject.spi.CDI.current",
            "org.jboss.weld.AbstractCDI.select",
            "java.text.MessageFormat.format",
            "com.sun.ejb.containers.EJBLocalObjectInvocationHandler.invoke",
            "org.eclipse.persistence.internal.jpa.EntityManagerImpl.flush",
            "com.sun.enterprise.transaction.JavaEETransactionManagerSimplified.commit",
            "org.apache.derby.impl.jdbc.EmbedConnection.commit",
            "org.apache.derby.impl.jdbc.EmbedPreparedStatement.executeUpdate",
            "jakarta.faces.webapp.FacesServlet.service",
            "org.glassfish.jersey.servlet.ServletContainer.service");

    public static void main(String[] args) throws Exception {
        int top = Integer.parseInt(args[0]);
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (int i = 1; i < args.length; i++) {
            for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[i]))) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                var thread = event.getThread("sampledThread");
                if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-thread-pool")
                        || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                        continue;
                    }
                    String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                    if ((name.startsWith("eu.gdprmodule.") && !name.contains("$Proxy$_$$_") && !name.contains("__EJB31_Generated__")
                            && !name.contains("$$Lambda"))
                            || NOTABLE.contains(name)) {
                        if (seen.add(name)) {
                            inclusive.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        System.out.printf("%d CPU samples of the HTTP worker threads; share of them on the stack of:%n", samples);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(inclusive.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        for (Map.Entry<String, Integer> row : rows.subList(0, Math.min(top, rows.size()))) {
            System.out.printf("  %5.1f %%  %s%n", 100.0 * row.getValue() / Math.max(1, samples), row.getKey());
        }
    }
}
