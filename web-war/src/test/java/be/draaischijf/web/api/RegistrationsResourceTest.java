package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A self-service link that cannot be a token is an invalid link (404), whatever is sent. */
class RegistrationsResourceTest {

    private final RegistrationsResource resource = new RegistrationsResource();

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    RegistrationsResourceTest() {
        resource.registrations = Stubs.stub(SessionRegistrations.class, Map.of(
                "findByToken", args -> Optional.empty(),
                "cancel", args -> CancelOutcome.CANCELLED));
    }

    @Test
    void aTokenLongerThanAnyLinkIsAnInvalidLinkNotAValidationError() {
        String huge = "a".repeat(10_000);

        assertThatThrownBy(() -> resource.find(huge)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> resource.cancel(huge)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> resource.cancel("   ")).isInstanceOf(NotFound.class);

        RefusalMapper mapper = new RefusalMapper();
        mapper.uri = Stubs.uri("registrations/" + huge);
        Response response = mapper.toResponse(new NotFound("training.link.unknown"));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(Stubs.problem(response).getString("detail")).startsWith("Deze link is niet (meer) geldig.");
    }

    @Test
    void anUnknownTokenIsA404AndAKnownOneIsCancelled() {
        assertThatThrownBy(() -> resource.find("q0V2gk9yZ1b3aW5nLXNpZ25hbGVuLXZhbi1zY2hvb2w"))
                .isInstanceOf(NotFound.class);
        assertThat(resource.cancel("q0V2gk9yZ1b3aW5nLXNpZ25hbGVuLXZhbi1zY2hvb2w").getString("outcome"))
                .isEqualTo("CANCELLED");
    }
}
