package be.draaischijf.web.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionFilterTest {

    /** A page of some 5 KB, with characters of two, three and four bytes in UTF-8. */
    private static final String PAGE = "<!DOCTYPE html><html lang=\"nl\"><body><main>"
            + "<p>Één vraag over een jongere — naar school of niet? 🎓</p>\n".repeat(80) + "</main></body></html>";
    private static final String SMALL_CSS = ".notice { background: #e7f3ec; }\n";

    interface Application {
        void respond(HttpServletResponse response) throws IOException;
    }

    @Test
    void aPageIsCompressedForAClientThatAcceptsGzip() throws Exception {
        ServerResponse server = run("GET", "gzip, deflate, br", response -> {
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter writer = response.getWriter();
            writer.write(PAGE.substring(0, 100));
            writer.write(PAGE.substring(100));
        });

        assertThat(server.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(server.headers("Vary")).containsExactly("Accept-Encoding");
        assertThat(gunzip(server.body())).isEqualTo(PAGE.getBytes(UTF_8));
        assertThat(server.body().length).isLessThan(PAGE.getBytes(UTF_8).length / 4);
    }

    @Test
    void theApplicationsContentLengthIsDroppedWhenCompressedAndKeptWhenNot() throws Exception {
        byte[] script = "PrimeFaces.widget.Base = function() { return 'draaischijf'; };\n".repeat(200).getBytes(UTF_8);
        ServerResponse large = run("GET", "gzip", response -> {
            response.setContentType("text/javascript");
            response.setContentLength(script.length);
            response.getOutputStream().write(script);
        });
        assertThat(large.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(large.contentLength).isEqualTo(-1);
        assertThat(gunzip(large.body())).isEqualTo(script);

        // as Faces serves a resource: the bytes first, the length after them, then the stream closed
        byte[] css = SMALL_CSS.getBytes(UTF_8);
        ServerResponse small = run("GET", "gzip", response -> {
            response.setContentType("text/css");
            OutputStream out = response.getOutputStream();
            out.write(css);
            response.setContentLength(css.length);
            out.close();
        });
        assertThat(small.header("Content-Encoding")).as("too small to be worth it").isNull();
        assertThat(small.headers("Vary")).containsExactly("Accept-Encoding");
        assertThat(small.contentLength).isEqualTo(css.length);
        assertThat(small.body()).isEqualTo(css);
        assertThat(small.closed).isTrue();
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsThePageAsItIs() throws Exception {
        for (String acceptEncoding : new String[] {null, "identity", "gzip;q=0, deflate", "br"}) {
            ServerResponse server = run("GET", acceptEncoding, response -> {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(PAGE);
            });
            assertThat(server.header("Content-Encoding")).as(acceptEncoding).isNull();
            assertThat(server.headers("Vary")).as(acceptEncoding).containsExactly("Accept-Encoding");
            assertThat(server.body()).as(acceptEncoding).isEqualTo(PAGE.getBytes(UTF_8));
        }
    }

    @Test
    void imagesAndDownloadsPassUntouchedAndStreamAsTheyAreWritten() throws Exception {
        byte[] image = new byte[5000];
        Arrays.fill(image, (byte) 7);
        ServerResponse png = run("GET", "gzip", response -> {
            response.setContentType("image/png");
            response.setContentLengthLong(image.length);
            response.getOutputStream().write(image);
        });
        assertThat(png.header("Content-Encoding")).isNull();
        assertThat(png.headers("Vary")).isEmpty();
        assertThat(png.contentLength).isEqualTo(image.length);
        assertThat(png.body()).isEqualTo(image);

        AtomicReference<Integer> sentBeforeTheEnd = new AtomicReference<>();
        ServerResponse server = new ServerResponse();
        ServerResponse csv = run("GET", "gzip", server, response -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"deelnemers.csv\"");
            response.getOutputStream().write("voornaam;familienaam\n".getBytes(UTF_8));
            sentBeforeTheEnd.set(server.body().length);
            response.getOutputStream().write("Toegankelijk;Test\n".getBytes(UTF_8));
        });
        assertThat(sentBeforeTheEnd.get()).as("a download is not held back").isEqualTo(21);
        assertThat(csv.header("Content-Encoding")).isNull();
        assertThat(new String(csv.body(), UTF_8)).isEqualTo("voornaam;familienaam\nToegankelijk;Test\n");
    }

    @Test
    void aHeadRequestIsAnsweredWithTheHeadersTheApplicationSetsAndNoBody() throws Exception {
        ServerResponse server = run("HEAD", "gzip", response -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html>een hele pagina</html>");
        });

        assertThat(server.headers).doesNotContainKey("Content-Encoding");
        assertThat(server.body()).isEmpty();
    }

    @Test
    void aNotModifiedAnswerStaysEmpty() throws Exception {
        ServerResponse server = run("GET", "gzip", response -> response.setStatus(HttpServletResponse.SC_NOT_MODIFIED));

        assertThat(server.status).isEqualTo(304);
        assertThat(server.headers).isEmpty();
        assertThat(server.body()).isEmpty();
    }

    @Test
    void aResetForgetsWhatWasWrittenWhileTheWriterGoesOn() throws Exception {
        // as PrimeFaces answers an Ajax request that failed: the response reset, a partial response written instead
        String partial = "<?xml version='1.0' encoding='UTF-8'?><partial-response><changes>"
                + "<update id=\"messages\"><![CDATA[<p>Er ging iets mis.</p>]]></update>".repeat(40)
                + "</changes></partial-response>";
        ServerResponse server = run("POST", "gzip", response -> {
            response.setContentType("text/xml;charset=UTF-8");
            PrintWriter writer = response.getWriter();
            writer.write("<?xml version='1.0' encoding='UTF-8'?><partial-response><changes><update id=\"half");
            response.reset();
            response.setContentType("text/xml;charset=UTF-8");
            writer.write(partial);
        });

        assertThat(server.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(gunzip(server.body()), UTF_8)).isEqualTo(partial);
    }

    @Test
    void closingTheStreamEndsTheCompressedBodyOnce() throws Exception {
        byte[] css = ".ui-widget { font-family: var(--ds-font); }\n".repeat(100).getBytes(UTF_8);
        ServerResponse server = run("GET", "gzip", response -> {
            response.setContentType("text/css");
            OutputStream out = response.getOutputStream();
            out.write(css);
            out.close();
        });

        assertThat(server.closed).isTrue();
        assertThat(gunzip(server.body())).isEqualTo(css);
    }

    @Test
    void anErrorPageAfterCompressionHadBegunIsCompressedToo() throws Exception {
        ServerResponse server = new ServerResponse();
        server.headers.put("Content-Encoding", new java.util.ArrayList<>(java.util.List.of("gzip")));
        String errorPage = "<!DOCTYPE html><title>Er ging iets mis</title>";
        run("GET", "gzip", server, response -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(errorPage);
        });

        assertThat(new String(gunzip(server.body()), UTF_8)).isEqualTo(errorPage);
    }

    @Test
    void anErrorSentByTheApplicationLeavesTheBodyToTheServer() throws Exception {
        ServerResponse server = run("GET", "gzip", response -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>half a page</p>");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        });

        assertThat(server.status).isEqualTo(404);
        assertThat(server.header("Content-Encoding")).isNull();
        assertThat(server.body()).isEmpty();
    }

    @Test
    void aFlushSendsWhatWasWrittenSoFar() throws Exception {
        ServerResponse server = new ServerResponse();
        AtomicReference<byte[]> flushed = new AtomicReference<>();
        run("GET", "gzip", server, response -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>Even geduld…</p>");
            response.getWriter().flush();
            flushed.set(server.body());
            response.getWriter().write("<p>Klaar.</p>");
        });

        assertThat(server.committed).isTrue();
        assertThat(server.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(gunzipPart(flushed.get()), UTF_8)).isEqualTo("<p>Even geduld…</p>");
        assertThat(new String(gunzip(server.body()), UTF_8)).isEqualTo("<p>Even geduld…</p><p>Klaar.</p>");
    }

    @Test
    void xPoweredByFromTheApplicationIsNeverSent() throws Exception {
        ServerResponse server = run("GET", "gzip", response -> {
            response.addHeader("X-Powered-By", "Faces/4.0");
            response.setHeader("x-powered-by", "Faces/4.0");
        });

        assertThat(server.headers("X-Powered-By")).isEmpty();
    }

    @Test
    void acceptEncodingIsReadWithItsQualities() {
        assertThat(CompressionFilter.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(CompressionFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(CompressionFilter.acceptsGzip("*")).isTrue();
        assertThat(CompressionFilter.acceptsGzip("x-gzip")).isTrue();
        assertThat(CompressionFilter.acceptsGzip(null)).isFalse();
        assertThat(CompressionFilter.acceptsGzip("")).isFalse();
        assertThat(CompressionFilter.acceptsGzip("identity")).isFalse();
        assertThat(CompressionFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CompressionFilter.acceptsGzip("*, gzip;q=0")).as("named beats the wildcard").isFalse();
        assertThat(CompressionFilter.acceptsGzip("gzip;q=nonsense")).isFalse();
    }

    @Test
    void onlyTextIsWorthCompressing() {
        assertThat(CompressionFilter.compressible("text/html;charset=UTF-8")).isTrue();
        assertThat(CompressionFilter.compressible("text/css")).isTrue();
        assertThat(CompressionFilter.compressible("text/javascript")).isTrue();
        assertThat(CompressionFilter.compressible("application/javascript")).isTrue();
        assertThat(CompressionFilter.compressible("text/xml; charset=UTF-8")).as("JSF's partial responses").isTrue();
        assertThat(CompressionFilter.compressible("application/json")).isTrue();
        assertThat(CompressionFilter.compressible("application/problem+json")).isTrue();
        assertThat(CompressionFilter.compressible("image/svg+xml")).isTrue();
        assertThat(CompressionFilter.compressible(null)).isFalse();
        assertThat(CompressionFilter.compressible("image/png")).isFalse();
        assertThat(CompressionFilter.compressible("application/pdf")).isFalse();
        assertThat(CompressionFilter.compressible("application/zip")).isFalse();
        assertThat(CompressionFilter.compressible(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isFalse();
        assertThat(CompressionFilter.compressible("text/csv")).as("a download, streamed as written").isFalse();
        assertThat(CompressionFilter.compressible("text/calendar")).isFalse();
        assertThat(CompressionFilter.compressible("font/woff2")).isFalse();
    }

    private static ServerResponse run(String method, String acceptEncoding, Application application)
            throws IOException, ServletException {
        return run(method, acceptEncoding, new ServerResponse(), application);
    }

    private static ServerResponse run(String method, String acceptEncoding, ServerResponse server, Application application)
            throws IOException, ServletException {
        new CompressionFilter().doFilter(request(method, acceptEncoding), server.response,
                (req, res) -> application.respond((HttpServletResponse) res));
        return server;
    }

    private static HttpServletRequest request(String method, String acceptEncoding) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> "Accept-Encoding".equalsIgnoreCase((String) args[0]) ? acceptEncoding : null;
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    case "toString" -> "request";
                    default -> throw new AssertionError("unexpected call HttpServletRequest." + call.getName());
                });
    }

    private static byte[] gunzip(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What can be read of a gzip body that has been flushed but not ended. */
    private static byte[] gunzipPart(byte[] compressed) {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] buffer = new byte[256];
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (java.io.EOFException endOfWhatWasFlushed) {
            // the trailer is still to come
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.toByteArray();
    }
}
