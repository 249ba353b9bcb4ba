package eu.gdprmodule.request;

import eu.gdprmodule.api.PersonalDataExport;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.nodes.Entities;

/**
 * Writes a person's export: one CSV per kind of data (Art. 20: "structured, commonly used and
 * machine-readable"), {@code data.json} with everything, and {@code index.html} for a person to
 * read (Art. 12(1): intelligible). Rows are read page by page and streamed: the CSVs go straight
 * into the ZIP, the JSON to a temporary file added at the end, so memory stays flat however much
 * a contributor holds.
 */
public final class ExportArchive implements AutoCloseable {

    static final int PAGE = 500;
    /** The index shows this many rows of a kind; the CSV and JSON hold them all. */
    static final int SHOWN = 200;

    /** A source of one kind's rows, with the contributor that owns it. */
    public record Source(String contributor, PersonalDataExport.Kind kind) {
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
    private final Path jsonFile;
    private final JsonGenerator json;
    private final StringBuilder index = new StringBuilder();
    private final List<String> files = new ArrayList<>();
    private long rows;

    ExportArchive(String reference, String email, Instant at) throws IOException {
        jsonFile = Files.createTempFile("gdpr-export-", ".json");
        json = Json.createGenerator(Files.newBufferedWriter(jsonFile, StandardCharsets.UTF_8));
        json.writeStartObject().write("format", "gdpr-export/1").write("request", reference).write("email", email)
                .write("generatedAt", at.toString()).writeStartArray("data");
        index.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your personal data: ")
                .append(esc(reference)).append("</title><style>body{font:15px/1.5 system-ui,sans-serif;margin:2em;max-width:70em}"
                        + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}"
                        + "</style></head><body><h1>Your personal data</h1><p>Request <strong>").append(esc(reference))
                .append("</strong>, for <strong>").append(esc(email)).append("</strong>, generated on ").append(esc(at.toString()))
                .append(". Every kind of data is below and, in full, in the CSV file named next to it; <code>data.json</code> holds "
                        + "all of it for another service (Art. 20 GDPR).</p>");
    }

    /** Reads every row of a kind and writes it; the exception of the contributor's page reader propagates. */
    long add(Source source) throws IOException {
        PersonalDataExport.Kind kind = source.kind();
        String file = fileName(kind.kind());
        json.writeStartObject().write("kind", kind.kind()).write("title", kind.title()).write("source", source.contributor())
                .writeStartArray("columns");
        kind.columns().forEach(json::write);
        json.writeEnd().writeStartArray("rows");
        index.append("<h2>").append(esc(kind.title())).append("</h2><p>File <code>").append(esc(file)).append("</code></p><table><tr>");
        kind.columns().forEach(c -> index.append("<th>").append(esc(c)).append("</th>"));
        index.append("</tr>");
        zip.putNextEntry(new ZipEntry(file));
        long count = 0;
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(kind.columns().toArray(String[]::new)).get());
        for (int first = 0;; first += PAGE) {
            List<List<?>> page = kind.rows().page(first, PAGE);
            if (page == null) {
                break;
            }
            for (List<?> row : page) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(text(value));
                }
                csv.printRecord(cells);
                json.writeStartArray();
                cells.forEach(json::write);
                json.writeEnd();
                if (count < SHOWN) {
                    index.append("<tr>");
                    cells.forEach(c -> index.append("<td>").append(esc(c)).append("</td>"));
                    index.append("</tr>");
                }
                count++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
        writer.flush();
        zip.closeEntry();
        json.writeEnd().writeEnd();
        index.append("</table>");
        if (count > SHOWN) {
            index.append("<p>").append(count - SHOWN).append(" more rows are in <code>").append(esc(file)).append("</code>.</p>");
        } else if (count == 0) {
            index.append("<p>None.</p>");
        }
        rows += count;
        return count;
    }

    /** Finishes the ZIP and returns it. */
    byte[] finish() throws IOException {
        json.writeEnd().writeEnd().close();
        zip.putNextEntry(new ZipEntry("data.json"));
        Files.copy(jsonFile, zip);
        zip.closeEntry();
        index.append("</body></html>");
        zip.putNextEntry(new ZipEntry("index.html"));
        zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
        return bytes.toByteArray();
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(jsonFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fileName(String kind) {
        String name = kind + ".csv";
        for (int i = 2; files.contains(name); i++) {
            name = kind + "-" + i + ".csv";
        }
        files.add(name);
        return name;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
