package be.draaischijf.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A session as a coordinator creates or edits it, with the version they started from (an edit based on an
 * older version is refused with {@link SessionChangedMeanwhile}; 0 for a new session).
 *
 * <ul>
 * <li>{@code themes}: theme codes (free codes, upper case); {@code audience}: sector codes from the partner
 * module's {@code Sector} list.</li>
 * <li>{@code organiserId}: {@code null} = the network itself, else a partner organisation's id.</li>
 * <li>A venue ({@code venueName}, with {@code venueAddress}) or an {@code onlineLink}, or both.</li>
 * <li>{@code dates}: one or more days in Brussels time; they are kept in chronological order.</li>
 * <li>Registration window in Brussels time: {@code registrationOpens} null = open once published;
 * {@code registrationCloses} null = until the session starts.</li>
 * </ul>
 */
public record SessionDraft(
        @NotNull(message = "kies een soort sessie") SessionKind kind,
        @NotBlank(message = "vul een titel in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String title,
        @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn") String description,
        Set<@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "is geen geldige themacode") String> themes,
        Set<@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "is geen gekende sector") String> audience,
        UUID organiserId,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn") String trainers,
        @Size(max = 300, message = "mag hoogstens 300 tekens lang zijn") String venueName,
        @Size(max = 300, message = "mag hoogstens 300 tekens lang zijn") String venueAddress,
        @Size(max = 500, message = "mag hoogstens 500 tekens lang zijn")
        @Pattern(regexp = "|https?://\\S+", message = "moet een webadres zijn (https://…)") String onlineLink,
        @NotEmpty(message = "kies minstens één datum") @Size(max = 30, message = "mag hoogstens 30 dagen hebben")
        List<@Valid @NotNull(message = "kies een datum") SessionDate> dates,
        @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 10000, message = "mag hoogstens 10000 zijn") int capacity,
        LocalDateTime registrationOpens,
        LocalDateTime registrationCloses,
        int version) implements Serializable {

    public SessionDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        audience = audience == null ? Set.of() : Set.copyOf(audience);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    @AssertTrue(message = "vul een locatie of een onlinelink in")
    public boolean isVenueOrOnline() {
        return venueName != null && !venueName.isBlank() || onlineLink != null && !onlineLink.isBlank();
    }

    @AssertTrue(message = "de inschrijvingen moeten openen vóór ze sluiten")
    public boolean isRegistrationWindow() {
        return registrationOpens == null || registrationCloses == null || registrationOpens.isBefore(registrationCloses);
    }
}
