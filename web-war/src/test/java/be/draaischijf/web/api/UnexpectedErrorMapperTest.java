package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.SessionBusy;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A registration rush answers "try again in a few seconds" (503), never the 500 of an unforeseen error. */
class UnexpectedErrorMapperTest {

    private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
        // the 500 case logs a stack trace on purpose; keep the build output readable
        Logger.getLogger(UnexpectedErrorMapper.class.getName()).setLevel(Level.OFF);
    }

    UnexpectedErrorMapperTest() {
        mapper.uri = Stubs.uri("sessions/6f1c2e0a-0000-4000-8000-000000000001/registrations");
    }

    @Test
    void sessionBusyIsA503WithRetryAfterFiveSecondsAndADutchProblem() {
        Response response = mapper.toResponse(new SessionBusy("te druk"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        JsonObject problem = Stubs.problem(response);
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("title")).isEqualTo("Even te druk");
        assertThat(problem.getString("detail")).contains("niets bewaard").contains("seconden opnieuw");
        assertThat(problem.getString("instance")).endsWith("/registrations");
    }

    @Test
    void aSessionBusyWrappedByTheContainerIsA503Too() {
        Response response = mapper.toResponse(new EJBException(new SessionBusy("het is nu erg druk")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void anyOtherFailureIsStillA500WithAnIdAndNoRetryAfter() {
        Response response = mapper.toResponse(new EJBException(new PersistenceException("disk full")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(Stubs.problem(response).getString("detail")).containsPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
    }
}
