package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.RegistrationStatus;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the answers the API really writes. */
class TrainingSchemasTest {

    @Test
    void theDocumentedRegistrationResultHasTheModulesFields() {
        assertThat(names(TrainingSchemas.RegistrationResult.class))
                .containsExactly(names(be.draaischijf.training.api.RegistrationResult.class));
    }

    @Test
    void theDocumentedStatusesAreThoseARegistrationCanGet() throws NoSuchMethodException {
        Schema status = TrainingSchemas.RegistrationResult.class.getDeclaredMethod("status").getAnnotation(Schema.class);
        // a new registration is CONFIRMED or WAITLISTED; a retry with its Idempotency-Key says how it is now (ADR 0049)
        assertThat(status.enumeration()).containsExactly(RegistrationStatus.CONFIRMED.name(),
                RegistrationStatus.WAITLISTED.name(), RegistrationStatus.CANCELLED.name());
        Schema outcome = TrainingSchemas.CancelResult.class.getDeclaredMethod("outcome").getAnnotation(Schema.class);
        assertThat(outcome.enumeration()).containsExactlyInAnyOrder(
                Arrays.stream(CancelOutcome.values()).map(Enum::name).toArray(String[]::new));
    }

    private static String[] names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }
}
