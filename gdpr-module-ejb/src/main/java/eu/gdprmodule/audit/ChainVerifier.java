package eu.gdprmodule.audit;

import eu.gdprmodule.api.AuditedChange;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;

/**
 * Recomputes the whole audit chain and reports the first entry that was altered, removed or
 * inserted outside the module. The run itself is audited, so the log shows when it was last
 * checked and by whom.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainVerifier {

    public static final String ENTITY_TYPE = "audit-log";

    @EJB
    private AuditSearch search;

    @EJB
    private AuditChain chain;

    private final Clock clock = Clock.systemUTC();

    public ChainVerification verify() {
        // The head is read first: entries appended while the walk runs are beyond it and are
        // left for the next run, rather than reported as inserted.
        ChainHead head = search.head();
        ChainCheck check = new ChainCheck();
        search.walk(AuditFilter.NONE, entry -> entry.getSeq() <= head.lastSeq() && check.accept(entry));
        // An entry numbered beyond the head as it is now was not appended by the module.
        long headNow = search.head().lastSeq();
        long beyondHead = search.highestStoredSeq() > headNow ? headNow + 1 : 0;
        ChainVerification result = check.finish(head.lastSeq(), head.lastHash(), beyondHead, clock.instant());
        chain.record(AuditedChange.of(ENTITY_TYPE, "chain", "verified")
                .to(result.intact()
                        ? "intact; entries=" + result.entriesChecked() + "; head=" + result.headHash()
                        : "broken at entry " + result.firstBrokenSeq() + "; " + result.finding()));
        return result;
    }
}
