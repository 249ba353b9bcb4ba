package eu.gdprmodule.web.admin;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every console page and console API endpoint the built module jar contains, found from the jar
 * itself: the pages under {@code META-INF/resources/gdpr/admin/}, the JAX-RS methods of classes
 * whose {@code @Path} starts with {@code admin}. Tests that walk the console take their list from
 * here, so a screen or endpoint added later is walked without anyone remembering to add it.
 */
public final class ConsoleEndpoints {

    /** One console page, as a path under the context root. */
    public record Page(String path) {
    }

    /**
     * One console API method.
     *
     * @param method             the HTTP method
     * @param path               the path under the context root, {@code {params}} filled with {@code 1}
     * @param administratorsOnly whether the DPO role is refused
     */
    public record Endpoint(String method, String path, boolean administratorsOnly) {
        public boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        /** Whether the path names one item ({@code .../activities/1}, {@code .../policies/1/drafts/1/publish}): the item need not exist. */
        public boolean isItem() {
            return path.endsWith("/1") || path.contains("/1/");
        }

        /**
         * Whether a caller calling with no body and no version got past the console's guard: a
         * success, or a refusal of the request rather than of the caller (400 for a missing body or
         * query parameter, 428 for a change without the version it starts from, 404 for an item
         * that does not exist). The guard itself only ever answers 401 or 403.
         */
        public boolean letIn(int status) {
            return status < 400 || status == 400 || status == 428 && isWrite() || status == 404 && isItem();
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();

    private ConsoleEndpoints() {
    }

    /** Reads the module jar ({@code gdpr-module-web-*.jar}). */
    public static ConsoleEndpoints in(java.nio.file.Path moduleJar) {
        if (!Files.isRegularFile(moduleJar)) {
            throw new IllegalStateException(moduleJar + " is missing: package the module first");
        }
        ConsoleEndpoints found = new ConsoleEndpoints();
        try (ZipFile jar = new ZipFile(moduleJar.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/resources/gdpr/admin/") && name.endsWith(".xhtml")) {
                    found.pages.add(new Page("/" + name.substring("META-INF/resources/".length())));
                } else if (name.endsWith(".class") && !name.contains("$")) {
                    found.addEndpoints(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.pages.isEmpty() || found.endpoints.isEmpty()) {
            throw new IllegalStateException("no console page or endpoint found in " + moduleJar);
        }
        return found;
    }

    private void addEndpoints(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return; // not loadable outside the container; not a resource the module registers
        }
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null || !classPath.value().replaceFirst("^/", "").startsWith("admin")) {
            return;
        }
        boolean classAdministratorsOnly = type.isAnnotationPresent(AdministratorsOnly.class);
        for (Method method : type.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = "/gdpr/api/" + trim(classPath.value()) + (methodPath == null ? "" : "/" + trim(methodPath.value()));
            endpoints.add(new Endpoint(http, path.replaceAll("\\{[^}]+}", "1"),
                    classAdministratorsOnly || method.isAnnotationPresent(AdministratorsOnly.class)));
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    public List<Page> pages() {
        return pages;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }
}
