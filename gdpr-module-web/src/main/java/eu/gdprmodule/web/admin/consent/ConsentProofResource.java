package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.web.admin.ConsoleApi;
import eu.gdprmodule.api.AuditedChange;
import eu.gdprmodule.audit.AuditChain;
import eu.gdprmodule.consent.ConsentRecord;
import eu.gdprmodule.consent.ConsentStore;
import eu.gdprmodule.consent.ConsentText;
import eu.gdprmodule.consent.ProofQuery;
import eu.gdprmodule.web.admin.ConsoleClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The consent log for both console roles: the proofs of visitors' choices, refusals included,
 * which the controller must be able to show (Art. 7(1) GDPR). Filters: {@code consentId} (the
 * reference a visitor reads in their preferences), {@code from} and {@code to} (days, {@code to}
 * included), {@code method} ({@code accept-all}, {@code reject-all}, ...).
 *
 * <ul>
 * <li>{@code GET consents}: a page, newest first ({@code page} from 0, {@code size} 1 to 500):
 *     {@code {"total": ..., "items": [...]}};</li>
 * <li>{@code GET consents.csv}: every matching proof, what an authority asks for; the export is
 *     itself audited, since the file holds personal data;</li>
 * <li>{@code GET consents/texts/{hash}}: the banner text a proof refers to, as the visitor read it.</li>
 * </ul>
 */
@ConsoleApi
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsentProofResource {

    static final int MAX_PAGE = 500;
    /** Proofs read per query while streaming the CSV: memory stays flat however many match. */
    static final int CSV_PAGE = 1000;
    static final String AUDIT_TYPE = "consent-proofs";

    @Inject
    ConsentStore store;

    @Inject
    AuditChain audit;

    @Inject
    ConsoleClock clock;

    @GET
    @Path("consents")
    public JsonObject search(@QueryParam("consentId") String consentId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("method") String method,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("'page' must be 0 or more and 'size' between 1 and " + MAX_PAGE + ".");
        }
        ProofQuery query = ProofFilter.query(consentId, from, to, method, clock.zone());
        long first = (long) page * size;
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (first <= Integer.MAX_VALUE) {
            store.search(query, (int) first, size).forEach(p -> items.add(json(p)));
        }
        return Json.createObjectBuilder().add("total", store.count(query)).add("page", page).add("size", size)
                .add("items", items).build();
    }

    @GET
    @Path("consents.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("consentId") String consentId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("method") String method) {
        ProofQuery asked = ProofFilter.query(consentId, from, to, method, clock.zone());
        // pages are read newest first: proofs recorded while the file streams would shift them, so
        // the export stops at the second it started (they are in the next export)
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ProofQuery query = new ProofQuery(asked.consentId(), asked.from(),
                asked.to() == null || asked.to().isAfter(started) ? started : asked.to(), asked.method());
        audit.record(AuditedChange.of(AUDIT_TYPE, "proofs", "exported-csv").to(describe(asked)));
        StreamingOutput body = out -> {
            try (ConsentProofCsv csv = new ConsentProofCsv(new BufferedWriter(new OutputStreamWriter(out,
                    StandardCharsets.UTF_8)))) {
                for (int first = 0;; first += CSV_PAGE) {
                    List<ConsentRecord> page = store.search(query, first, CSV_PAGE);
                    page.forEach(csv::write);
                    if (page.size() < CSV_PAGE) {
                        break;
                    }
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consent-proofs.csv\"").build();
    }

    @GET
    @Path("consents/texts/{hash}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response text(@PathParam("hash") String hash) {
        ConsentText text = store.text(hash == null ? "" : hash.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No banner text has the hash '" + hash + "': copy it from "
                        + "the text_hash of a proof."));
        return Response.ok(text.getText(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Language", text.getLanguage())
                .header("X-Policy-Version", text.getPolicyVersion()).build();
    }

    static JsonObject json(ConsentRecord proof) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("proofId", proof.getProofId())
                .add("consentId", proof.getConsentId()).add("givenAt", proof.getGivenAt().toString())
                .add("policyVersion", proof.getPolicyVersion()).add("language", proof.getLanguage())
                .add("method", proof.getMethod().wire()).add("gpc", proof.isGpc())
                .add("categories", Json.createArrayBuilder(proof.getCategories()))
                .add("services", Json.createArrayBuilder(proof.getServices()))
                .add("textHash", proof.getTextHash());
        nullable(o, "ipPrefix", proof.getIpPrefix());
        nullable(o, "userAgent", proof.getUserAgent());
        return o.build();
    }

    private static void nullable(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    /** The filter of an export, as the audit log keeps it. */
    static String describe(ProofQuery query) {
        StringBuilder text = new StringBuilder("filter=");
        int empty = text.length();
        append(text, empty, "consentId", query.consentId());
        append(text, empty, "from", query.from());
        append(text, empty, "to", query.to());
        append(text, empty, "method", query.method() == null ? null : query.method().wire());
        return text.length() == empty ? "filter=none" : text.toString();
    }

    private static void append(StringBuilder text, int empty, String name, Object value) {
        if (value != null) {
            text.append(text.length() > empty ? ", " : "").append(name).append(':').append(value);
        }
    }
}
