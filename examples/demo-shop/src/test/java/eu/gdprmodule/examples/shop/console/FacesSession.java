package eu.gdprmodule.examples.shop.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the shop over plain HTTP, with its own cookies: enough Faces to sign in through
 * the shop's login form, then calls as that visitor. Redirects are not followed, so a test sees
 * where the shop sends the visitor.
 */
final class FacesSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    FacesSession(URI base) {
        this.base = base;
    }

    String origin() {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** Signs in on /login.xhtml; true when the shop accepted the credentials (a redirect away from it). */
    boolean signIn(String email, String password) {
        HttpResponse<String> answer = submit("/login.xhtml", "login", Map.of("email", email, "password", password));
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login");
    }

    /** Creates a customer account on /signup.xhtml; true when the shop accepted it. */
    boolean signUp(String fullName, String email, String password) {
        HttpResponse<String> answer = submit("/signup.xhtml", "signup",
                Map.of("fullName", fullName, "email", email, "password", password, "company", ""));
        return answer.statusCode() == 302;
    }

    /** Posts a Faces form of a page as its submit button does (non-AJAX), fields named by their ids. */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        String page = get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        return post(path, form);
    }

    /** Posts form fields as they are, view state included or not, as a forged form would. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        return send("POST", path, form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")), "application/x-www-form-urlencoded", origin());
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null);
    }

    /** A GET with the browser's language preferences, as in {@code Accept-Language}. */
    HttpResponse<String> get(String path, String acceptLanguage) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                .header("Accept-Language", acceptLanguage).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call as this visitor, writes from the shop's own origin as a browser sends them. */
    HttpResponse<String> call(String method, String path) {
        return send(method, path, method.equals("PUT") ? "{}" : null, method.equals("PUT") ? "application/json" : null,
                origin());
    }

    private HttpResponse<String> send(String method, String path, String body, String type, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.replaceFirst("^/", "")))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no Faces view state in the login page");
        }
        return matcher.group(1);
    }
}
