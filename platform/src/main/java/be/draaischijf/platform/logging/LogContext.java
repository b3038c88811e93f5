package be.draaischijf.platform.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request a thread serves, for its log lines (ADR 0053): the request's id (from the load balancer's
 * {@code X-Request-Id} when it sent a sound one, so that its access log and ours share it; otherwise one of our own)
 * and the id of an unforeseen error once one was logged, which the person who met it is shown (a problem's detail, the
 * error message of a page). The web module begins and ends it around each request; a module reads nothing from it.
 */
public final class LogContext {

    /** The name of the request id's field in a JSON log line, and of the header that carries it. */
    public static final String REQUEST_ID = "requestId";
    /** The name of the error id's field in a JSON log line. */
    public static final String ERROR_ID = "errorId";
    /** The header a load balancer sends the request's id in (nginx: {@code proxy_set_header X-Request-Id $request_id}). */
    public static final String HEADER = "X-Request-Id";

    /**
     * What an id from outside may be: 8 to 64 letters, digits, dots, dashes and underscores. Anything else (a line
     * break to forge a log line, a megabyte) is not taken; the request gets an id of our own instead.
     */
    private static final Pattern SOUND = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private static final ThreadLocal<Ids> CURRENT = new ThreadLocal<>();

    private LogContext() {
    }

    /** Begins a request on this thread: its id is {@code offered} when that is sound, else a new one. Returns the id. */
    public static String begin(String offered) {
        String id = offered != null && SOUND.matcher(offered).matches() ? offered : newId();
        CURRENT.set(new Ids(id));
        return id;
    }

    /** Ends the request on this thread: its lines after this carry no ids (a pooled thread serves others next). */
    public static void end() {
        CURRENT.remove();
    }

    /** The id of the request this thread serves, if it serves one. */
    public static Optional<String> requestId() {
        Ids ids = CURRENT.get();
        return ids == null ? Optional.empty() : Optional.of(ids.request);
    }

    /**
     * A new id for an unforeseen error, to be logged with it and shown to whoever met it; the request's next lines
     * carry it too.
     */
    public static String newErrorId() {
        String id = newId();
        Ids ids = CURRENT.get();
        if (ids != null) {
            ids.error = id;
        }
        return id;
    }

    /** The fields of this thread's request for a log line: its id and the error's id once there is one; empty outside. */
    public static Map<String, String> fields() {
        Ids ids = CURRENT.get();
        if (ids == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(REQUEST_ID, ids.request);
        if (ids.error != null) {
            fields.put(ERROR_ID, ids.error);
        }
        return Map.copyOf(fields);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static final class Ids {
        final String request;
        String error;

        Ids(String request) {
            this.request = request;
        }
    }
}
