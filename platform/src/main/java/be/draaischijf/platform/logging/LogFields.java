package be.draaischijf.platform.logging;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the ids of {@link LogContext} on every line the application logs (ADR 0053). A handler on the application's
 * parent logger ({@code be.draaischijf}): the logging framework hands it each of the application's records on the
 * thread that logs, before the server's own handlers (on the root logger) format it. It writes nothing itself; it adds
 * the ids to the record's parameters as a map, which Payara's JSON formatter
 * ({@code fish.payara.enterprise.server.logging.JSONLogFormatter}) writes as fields of the line ({@code "requestId"},
 * {@code "errorId"}); its other formats leave a map that no placeholder asks for out of the message.
 */
public final class LogFields extends Handler {

    /** The logger whose records, and its children's, get the fields: the whole application. */
    static final String APPLICATION = "be.draaischijf";

    /** Held here: the logging framework keeps loggers weakly, and a logger collected would take the handler with it. */
    private static final Logger APPLICATION_LOGGER = Logger.getLogger(APPLICATION);

    private LogFields() {
    }

    /** Puts the fields on the application's lines from now on (at start; again is harmless). Returns the handler. */
    public static synchronized LogFields install() {
        uninstall();
        LogFields handler = new LogFields();
        APPLICATION_LOGGER.addHandler(handler);
        return handler;
    }

    /** Stops it (when the application stops: no handler of an undeployed application stays behind in the server). */
    public static synchronized void uninstall() {
        for (Handler handler : APPLICATION_LOGGER.getHandlers()) {
            // by name: after a redeployment the handler of the earlier deployment has a class of another class loader
            if (handler.getClass().getName().equals(LogFields.class.getName())) {
                APPLICATION_LOGGER.removeHandler(handler);
            }
        }
    }

    @Override
    public void publish(LogRecord line) {
        Map<String, String> fields = LogContext.fields();
        if (fields.isEmpty()) {
            return;
        }
        Object[] parameters = line.getParameters();
        if (parameters == null) {
            line.setParameters(new Object[] {fields});
        } else if (Arrays.stream(parameters).noneMatch(fields::equals)) {
            Object[] more = Arrays.copyOf(parameters, parameters.length + 1);
            more[parameters.length] = fields;
            line.setParameters(more);
        }
    }

    @Override
    public void flush() {
        // writes nothing
    }

    @Override
    public void close() {
        // holds nothing
    }
}
