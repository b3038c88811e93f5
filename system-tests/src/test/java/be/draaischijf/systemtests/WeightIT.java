package be.draaischijf.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a page weighs on the wire (issue 15, ADR 0034): answers compressed with gzip when the client accepts it and the
 * same content when it does not; style sheets and scripts at addresses that name their version, kept for a year; no
 * header that names the server; the month calendar with everything its page loads under 1 MB. Plain HTTP, no browser.
 */
class WeightIT {

    /** What a browser sends: with gzip among the encodings it accepts. */
    private static final String BROWSER = "gzip, deflate, br";
    private static final long ONE_MEGABYTE = 1_000_000;

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern LINK = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern REL = Pattern.compile("\\brel=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("<(?:script|img)\\b[^>]*\\bsrc=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW_STATE =
            Pattern.compile("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]*\"");

    @Test
    void theHomePageAndItsStyleSheetComeCompressedWhenAskedAndTheSameWhenNot() {
        HttpResponse<byte[]> compressed = get("/", BROWSER);
        HttpResponse<byte[]> plain = get("/", null);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(String.join(",", compressed.headers().allValues("Vary"))).containsIgnoringCase("Accept-Encoding");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.body().length).as("compressed size of /").isLessThan(plain.body().length / 2);
        assertThat(withoutViewState(text(gunzip(compressed.body())))).isEqualTo(withoutViewState(text(plain.body())));

        String styleSheet = styleSheet(text(plain.body()));
        HttpResponse<byte[]> compressedCss = get(styleSheet, BROWSER);
        HttpResponse<byte[]> plainCss = get(styleSheet, null);
        assertThat(compressedCss.statusCode()).isEqualTo(200);
        assertThat(compressedCss.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plainCss.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(compressedCss.body())).isEqualTo(plainCss.body());
        assertThat(compressedCss.body().length).isLessThan(plainCss.body().length);
    }

    @Test
    void aHeadRequestIsAnsweredWithoutABody() {
        HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri("/")).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", BROWSER).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theStyleSheetsAndScriptsOfAPageNameTheirVersionAndAreKeptForAYear() {
        HttpResponse<byte[]> home = get("/", null);
        List<String> loaded = loadedBy(text(home.body()));

        assertThat(loaded).as("what / loads").anyMatch(address -> address.contains("draaischijf.css"))
                .anyMatch(address -> address.contains("ln=primefaces"));
        for (String address : loaded) {
            assertThat(address).as("a Faces resource").contains("/jakarta.faces.resource/");
            assertThat(address).as("names its version").containsPattern("[?&]v=[^&]+");
            HttpResponse<byte[]> resource = get(address, BROWSER);
            assertThat(resource.statusCode()).as(address).isEqualTo(200);
            assertThat(resource.headers().firstValue("Cache-Control").orElse("")).as(address)
                    .contains("max-age=31536000").contains("immutable");
        }
        assertThat(home.headers().firstValue("Cache-Control").orElse("")).as("the page itself")
                .doesNotContain("max-age=31536000");
    }

    @Test
    void noAnswerNamesTheServer() {
        String styleSheet = styleSheet(text(get("/", null).body()));
        for (String path : List.of("/", styleSheet, "/api/partners?size=1", "/bestaat-niet")) {
            HttpResponse<byte[]> answer = get(path, BROWSER);

            assertThat(answer.statusCode()).as(path).isEqualTo(path.equals("/bestaat-niet") ? 404 : 200);
            assertThat(answer.headers().allValues("X-Powered-By")).as(path + ": X-Powered-By").isEmpty();
            assertThat(answer.headers().allValues("Server")).as(path + ": Server").isEmpty();
        }
        // an error page of the server's own, outside the application
        HttpResponse<byte[]> serversOwn = get("/health/bestaat-niet", BROWSER);
        assertThat(serversOwn.headers().allValues("X-Powered-By")).as("/health/bestaat-niet: X-Powered-By").isEmpty();
        assertThat(serversOwn.headers().allValues("Server")).as("/health/bestaat-niet: Server").isEmpty();
        assertThat(text(decoded(serversOwn))).as("/health/bestaat-niet").doesNotContainIgnoringCase("Payara");
    }

    @Test
    void theMonthCalendarWithAllItLoadsWeighsLessThanOneMegabyte() {
        HttpResponse<byte[]> page = get("/kalender?weergave=maand", BROWSER);
        assertThat(page.statusCode()).isEqualTo(200);

        long total = page.body().length;
        StringBuilder weights = new StringBuilder("/kalender?weergave=maand " + page.body().length);
        List<String> loaded = loadedBy(text(decoded(page)));
        assertThat(loaded).as("style sheets, scripts and images of the month view").isNotEmpty();
        for (String address : loaded) {
            HttpResponse<byte[]> resource = get(address, BROWSER);
            assertThat(resource.statusCode()).as(address).isEqualTo(200);
            total += resource.body().length;
            weights.append("\n").append(address).append(' ').append(resource.body().length);
        }
        assertThat(total).as("bytes transferred for the month calendar, first visit:\n" + weights).isLessThan(ONE_MEGABYTE);
    }

    /** The style sheets, scripts and images a page loads, in order, each once; {@code &amp;} read as {@code &}. */
    static List<String> loadedBy(String html) {
        Set<String> addresses = new LinkedHashSet<>();
        Matcher links = LINK.matcher(html);
        while (links.find()) {
            Matcher rel = REL.matcher(links.group());
            Matcher href = HREF.matcher(links.group());
            if (rel.find() && rel.group(1).toLowerCase(Locale.ROOT).matches(".*\\b(stylesheet|icon|preload|modulepreload)\\b.*")
                    && href.find()) {
                addresses.add(href.group(1).replace("&amp;", "&"));
            }
        }
        Matcher sources = SOURCE.matcher(html);
        while (sources.find()) {
            if (!sources.group(1).startsWith("data:")) {
                addresses.add(sources.group(1).replace("&amp;", "&"));
            }
        }
        return new ArrayList<>(addresses);
    }

    private static String styleSheet(String html) {
        return loadedBy(html).stream().filter(address -> address.contains("draaischijf.css")).findFirst()
                .orElseThrow(() -> new AssertionError("no draaischijf.css in the page"));
    }

    private static String withoutViewState(String html) {
        return VIEW_STATE.matcher(html).replaceAll("$1\"");
    }

    private static HttpResponse<byte[]> get(String address, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(address)).timeout(Duration.ofSeconds(30)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (address.startsWith("/api/")) {
            request.header("Accept", "application/json");
        }
        return send(request.build());
    }

    private static URI uri(String address) {
        return URI.create(address.startsWith("http") ? address : DeployedApp.baseUrl() + address);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decoded(HttpResponse<byte[]> response) {
        return "gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))
                ? gunzip(response.body()) : response.body();
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not gzip", e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
