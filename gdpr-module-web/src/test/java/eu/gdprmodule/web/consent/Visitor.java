package eu.gdprmodule.web.consent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser as far as cookies go: keeps the cookies it is given and sends them back. */
class Visitor {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private boolean gpc;

    Visitor(URI base) {
        this.base = base;
    }

    Visitor gpc() {
        gpc = true;
        return this;
    }

    String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    void cookie(String name, String value) {
        cookies.put(name, value);
    }

    String cookieValue(String name) {
        return cookies.get(name);
    }

    HttpRequest.Builder get(String path) {
        return builder(path).GET();
    }

    HttpRequest.Builder post(String path, String type, String body) {
        return builder(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.substring(1))).header("User-Agent", "ConsentApiIT");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (gpc) {
            builder.header("Sec-GPC", "1");
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    HttpResponse<String> choose(String json) throws IOException, InterruptedException {
        return send(post("/gdpr/api/consents", "application/json", json).build());
    }

    JsonObject current() throws IOException, InterruptedException {
        HttpResponse<String> response = send(get("/gdpr/api/consents/current").build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET current answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
