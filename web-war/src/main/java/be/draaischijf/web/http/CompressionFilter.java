package be.draaischijf.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Compresses text responses with gzip when the client accepts it: pages, JSF's partial (Ajax) responses, style
 * sheets, scripts, JSON and XML. Done here, not in the server's listener ({@code compression} on a Payara
 * http-listener), because city IT deploys the EAR to a Payara of its own (ADR 0034).
 *
 * <ul>
 *     <li>Only those types; images, PDF, XLSX, ZIP, CSV and iCalendar downloads pass untouched, as they are written.
 *     <li>A response of less than {@value CompressingResponse#THRESHOLD} bytes is not worth it and passes as it is.
 *     <li>Every response of a compressible type says {@code Vary: Accept-Encoding}.
 *     <li>A HEAD request, a response without a body (204, 304) and a part of one (206) are left alone; the
 *     {@code Content-Length} the application set is kept for what is not compressed and dropped for what is.
 *     <li>An error page shown after compression had begun is compressed too (the header is already out).
 * </ul>
 *
 * Brotli is not offered: Java has no encoder for it without a native library.
 */
@WebFilter(filterName = "CompressionFilter") // mapped in web.xml (first, REQUEST and ERROR), where the order is set
public class CompressionFilter extends HttpFilter {

    /** The media types worth compressing, besides every {@code +json} and {@code +xml} type. */
    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/plain", "text/xml",
            "text/javascript", "application/javascript", "application/x-javascript", "application/ecmascript",
            "application/json", "application/xml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("HEAD".equals(request.getMethod())) {
            // Faces renders a HEAD request as a GET and the server sends what it wrote: headers only, as HTTP says
            chain.doFilter(request, new HeadersOnly(response));
            return;
        }
        if (response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        CompressingResponse compressing = new CompressingResponse(response, acceptsGzip(request.getHeader("Accept-Encoding")));
        chain.doFilter(request, compressing);
        // not in a finally: after an exception the server resets the buffer and shows the error page (ERROR dispatch)
        compressing.finish();
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip: named with a quality above 0, or through {@code *}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean wanted = quality(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = wanted;
            } else if (coding.equals("*")) {
                any = wanted;
            }
        }
        return gzip != null ? gzip : any;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Whether a response of this content type (with or without parameters) is worth compressing. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type) || type.endsWith("+json") || type.endsWith("+xml");
    }

    /** A response to a HEAD request: the headers as the page sets them, the body written nowhere. */
    static final class HeadersOnly extends jakarta.servlet.http.HttpServletResponseWrapper {

        private final jakarta.servlet.ServletOutputStream nowhere = new jakarta.servlet.ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
                // nothing is written, so nothing waits
            }

            @Override
            public void write(int b) {
                // a HEAD answer has no body
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                // a HEAD answer has no body
            }
        };

        private java.io.PrintWriter writer;

        HeadersOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() {
            return nowhere;
        }

        @Override
        public java.io.PrintWriter getWriter() {
            if (writer == null) {
                writer = new java.io.PrintWriter(java.io.Writer.nullWriter());
            }
            return writer;
        }
    }
}
