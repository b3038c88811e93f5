package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API while the database cannot be reached (ADR 0050): a 503 problem with Retry-After in the caller's language,
 * without the error id of an unexpected error, since there is nothing to report.
 */
class DatabaseOutageProblemTest {

    private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
        Logger.getLogger(UnexpectedErrorMapper.class.getName()).setLevel(Level.OFF);
    }

    DatabaseOutageProblemTest() {
        mapper.uri = Stubs.uri("sessions");
    }

    @Test
    void aRequestWhoseDatabaseIsAwayIsA503ProblemWithRetryAfterInDutch() {
        Response response = mapper.toResponse(databaseAway());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
        JsonObject problem = Stubs.problem(response);
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("title")).isEqualTo("Tijdelijk niet beschikbaar");
        assertThat(problem.getString("detail")).isEqualTo("De databank is even niet bereikbaar. Probeer het over 5 seconden"
                + " opnieuw.");
        assertThat(problem.getString("instance")).isEqualTo("sessions");
    }

    @Test
    void theSameInEnglishForACallerWhoAsksForEnglish() {
        mapper.headers = Stubs.stub(HttpHeaders.class, Map.of("getAcceptableLanguages",
                args -> List.of(Locale.forLanguageTag("en-GB"))));

        JsonObject problem = Stubs.problem(mapper.toResponse(databaseAway()));

        assertThat(problem.getString("title")).isEqualTo("Temporarily unavailable");
        assertThat(problem.getString("detail")).isEqualTo("The database cannot be reached right now. Please try again in 5"
                + " seconds.");
    }

    @Test
    void aBrokenQueryIsStillA500WithAnIdAndNoRetryAfter() {
        Response response = mapper.toResponse(new EJBException(new PersistenceException(
                new SQLException("syntax error at or near \"form\"", "42601"))));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }

    /** A list of sessions as it fails when PostgreSQL was stopped: the EJB container around JPA around the pool. */
    private static Exception databaseAway() {
        return new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated because:"
                        + " Connection to 127.0.0.1:5432 refused.", "08001")));
    }
}
