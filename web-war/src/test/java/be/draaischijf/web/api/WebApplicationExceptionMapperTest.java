package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP errors become problems without losing what the client needs from the original headers. */
class WebApplicationExceptionMapperTest {

    private final WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    WebApplicationExceptionMapperTest() {
        mapper.uri = Stubs.uri("sessions/6f1c2e0a-0000-4000-8000-000000000001/registrations");
    }

    @Test
    void a401KeepsItsBasicChallengeSoClientsCanLogIn() {
        // as Callers.name throws it
        Response response = mapper.toResponse(new NotAuthorizedException("Basic realm=\"Draaischijf\""));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"Draaischijf\"");
        assertThat(response.getHeaderString("Content-Type")).isEqualTo(Problems.MEDIA_TYPE);
        assertThat(Stubs.problem(response).getString("title")).isEqualTo("Niet ingelogd");
    }

    @Test
    void a405KeepsTheAllowedMethods() {
        Response response = mapper.toResponse(new NotAllowedException("GET", new String[] {"DELETE"}));

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder("GET", "DELETE");
        assertThat(Stubs.problem(response).getString("title")).isEqualTo("Methode niet toegestaan");
    }

    @Test
    void a503KeepsItsRetryAfter() {
        Response response = mapper.toResponse(new ServiceUnavailableException(30L));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
    }

    @Test
    void theOriginalBodysContentTypeGivesWayToTheProblems() {
        Response original = Response.status(404).type("text/html").header("Content-Language", "en")
                .header("Vary", "Accept").entity("<html>not found</html>").build();

        Response response = mapper.toResponse(new WebApplicationException(original));

        assertThat(response.getHeaders().get("Content-Type")).containsExactly(Problems.MEDIA_TYPE);
        assertThat(response.getHeaderString("Content-Language")).isNull();
        assertThat(response.getHeaderString("Vary")).isEqualTo("Accept");
        assertThat(Stubs.problem(response).getInt("status")).isEqualTo(404);
    }

    @Test
    void aMessageOfOurOwnIsTheDetail() {
        Response response = mapper.toResponse(new jakarta.ws.rs.BadRequestException("offset: mag niet negatief zijn"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Stubs.problem(response).getString("detail")).isEqualTo("offset: mag niet negatief zijn");
    }
}
