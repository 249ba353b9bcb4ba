package eu.gdprmodule.web;

import eu.gdprmodule.api.ProcessingFactRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A host observer, as the integration guide shows it: receipts seen only after commit. */
@ApplicationScoped
public class FoundationITReceipts {

    private final List<ProcessingFactRecorded> received = new CopyOnWriteArrayList<>();

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessingFactRecorded receipt) {
        received.add(receipt);
    }

    public List<ProcessingFactRecorded> about(String subject) {
        return received.stream().filter(r -> r.fact().subject().equals(subject)).toList();
    }
}
