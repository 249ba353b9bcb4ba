package eu.gdprmodule.web.admin.audit;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.audit.AuditEntry;
import eu.gdprmodule.audit.AuditFilter;
import eu.gdprmodule.audit.AuditSearch;
import eu.gdprmodule.audit.ChainHead;
import eu.gdprmodule.audit.ChainVerification;
import eu.gdprmodule.audit.ChainVerifier;
import eu.gdprmodule.web.admin.ConsoleClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /gdpr/api/admin/audit}: the audit log for both console roles.
 *
 * <ul>
 * <li>{@code GET entries}: a page, newest first, filtered by {@code actor} (start of),
 * {@code entityType}, {@code entityId}, {@code action}, {@code from}, {@code to}, with
 * {@code first} and {@code max} (1 to 500).</li>
 * <li>{@code GET entries.csv}: every matching entry, oldest first. The export is itself audited:
 * the log holds personal data, and who took a copy of it is part of the record.</li>
 * <li>{@code POST verification}: recomputes the chain and names the first broken entry.</li>
 * <li>{@code GET head}: the number of entries and the last hash, a checkpoint to note down.</li>
 * </ul>
 */
@ConsoleApi
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    static final int MAX_PAGE = 500;

    @Inject
    AuditSearch search;

    @Inject
    AuditChain chain;

    @Inject
    ChainVerifier verifier;

    @Inject
    ConsoleClock clock;

    /**
     * One page of the log and the number of matching entries.
     *
     * @param total      the number of matching entries; with a filter, counted up to
     *                   {@link AuditSearch#COUNT_LIMIT} and one more when there are more
     * @param totalExact whether {@code total} is exact
     */
    public record Page(long total, boolean totalExact, int first, List<AuditEntry> entries) {
    }

    @GET
    @Path("entries")
    public Page entries(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new BadRequestException("'first' must be 0 or more and 'max' between 1 and " + MAX_PAGE + ".");
        }
        AuditFilter filter = AuditQuery.filter(actor, entityType, entityId, action, from, to, clock.zone());
        AuditSearch.Count count = search.count(filter);
        return new Page(count.value(), count.exact(), first, search.page(filter, first, max));
    }

    @GET
    @Path("entries.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = AuditQuery.filter(actor, entityType, entityId, action, from, to, clock.zone());
        chain.record(AuditedChange.of(ChainVerifier.ENTITY_TYPE, "chain", "exported-csv").to(describe(filter)));
        StreamingOutput body = out -> {
            try (AuditCsv csv = new AuditCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    clock.zone())) {
                search.walk(filter, csv::write);
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .build();
    }

    @POST
    @Path("verification")
    public ChainVerification verify() {
        return verifier.verify();
    }

    @GET
    @Path("head")
    public ChainHead head() {
        return search.head();
    }

    static String describe(AuditFilter filter) {
        if (filter.isEmpty()) {
            return "filter=none";
        }
        StringBuilder text = new StringBuilder("filter=");
        append(text, "actor", filter.actor());
        append(text, "entityType", filter.entityType());
        append(text, "entityId", filter.entityId());
        append(text, "action", filter.action());
        append(text, "from", filter.from() == null ? null : filter.from().toString());
        append(text, "to", filter.to() == null ? null : filter.to().toString());
        return text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(text.length() > "filter=".length() ? ", " : "").append(name).append(':').append(value);
        }
    }
}
