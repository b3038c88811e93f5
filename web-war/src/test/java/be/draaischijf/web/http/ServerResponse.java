package be.draaischijf.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The server's response, as far as the compression filter uses it: headers, status, the bytes sent, commit. */
final class ServerResponse implements InvocationHandler {

    final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, this);
    String contentType;
    String encoding;
    int status = 200;
    long contentLength = -1;
    boolean committed;
    boolean closed;

    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
            sent.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            sent.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            committed = true;
        }

        @Override
        public void close() {
            committed = true;
            closed = true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    };

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    byte[] body() {
        return sent.toByteArray();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        switch (name) {
            case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
            case "addHeader" -> headers.computeIfAbsent((String) args[0], key -> new ArrayList<>()).add((String) args[1]);
            case "setIntHeader" -> headers.put((String) args[0], new ArrayList<>(List.of(args[1].toString())));
            case "addIntHeader" -> headers.computeIfAbsent((String) args[0], key -> new ArrayList<>()).add(args[1].toString());
            case "getHeader" -> {
                return header((String) args[0]);
            }
            case "getHeaders" -> {
                return new ArrayList<>(headers((String) args[0]));
            }
            case "containsHeader" -> {
                return headers.containsKey((String) args[0]);
            }
            case "setContentLength" -> contentLength = (Integer) args[0];
            case "setContentLengthLong" -> contentLength = (Long) args[0];
            case "setContentType" -> contentType = (String) args[0];
            case "getContentType" -> {
                return contentType == null || encoding == null || contentType.contains("charset")
                        ? contentType : contentType + ";charset=" + encoding;
            }
            case "setCharacterEncoding" -> encoding = (String) args[0];
            case "getCharacterEncoding" -> {
                if (contentType != null && contentType.contains("charset=")) {
                    return contentType.substring(contentType.indexOf("charset=") + "charset=".length()).trim();
                }
                return encoding == null ? "ISO-8859-1" : encoding;
            }
            case "getStatus" -> {
                return status;
            }
            case "setStatus" -> status = (Integer) args[0];
            case "getOutputStream" -> {
                return stream;
            }
            case "isCommitted" -> {
                return committed;
            }
            case "reset" -> {
                requireNotCommitted();
                headers.clear();
                sent.reset();
                contentType = null;
                encoding = null;
                status = 200;
                contentLength = -1;
            }
            case "resetBuffer" -> {
                requireNotCommitted();
                sent.reset();
            }
            case "flushBuffer" -> committed = true;
            case "sendError" -> {
                requireNotCommitted();
                sent.reset();
                status = (Integer) args[0];
            }
            case "sendRedirect" -> {
                requireNotCommitted();
                sent.reset();
                status = 302;
                headers.put("Location", new ArrayList<>(List.of((String) args[0])));
            }
            case "getBufferSize" -> {
                return 8192;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "toString" -> {
                return "server response";
            }
            default -> throw new AssertionError("unexpected call HttpServletResponse." + name);
        }
        return null;
    }

    private void requireNotCommitted() {
        if (committed) {
            throw new IllegalStateException("committed");
        }
    }
}
