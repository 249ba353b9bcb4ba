package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectDeceased;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Applies post-mortem instructions (Art. 85 Loi Informatique et Libertés) when the host reports a
 * death. The instructions' request names what the person chose in its purpose: {@code erase}
 * (an erasure request is opened on their behalf), {@code communicate} (an access request, whose
 * export goes to the contact they named) or nothing specific (the instructions are put before an
 * administrator). In every case the instructions' timeline records the report.
 */
@Stateless
public class DeathNotices {

    @PersistenceContext(unitName = "gdpr")
    EntityManager em;

    @Inject
    RequestTimeline timeline;

    @Inject
    RequestIntake intake;

    public void reported(@Observes DataSubjectDeceased death) {
        List<DataSubjectRequest> instructions = em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.emailHash = :h"
                + " AND r.right = :right AND r.status <> 'UNVERIFIED' AND r.status <> 'REFUSED' ORDER BY r.receivedAt DESC",
                DataSubjectRequest.class).setParameter("h", Secrets.emailHash(death.email()))
                .setParameter("right", DataSubjectRight.POST_MORTEM_INSTRUCTIONS.name()).getResultList();
        if (instructions.isEmpty()) {
            return;
        }
        DataSubjectRequest latest = instructions.get(0); // the latest instructions replace earlier ones
        String choice = latest.getPurpose() == null ? "" : latest.getPurpose();
        String opened = "";
        if (choice.equals("erase") || choice.equals("communicate")) {
            DataSubjectRight right = choice.equals("erase") ? DataSubjectRight.ERASURE : DataSubjectRight.ACCESS;
            String reference = intake.fileVerified(FiledRequest.of(right, latest.getEmail()).name(latest.getPersonName())
                    .reference(latest.getHostReference()).language(latest.getLanguage())
                    .details("Opened by the post-mortem instructions " + latest.getReference()
                            + (right == DataSubjectRight.ACCESS ? "; send the export to: " + latest.getContact() : "")));
            opened = " Request " + reference + " (" + right.wire() + ") opened as instructed.";
        }
        timeline.note(latest.getId(), latest.getReference(), timeline.caller(), "death-reported",
                "The host reported the person's death" + (death.diedOn() == null ? "" : " on " + death.diedOn())
                        + (death.source().isBlank() ? "" : " (" + death.source() + ")") + ". Instructions: " + latest.getDetails()
                        + (latest.getContact() == null ? "" : " Contact: " + latest.getContact() + ".") + opened);
    }
}
