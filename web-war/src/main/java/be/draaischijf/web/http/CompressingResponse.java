package be.draaischijf.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.zip.GZIPOutputStream;

/**
 * The response as {@link CompressionFilter} hands it on. The first {@value #THRESHOLD} bytes wait here until it is clear
 * whether the body is worth compressing (its type, its size, what the client accepts); then they, and all that follows,
 * go to the server's response, through gzip or as they are. A type that is not compressed, or a client that does not
 * accept gzip, is decided at the first byte, so downloads stream as before. A flush decides at once (compressing when
 * the type and the client allow it), so that what was flushed reaches the client.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

    /** Bodies smaller than this go as they are: gzip's header and trailer would eat most of the gain. */
    static final int THRESHOLD = 1024;

    private enum State { UNDECIDED, PLAIN, GZIP }

    private final boolean acceptsGzip;
    /** An error page after the page itself had begun in gzip: the header is out, so this body is gzip too. */
    private boolean gzipAlready;
    /** The application set a Content-Encoding of its own: its body is left alone. */
    private boolean encodedByApplication;
    private State state = State.UNDECIDED;
    private final ByteArrayOutputStream waiting = new ByteArrayOutputStream(THRESHOLD);
    /** The Content-Length the application set while undecided; passed on only when the body goes as it is. */
    private long contentLength = -1;
    private OutputStream server;
    private GZIPOutputStream gzip;
    private boolean finishing;
    private boolean finished;
    /** sendError or sendRedirect: the server writes that body (an error page passes through the filter again). */
    private boolean handedBack;

    private final Body body = new Body();
    private BodyWriter bodyWriter;
    private PrintWriter writer;
    private boolean streamUsed;
    /** The writer's character encoding is fixed (from getWriter() until a reset), as the server keeps it. */
    private boolean charsetFixed;

    CompressingResponse(HttpServletResponse response, boolean acceptsGzip) {
        super(response);
        this.acceptsGzip = acceptsGzip;
        this.gzipAlready = "gzip".equalsIgnoreCase(response.getHeader("Content-Encoding"));
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        streamUsed = true;
        return body;
    }

    @Override
    public PrintWriter getWriter() {
        if (streamUsed) {
            throw new IllegalStateException("getOutputStream() has already been called for this response");
        }
        if (writer == null) {
            bodyWriter = new BodyWriter(fixCharset());
            writer = new PrintWriter(bodyWriter);
        }
        return writer;
    }

    /**
     * As the server does for its writer: the encoding set so far (ISO-8859-1 when none was) holds from now on, and
     * shows in the Content-Type.
     */
    private Charset fixCharset() {
        String encoding = getCharacterEncoding();
        super.setCharacterEncoding(encoding);
        charsetFixed = true;
        return Charset.forName(encoding);
    }

    @Override
    public void setContentType(String type) {
        if (charsetFixed && type != null && type.indexOf(';') >= 0) {
            super.setContentType(type.substring(0, type.indexOf(';')).trim());
            return;
        }
        super.setContentType(type);
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!charsetFixed) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        switch (state) {
            case PLAIN -> super.setContentLengthLong(length);
            case UNDECIDED -> contentLength = length;
            case GZIP -> {
                // the compressed length is not known beforehand: the server sends the body chunked or counts it
            }
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!intercepted(name, value)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!intercepted(name, value)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!intercepted(name, Integer.toString(value))) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!intercepted(name, Integer.toString(value))) {
            super.addIntHeader(name, value);
        }
    }

    /**
     * Content-Length waits for the decision; an application's own Content-Encoding means its body is left alone;
     * X-Powered-By is never sent (Mojarra adds it when {@code com.sun.faces.sendPoweredByHeader} is on).
     */
    private boolean intercepted(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            if (value != null) {
                try {
                    setContentLengthLong(Long.parseLong(value.trim()));
                } catch (NumberFormatException notALength) {
                    // not a length: not sent, as the server would not send it either
                }
            }
            return true;
        }
        if ("Content-Encoding".equalsIgnoreCase(name)) {
            encodedByApplication = true;
            return false;
        }
        return "X-Powered-By".equalsIgnoreCase(name);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        handBack();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        handBack();
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        handBack();
        super.sendRedirect(location);
    }

    private void handBack() {
        if (!isCommitted()) {
            handedBack = true;
            waiting.reset();
        }
    }

    @Override
    public void reset() {
        super.reset(); // throws IllegalStateException once committed, and then nothing here changes
        state = State.UNDECIDED;
        waiting.reset();
        gzip = null;
        contentLength = -1;
        encodedByApplication = false;
        gzipAlready = false;
        charsetFixed = false; // the server forgets the encoding too; the writer takes the one set next
        if (bodyWriter != null) {
            bodyWriter.discard();
            bodyWriter.charset = null;
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        waiting.reset();
        // what gzip had written is gone with the server's buffer; the header says gzip, so a new gzip stream follows
        gzip = null;
        if (bodyWriter != null) {
            bodyWriter.discard();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (bodyWriter != null) {
            bodyWriter.flush();
        }
        body.flush();
        super.flushBuffer();
    }

    /**
     * The end of the body: what still waits is decided on with its size known and written, and gzip's trailer follows.
     * Called by the filter when the chain returns, and when the application closes the stream or writer; once only.
     */
    void finish() throws IOException {
        if (finished || handedBack) {
            return;
        }
        finishing = true;
        try {
            if (bodyWriter != null) {
                bodyWriter.flush(); // the characters still in the encoder, without deciding early (finishing)
            }
            if (state == State.UNDECIDED) {
                decide(true);
            }
            if (state == State.GZIP) {
                ((GZIPOutputStream) sink()).finish();
            }
        } finally {
            finishing = false;
            finished = true;
        }
    }

    private void close() throws IOException {
        finish();
        if (server != null && !handedBack) {
            server.close();
        }
    }

    private boolean mayCompress() {
        return gzipAlready || acceptsGzip && !encodedByApplication && CompressionFilter.compressible(getContentType())
                && bodyAllowed(getStatus());
    }

    /** A status whose body may be compressed: not 1xx, 204 or 304 (no body), nor 206 (its ranges count plain bytes). */
    private static boolean bodyAllowed(int status) {
        return status >= 200 && status != HttpServletResponse.SC_NO_CONTENT && status != HttpServletResponse.SC_PARTIAL_CONTENT
                && status != HttpServletResponse.SC_NOT_MODIFIED;
    }

    /** Plain or gzip, for good; {@code complete}: all of the body is waiting here, so its size is known. */
    private void decide(boolean complete) throws IOException {
        if (gzipAlready) {
            state = State.GZIP;
        } else {
            boolean compressible = CompressionFilter.compressible(getContentType()) && bodyAllowed(getStatus());
            if (compressible) {
                varyOnAcceptEncoding();
            }
            boolean worthIt = !complete || waiting.size() >= THRESHOLD;
            if (compressible && acceptsGzip && !encodedByApplication && worthIt) {
                super.setHeader("Content-Encoding", "gzip");
                state = State.GZIP;
            } else {
                state = State.PLAIN;
                if (contentLength >= 0) {
                    super.setContentLengthLong(contentLength);
                }
            }
        }
        if (waiting.size() > 0) {
            waiting.writeTo(sink());
            waiting.reset();
        }
    }

    private void varyOnAcceptEncoding() {
        for (String value : getHeaders("Vary")) {
            for (String field : value.split(",")) {
                if (field.trim().equalsIgnoreCase("Accept-Encoding") || field.trim().equals("*")) {
                    return;
                }
            }
        }
        super.addHeader("Vary", "Accept-Encoding");
    }

    private OutputStream sink() throws IOException {
        if (server == null) {
            server = super.getOutputStream();
        }
        if (state == State.GZIP) {
            if (gzip == null) {
                gzip = new GZIPOutputStream(server, 8192, true); // true: a flush sends what was compressed so far
            }
            return gzip;
        }
        return server;
    }

    /** The body as the application writes it. */
    private final class Body extends ServletOutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (handedBack || finished || length == 0) {
                return;
            }
            if (state == State.UNDECIDED) {
                if (mayCompress() && waiting.size() + length < THRESHOLD) {
                    waiting.write(bytes, offset, length);
                    return;
                }
                decide(false);
            }
            sink().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (handedBack || finished || finishing) {
                return;
            }
            if (state == State.UNDECIDED) {
                if (waiting.size() == 0) {
                    return;
                }
                decide(false);
            }
            sink().flush();
        }

        @Override
        public void close() throws IOException {
            CompressingResponse.this.close();
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("non-blocking output is not offered through the compression filter");
        }
    }

    /**
     * Characters to the body in the writer's encoding. What the encoder still holds is thrown away with the buffer
     * ({@link #reset}, {@link #resetBuffer}), as the server's own writer does; the writer handed out stays usable.
     */
    private final class BodyWriter extends Writer {

        /** Null after a reset: the encoding set by then is taken at the next character written. */
        private Charset charset;
        private Writer encoder;

        BodyWriter(Charset charset) {
            this.charset = charset;
        }

        private Writer encoder() {
            if (encoder == null) {
                if (charset == null) {
                    charset = fixCharset();
                }
                encoder = new OutputStreamWriter(body, charset);
            }
            return encoder;
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            encoder().write(characters, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            encoder().write(text, offset, length);
        }

        @Override
        public void write(int character) throws IOException {
            encoder().write(character);
        }

        @Override
        public void flush() throws IOException {
            if (encoder != null) {
                encoder.flush();
            }
        }

        @Override
        public void close() throws IOException {
            CompressingResponse.this.close();
        }

        void discard() {
            encoder = null;
        }
    }
}
