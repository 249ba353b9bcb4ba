package eu.gdprmodule.web.admin.request;

import eu.gdprmodule.request.ContributorStep;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one host contributor did in an export or an erasure, as the request page shows it: an
 * erasure's report line by line (what was erased, anonymised, or kept, with the legal reason and
 * until when: Art. 17(3) lets a controller keep data, and Art. 12(4) owes the person the reason),
 * an export's summary, or a failure's message, which the administrator needs to have the host
 * fixed before running the step again.
 *
 * @param contributor the contributor's id (its bean class)
 * @param done        whether its last attempt succeeded
 * @param at          when
 * @param lines       an erasure's report lines; empty for an export or a failure
 * @param message     an export's summary or a failure's message; {@code null} for an erasure report
 */
public record ContributorReport(String contributor, boolean done, Instant at, List<Line> lines, String message)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One kind of data in an erasure report.
     *
     * @param outcome {@code erased}, {@code anonymised} or {@code kept}
     * @param reason  for kept data, the legal ground; else {@code null}
     * @param until   for kept data, the day it goes (ISO), or {@code null} when open-ended
     */
    public record Line(String kind, String outcome, long count, String reason, String until) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean isKept() {
            return "kept".equals(outcome);
        }
    }

    public static List<ContributorReport> of(List<ContributorStep> steps) {
        return steps.stream().map(ContributorReport::of).toList();
    }

    static ContributorReport of(ContributorStep step) {
        boolean done = step.getStatus() == ContributorStep.Status.DONE;
        String report = step.getReport() == null ? "" : step.getReport();
        if (done && report.startsWith("[")) {
            List<Line> lines = lines(report);
            if (lines != null) {
                return new ContributorReport(step.getContributor(), true, step.getAt(), lines, null);
            }
        }
        return new ContributorReport(step.getContributor(), done, step.getAt(), List.of(), report);
    }

    /** The lines of an erasure report, or {@code null} when it does not read as one (then it is shown as it is). */
    static List<Line> lines(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<Line> lines = new ArrayList<>();
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                lines.add(new Line(o.getString("kind", ""), o.getString("outcome", ""),
                        o.containsKey("count") && o.get("count").getValueType() == JsonValue.ValueType.NUMBER
                                ? o.getJsonNumber("count").longValue() : 0,
                        o.getString("reason", null), o.getString("until", null)));
            }
            return lines;
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return null;
        }
    }

    /** The contributor as people read it: its class's simple name ({@code InvoiceData}). */
    public String getName() {
        return contributor.substring(contributor.lastIndexOf('.') + 1);
    }

    /**
     * What the contributors said they keep, one line each ("invoices (3): French Commercial Code,
     * art. L123-22, until 2036-01-31"), for the reply to an erasure request.
     */
    static List<String> kept(List<ContributorReport> reports, String untilWord) {
        return reports.stream().flatMap(r -> r.lines().stream()).filter(Line::isKept)
                .map(l -> l.kind() + " (" + l.count() + "): " + l.reason() + (l.until() == null ? "" : ", " + untilWord + " " + l.until()))
                .collect(Collectors.toList());
    }
}
