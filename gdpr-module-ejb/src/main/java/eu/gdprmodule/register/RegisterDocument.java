package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import java.util.List;

/**
 * The whole register as one value: what a register file holds and what an export writes.
 *
 * @param controller       the controller identity, or {@code null} when the file leaves it to configuration
 * @param securityMeasures the measures that apply to every activity (Art. 32)
 * @param recipients       every recipient
 * @param activities       every processing activity
 */
public record RegisterDocument(ControllerIdentity controller, List<String> securityMeasures,
        List<Recipient> recipients, List<ProcessingActivity> activities) {

    public RegisterDocument {
        securityMeasures = List.copyOf(securityMeasures);
        recipients = List.copyOf(recipients);
        activities = List.copyOf(activities);
    }
}
