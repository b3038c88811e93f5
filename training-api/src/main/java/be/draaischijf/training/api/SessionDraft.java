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
 * older version is refused with {@link be.draaischijf.platform.refusal.ChangedMeanwhile}; 0 for a new session).
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
        @NotNull(message = "{training.kind.required}") SessionKind kind,
        @NotBlank(message = "{training.title.required}") @Size(max = 200, message = "{draaischijf.size.max}") String title,
        @Size(max = 4000, message = "{draaischijf.size.max}") String description,
        Set<@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{training.theme.code}") String> themes,
        Set<@Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{draaischijf.sector.unknown}") String> audience,
        UUID organiserId,
        @Size(max = 500, message = "{draaischijf.size.max}") String trainers,
        @Size(max = 300, message = "{draaischijf.size.max}") String venueName,
        @Size(max = 300, message = "{draaischijf.size.max}") String venueAddress,
        @Size(max = 500, message = "{draaischijf.size.max}")
        @Pattern(regexp = "|https?://\\S+", message = "{training.online-link.url}") String onlineLink,
        @NotEmpty(message = "{training.dates.required}") @Size(max = 30, message = "{draaischijf.size.max.days}")
        List<@Valid @NotNull(message = "{training.date.required}") SessionDate> dates,
        @Min(value = 1, message = "{draaischijf.min}") @Max(value = 10000, message = "{draaischijf.max}") int capacity,
        LocalDateTime registrationOpens,
        LocalDateTime registrationCloses,
        int version) implements Serializable {

    public SessionDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        audience = audience == null ? Set.of() : Set.copyOf(audience);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    @AssertTrue(message = "{training.venue.required}")
    public boolean isVenueOrOnline() {
        return venueName != null && !venueName.isBlank() || onlineLink != null && !onlineLink.isBlank();
    }

    @AssertTrue(message = "{training.registration-window}")
    public boolean isRegistrationWindow() {
        return registrationOpens == null || registrationCloses == null || registrationOpens.isBefore(registrationCloses);
    }
}
