package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import java.util.List;
import java.util.Optional;

/**
 * The register as committed at one revision, items sorted by name.
 *
 * @param revision         the register's revision
 * @param activities       every activity
 * @param recipients       every recipient
 * @param securityMeasures the global security measures (version 0 when never saved)
 */
public record RegisterSnapshot(long revision, List<RegisterItem<ProcessingActivity>> activities,
        List<RegisterItem<Recipient>> recipients, RegisterItem<List<String>> securityMeasures) {

    public Optional<RegisterItem<ProcessingActivity>> activity(String key) {
        return activities.stream().filter(a -> a.value().key().equals(key)).findFirst();
    }

    public Optional<RegisterItem<Recipient>> recipient(String key) {
        return recipients.stream().filter(r -> r.value().key().equals(key)).findFirst();
    }

    /** The keys of the activities that send data to this recipient. */
    public List<String> activitiesUsing(String recipientKey) {
        return activities.stream().map(RegisterItem::value).filter(a -> a.recipientKeys().contains(recipientKey))
                .map(ProcessingActivity::key).toList();
    }

    /** The whole register as a register file holds it, with this controller identity. */
    public RegisterDocument document(ControllerIdentity controller) {
        return new RegisterDocument(controller, securityMeasures.value(),
                recipients.stream().map(RegisterItem::value).toList(),
                activities.stream().map(RegisterItem::value).toList());
    }

    public boolean isEmpty() {
        return activities.isEmpty() && recipients.isEmpty() && securityMeasures.value().isEmpty();
    }
}
