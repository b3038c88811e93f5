package be.draaischijf.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ids of a request reach the server's handlers with every line the application logs while serving it. */
class LogFieldsTest {

    private final List<LogRecord> written = new ArrayList<>();
    private final Handler server = new Handler() {
        @Override
        public void publish(LogRecord line) {
            written.add(line);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private final Logger module = Logger.getLogger("be.draaischijf.referral.boundary.SomeBean");

    @BeforeEach
    void serverHandlerOnTheRoot() {
        root.addHandler(server);
        LogFields.install();
    }

    @AfterEach
    void removeThem() {
        LogFields.uninstall();
        root.removeHandler(server);
        LogContext.end();
    }

    @Test
    void aLineWrittenWhileServingARequestCarriesTheRequestsIdAndAfterAnErrorTheErrorsId() {
        String request = LogContext.begin("nginx-0123456789abcdef");
        module.log(Level.INFO, "Case {0} referred", "DS-2026-0001");
        String error = LogContext.newErrorId();
        module.log(Level.SEVERE, "Unexpected error " + error, new IllegalStateException("boom"));

        assertThat(request).isEqualTo("nginx-0123456789abcdef");
        assertThat(written).hasSize(2);
        assertThat(written.get(0).getParameters()).containsExactly("DS-2026-0001", Map.of("requestId", request));
        assertThat(new java.util.logging.SimpleFormatter().formatMessage(written.get(0)))
                .as("the other formats still show the message as it was").isEqualTo("Case DS-2026-0001 referred");
        assertThat(written.get(1).getParameters()).containsExactly(Map.of("requestId", request, "errorId", error));
    }

    @Test
    void anIdFromOutsideThatCouldForgeALineIsNotTakenAndOutsideARequestNothingIsAdded() {
        String request = LogContext.begin("abc\n[SEVERE] forged line");
        assertThat(request).matches("[0-9a-f-]{36}");
        assertThat(LogContext.begin("short")).as("too short to be anyone's id").isNotEqualTo("short");
        assertThat(LogContext.begin("x".repeat(65))).hasSize(36);
        LogContext.end();

        module.info("a timer's line");
        assertThat(written).singleElement().satisfies(line -> assertThat(line.getParameters()).isNull());
        assertThat(LogContext.requestId()).isEmpty();
    }

    @Test
    void installingTwiceLeavesOneHandler() {
        LogFields.install();
        assertThat(Logger.getLogger("be.draaischijf").getHandlers())
                .filteredOn(handler -> handler instanceof LogFields).hasSize(1);
    }
}
