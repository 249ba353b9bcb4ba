package eu.gdprmodule.web.admin.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.register.RegisterDocument;
import eu.gdprmodule.register.RegisterFile;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.register.RegisterStore;
import eu.gdprmodule.register.RegisterStore.ImportOutcome;
import eu.gdprmodule.register.RegisterView;
import eu.gdprmodule.web.admin.AdministratorsOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The console's entry to the register, for its screens and its API alike: both console roles
 * read (the DPO audits the register, Art. 39(1)(b)), only administrators change it. Reads go to
 * the database, not to the cache hosts read through, so an editor always starts from the
 * committed version.
 */
@ApplicationScoped
public class RegisterService {

    @Inject
    RegisterStore store;

    @Inject
    RegisterView view;

    /** The register as committed now. */
    public RegisterSnapshot snapshot() {
        return store.snapshot();
    }

    /** The controller identity in force, for the Art. 30 record. */
    public ControllerIdentity controller() {
        return view.controller();
    }

    /** The whole register as a register file. */
    public String export() {
        return store.export();
    }

    @AdministratorsOnly
    public ImportOutcome importFile(String json, String source) {
        RegisterDocument document = RegisterFile.read(json);
        return store.importDocument(document, source);
    }

    @AdministratorsOnly
    public RegisterItem<ProcessingActivity> createActivity(ProcessingActivity activity) {
        return store.createActivity(activity);
    }

    @AdministratorsOnly
    public RegisterItem<ProcessingActivity> updateActivity(ProcessingActivity activity, int version) {
        return store.updateActivity(activity, version);
    }

    @AdministratorsOnly
    public void deleteActivity(String key, int version) {
        store.deleteActivity(key, version);
    }

    @AdministratorsOnly
    public RegisterItem<Recipient> createRecipient(Recipient recipient) {
        return store.createRecipient(recipient);
    }

    @AdministratorsOnly
    public RegisterItem<Recipient> updateRecipient(Recipient recipient, int version) {
        return store.updateRecipient(recipient, version);
    }

    @AdministratorsOnly
    public void deleteRecipient(String key, int version) {
        store.deleteRecipient(key, version);
    }

    @AdministratorsOnly
    public RegisterItem<List<String>> saveSecurityMeasures(List<String> measures, int version) {
        return store.saveSecurityMeasures(measures, version);
    }
}
