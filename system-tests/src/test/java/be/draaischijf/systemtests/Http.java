package be.draaischijf.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP against the deployed application, as a script would call it. Redirects are not followed. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A whole address as it was handed out (a link in a mail), not a path on the server under test. */
    public static HttpResponse<String> get(URI address) {
        return send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public static HttpResponse<String> get(String path, String username, String password) {
        return send(request(path).header("Authorization", basic(username, password)).GET().build());
    }

    /**
     * As a client at {@code clientAddress} behind the proxy the tests' server trusts (127.0.0.1, through
     * {@code X-Forwarded-For}): how the per-address limits see callers from elsewhere.
     */
    public static HttpResponse<String> getFrom(String clientAddress, String path, String username, String password) {
        return send(request(path).header("X-Forwarded-For", clientAddress)
                .header("Authorization", basic(username, password)).GET().build());
    }

    /** With the id a load balancer gives a request ({@code X-Request-Id}), which the server's log lines carry (ADR 0053). */
    public static HttpResponse<String> getWithRequestId(String path, String requestId) {
        return send(request(path).header("X-Request-Id", requestId).GET().build());
    }

    public static HttpResponse<String> put(String path, String json, String username, String password) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (username != null) {
            builder.header("Authorization", basic(username, password));
        }
        return send(builder.build());
    }

    public static HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    public static HttpResponse<String> post(String path, String contentType, String body, String username, String password) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            builder.header("Authorization", basic(username, password));
        }
        return send(builder.build());
    }

    /** A POST with the caller's languages ({@code Accept-Language}), as a browser or a client in another country sends it. */
    public static HttpResponse<String> post(String path, String contentType, String body, String username, String password,
                                            String acceptLanguage) {
        HttpRequest.Builder builder = request(path).header("Content-Type", contentType).header("Accept-Language", acceptLanguage)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            builder.header("Authorization", basic(username, password));
        }
        return send(builder.build());
    }

    /** A GET with the caller's languages ({@code Accept-Language}). */
    public static HttpResponse<String> get(String path, String username, String password, String acceptLanguage) {
        return send(request(path).header("Authorization", basic(username, password)).header("Accept-Language", acceptLanguage)
                .GET().build());
    }

    /**
     * With a personal API token ({@code Authorization: Bearer dsk_…}, made on /account/beveiliging): how accounts with
     * two-step verification, whose password alone no longer opens the API, call it from a script.
     */
    public static HttpResponse<String> getWithToken(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    /** A POST of JSON with a personal API token. */
    public static HttpResponse<String> postWithToken(String path, String json, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT of JSON with a personal API token. */
    public static HttpResponse<String> putWithToken(String path, String json, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST of JSON with a personal API token, from a client at {@code clientAddress} (see {@link #getFrom}). */
    public static HttpResponse<String> postWithTokenFrom(String clientAddress, String path, String json, String token) {
        return send(request(path).header("X-Forwarded-For", clientAddress).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    private static HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        return path.startsWith("/api/") ? builder.header("Accept", "application/json") : builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
