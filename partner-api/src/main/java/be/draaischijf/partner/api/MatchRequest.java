package be.draaischijf.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/** The young person an offer is sought for: age, district, problem areas and language. */
public record MatchRequest(
        @NotNull(message = "{draaischijf.required}")
        @Min(value = 0, message = "{draaischijf.age}") @Max(value = 25, message = "{draaischijf.age}")
        Integer age,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String district,
        @NotEmpty(message = "{draaischijf.problem-areas.required}") Set<String> problemAreas,
        @Pattern(regexp = "[a-z]{2,3}", message = "{draaischijf.language-code}") String language) {

    public MatchRequest {
        problemAreas = problemAreas == null ? Set.of() : Set.copyOf(problemAreas);
    }
}
