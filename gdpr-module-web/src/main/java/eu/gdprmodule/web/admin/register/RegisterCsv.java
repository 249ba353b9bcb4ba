package eu.gdprmodule.web.admin.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.api.DataCategory;
import eu.gdprmodule.api.DataSubjectCategory;
import eu.gdprmodule.api.ProcessingActivity;
import eu.gdprmodule.api.Recipient;
import eu.gdprmodule.api.RetentionRule;
import eu.gdprmodule.register.RegisterItem;
import eu.gdprmodule.register.RegisterRules;
import eu.gdprmodule.register.RegisterSnapshot;
import eu.gdprmodule.web.rest.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The record of processing activities as CSV for a supervisory authority (Art. 30(4) GDPR: the
 * record is made available on request): one row per activity, one column per item of
 * Art. 30(1), codes as in the register file so the file can be filtered and compared.
 */
final class RegisterCsv {

    static final String[] HEADER = {"activity_key", "activity", "controller", "controller_contact", "dpo",
        "purposes", "data_subjects", "data_categories", "personal_data", "legal_bases", "source",
        "recipients", "transfers_outside_eea", "retention_period", "retention_starts_at", "retention_host_event",
        "archive_period", "end_action", "retention_description", "security_measures"};

    private RegisterCsv() {
    }

    static void write(RegisterSnapshot register, ControllerIdentity controller, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            String dpo = controller.dataProtectionOfficer() == null ? ""
                    : joined(List.of(text(controller.dataProtectionOfficer().name()),
                            text(controller.dataProtectionOfficer().email())), " ");
            List<String> global = register.securityMeasures().value();
            for (RegisterItem<ProcessingActivity> item : register.activities()) {
                ProcessingActivity a = item.value();
                List<Recipient> recipients = a.recipientKeys().stream().map(register::recipient)
                        .flatMap(Optional::stream).map(RegisterItem::value).toList();
                RetentionRule r = a.retention();
                List<String> measures = new ArrayList<>(global);
                if (a.securityMeasures() != null) {
                    measures.add(0, a.securityMeasures());
                }
                List<Object> row = List.of(a.key(), a.name(), text(controller.name()),
                        joined(List.of(text(controller.postalAddress()), text(controller.privacyContactEmail())), "; "),
                        dpo, joined(a.purposes(), "\n"),
                        a.dataSubjects().stream().map(DataSubjectCategory::code).collect(Collectors.joining(", ")),
                        a.dataCategories().stream().map(DataCategory::code).collect(Collectors.joining(", ")),
                        text(a.personalData()),
                        a.legalBases().stream().map(g -> g.basis().code() + " (" + g.basis().article() + ")"
                                + (g.justification() == null ? "" : ": " + g.justification()))
                                .collect(Collectors.joining("\n")),
                        text(a.source()),
                        recipients.stream().map(x -> x.name() + " (" + x.kind().code()
                                + (x.country() == null ? "" : ", " + x.country()) + ")").collect(Collectors.joining("\n")),
                        recipients.stream().filter(RegisterRules::outsideEea).map(x -> x.name() + ": " + x.country()
                                + ", " + x.transfer().mechanism().code() + " (" + x.transfer().mechanism().article() + ")"
                                + (x.transfer().reference() == null ? "" : ", " + x.transfer().reference()))
                                .collect(Collectors.joining("\n")),
                        r == null ? "" : r.period().toString(), r == null ? "" : r.startsAt().code(),
                        r == null ? "" : text(r.hostEvent()),
                        r == null || r.archivePeriod() == null ? "" : r.archivePeriod().toString(),
                        r == null ? "" : r.endAction().code(), r == null ? "" : text(r.description()),
                        joined(measures, "\n"));
                printer.printRecord(row.stream().map(cell -> SpreadsheetCells.safe(cell.toString())).toList());
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String joined(List<String> values, String separator) {
        return values.stream().filter(v -> v != null && !v.isEmpty()).collect(Collectors.joining(separator));
    }
}
