package eu.gdprmodule.web.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls to the test host as one of its Basic-auth users, or as nobody. */
final class ConsoleHttp {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    ConsoleHttp(URL base) {
        this.base = URI.create(base.toExternalForm());
    }

    String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    HttpResponse<String> call(String user, String method, String path, String json, String origin) {
        return call(user, method, path, json, origin, null);
    }

    /** A write from the console's origin naming the version it changes, as the register's API wants it. */
    HttpResponse<String> write(String user, String method, String path, String json, String ifMatch) {
        return call(user, method, path, json, origin(), ifMatch);
    }

    private HttpResponse<String> call(String user, String method, String path, String json, String origin, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + AdminConsoleITSecurity.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String user, String path) {
        return call(user, "GET", path, null, null);
    }

    /** A write from the console's own origin, as the browser sends it. */
    HttpResponse<String> write(String user, String method, String path, String json) {
        return call(user, method, path, json, origin());
    }
}
