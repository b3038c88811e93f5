package be.draaischijf.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/** The young person an offer is sought for: age, district, problem areas and language. */
public record MatchRequest(
        @NotNull(message = "is verplicht")
        @Min(value = 0, message = "moet tussen 0 en 25 liggen") @Max(value = 25, message = "moet tussen 0 en 25 liggen")
        Integer age,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "is geen gekende code") String district,
        @NotEmpty(message = "kies minstens één probleemgebied") Set<String> problemAreas,
        @Pattern(regexp = "[a-z]{2,3}", message = "is geen taalcode") String language) {

    public MatchRequest {
        problemAreas = problemAreas == null ? Set.of() : Set.copyOf(problemAreas);
    }
}
