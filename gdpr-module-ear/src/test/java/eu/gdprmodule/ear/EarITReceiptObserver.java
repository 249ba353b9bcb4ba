package eu.gdprmodule.ear;

import eu.gdprmodule.api.ProcessingFactRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host observer, deployed in the shop's WAR: it keeps the receipts the EJB module fires back,
 * the way the api documentation tells hosts to observe them (after the transaction commits).
 */
@ApplicationScoped
public class EarITReceiptObserver {

    private final List<ProcessingFactRecorded> receipts = new CopyOnWriteArrayList<>();

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessingFactRecorded receipt) {
        receipts.add(receipt);
    }

    /** The receipts seen for facts about {@code subject}, in the order they came. */
    public List<ProcessingFactRecorded> receiptsAbout(String subject) {
        return receipts.stream().filter(r -> r.fact().subject().equals(subject)).toList();
    }
}
