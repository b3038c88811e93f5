package be.draaischijf.partner.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an editor may change on an offer, with the version they started from (optimistic locking:
 * an edit based on an older version is refused, not silently applied). {@code active} left out (null)
 * keeps an offer active or as it was.
 */
public record OfferDraft(
        @NotBlank(message = "{draaischijf.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String name,
        @NotBlank(message = "{partner.description.required}") @Size(max = 4000, message = "{draaischijf.size.max}") String description,
        @NotNull(message = "{partner.kind.required}") OfferKind kind,
        @Min(value = 0, message = "{draaischijf.age}") @Max(value = 25, message = "{draaischijf.age}") int minimumAge,
        @Min(value = 0, message = "{draaischijf.age}") @Max(value = 25, message = "{draaischijf.age}") int maximumAge,
        @NotNull(message = "{partner.access.required}") Access access,
        boolean cityWide,
        Set<String> districts,
        @NotEmpty(message = "{draaischijf.problem-areas.required}") Set<String> problemAreas,
        @NotEmpty(message = "{partner.languages.required}") Set<String> languages,
        @Min(value = 0, message = "{draaischijf.not-negative}") Integer capacity,
        @Min(value = 0, message = "{draaischijf.not-negative}") @Max(value = 260, message = "{draaischijf.max.weeks}") Integer waitingWeeks,
        @Size(max = 2000, message = "{draaischijf.size.max}") String howToApply,
        @Size(max = 300, message = "{draaischijf.size.max}") String cost,
        Boolean active,
        int version) {

    public OfferDraft {
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        problemAreas = problemAreas == null ? Set.of() : Set.copyOf(problemAreas);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    @AssertTrue(message = "{partner.offer.age-range}")
    public boolean isAgeRange() {
        return minimumAge <= maximumAge;
    }

    @AssertTrue(message = "{partner.districts.required}")
    public boolean isArea() {
        return cityWide || !districts.isEmpty();
    }
}
