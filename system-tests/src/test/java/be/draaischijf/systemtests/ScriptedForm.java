package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's form sent again and again by a script over plain HTTP, as a robot would send it (and as the load scenarios
 * do): the page is fetched once, for its session cookie and view state; each post sends the form's fields and its
 * button, with the view state of the answer before. Every request comes from one client address, behind the proxy
 * the tests' server trusts ({@code X-Forwarded-For}), so that the per-address limits see it as that client. Cheaper
 * than a browser by far, for a burst of a hundred posts.
 */
final class ScriptedForm {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern VIEW_STATE_INPUT = Pattern.compile("<input[^>]*name=\"jakarta\\.faces\\.ViewState\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String clientAddress;
    private final URI address;
    private final String form;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String viewState;

    /** The page at {@code path}, fetched from {@code clientAddress}; {@code form} is the id of its form. */
    ScriptedForm(String clientAddress, String path, String form) {
        this.clientAddress = clientAddress;
        this.address = URI.create(DeployedApp.baseUrl() + path);
        this.form = form;
        HttpResponse<String> page = send(request().GET().build());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        viewState = viewState(page.body());
        assertThat(viewState).as("the view state of " + path).isNotNull();
    }

    /**
     * Sends the form as its button {@code button} would, with these fields (ids within the form, such as
     * {@code email}); the page that answers. The next post uses that page's view state.
     */
    HttpResponse<String> submit(String button, Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        body.add(encode(form) + "=" + encode(form));
        fields.forEach((field, value) -> body.add(encode(form + ":" + field) + "=" + encode(value)));
        body.add(encode(form + ":" + button) + "=");
        body.add(encode("jakarta.faces.ViewState") + "=" + encode(viewState));
        HttpResponse<String> answer = send(request().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        String next = viewState(answer.body());
        if (next != null) {
            viewState = next;
        }
        return answer;
    }

    private HttpRequest.Builder request() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress).header("Accept-Language", "nl");
        if (!cookies.isEmpty()) {
            StringJoiner cookie = new StringJoiner("; ");
            cookies.forEach((name, value) -> cookie.add(name + "=" + value));
            builder.header("Cookie", cookie.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            // the session (and the language) the server hands out, kept as a browser keeps them
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The view state in a page (server-side state: an id such as {@code -123:456}, nothing to unescape). */
    private static String viewState(String html) {
        Matcher input = VIEW_STATE_INPUT.matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = VALUE.matcher(input.group());
        return value.find() ? value.group(1) : null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
