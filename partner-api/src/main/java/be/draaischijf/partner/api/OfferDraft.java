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
        @NotBlank(message = "vul een naam in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String name,
        @NotBlank(message = "vul een beschrijving in") @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn") String description,
        @NotNull(message = "kies een soort aanbod") OfferKind kind,
        @Min(value = 0, message = "moet tussen 0 en 25 liggen") @Max(value = 25, message = "moet tussen 0 en 25 liggen") int minimumAge,
        @Min(value = 0, message = "moet tussen 0 en 25 liggen") @Max(value = 25, message = "moet tussen 0 en 25 liggen") int maximumAge,
        @NotNull(message = "kies hoe jongeren toegang krijgen") Access access,
        boolean cityWide,
        Set<String> districts,
        @NotEmpty(message = "kies minstens één probleemgebied") Set<String> problemAreas,
        @NotEmpty(message = "kies minstens één taal") Set<String> languages,
        @Min(value = 0, message = "mag niet negatief zijn") Integer capacity,
        @Min(value = 0, message = "mag niet negatief zijn") @Max(value = 260, message = "mag hoogstens 260 weken zijn") Integer waitingWeeks,
        @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn") String howToApply,
        @Size(max = 300, message = "mag hoogstens 300 tekens lang zijn") String cost,
        Boolean active,
        int version) {

    public OfferDraft {
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        problemAreas = problemAreas == null ? Set.of() : Set.copyOf(problemAreas);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    @AssertTrue(message = "de maximumleeftijd mag niet lager zijn dan de minimumleeftijd")
    public boolean isAgeRange() {
        return minimumAge <= maximumAge;
    }

    @AssertTrue(message = "kies minstens één wijk, of stadsbreed")
    public boolean isArea() {
        return cityWide || !districts.isEmpty();
    }
}
