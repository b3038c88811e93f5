package be.draaischijf.network.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A theme meeting as planned and later written up, so that a trend becomes joint action: the theme (a code of the list
 * of signal themes), the day and its hours (Europe/Brussels), the place, the partner organisations invited (by id, from
 * several sectors), the agenda, the minutes and the actions agreed.
 */
public record MeetingDraft(
        @NotBlank(message = "{network.meeting.theme.required}")
        @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String theme,
        @NotNull(message = "{network.meeting.day.required}") LocalDate day,
        @NotNull(message = "{network.meeting.starts-at.required}") LocalTime startsAt,
        @NotNull(message = "{network.meeting.ends-at.required}") LocalTime endsAt,
        @NotBlank(message = "{network.meeting.place.required}") @Size(max = 300, message = "{draaischijf.size.max}") String place,
        @NotEmpty(message = "{network.meeting.partners.required}") @Size(max = 50, message = "{network.meeting.partners.size}")
        List<UUID> partners,
        @Size(max = 4000, message = "{draaischijf.size.max}") String agenda,
        @Size(max = 8000, message = "{draaischijf.size.max}") String minutes,
        @Size(max = 50, message = "{network.meeting.actions.size}") List<@Valid MeetingAction> actions) implements Serializable {

    public MeetingDraft {
        partners = partners == null ? List.of() : partners.stream().filter(Objects::nonNull).distinct().toList();
        actions = actions == null ? List.of() : actions.stream().filter(Objects::nonNull).toList();
    }

    /** The meeting ends after it starts. */
    @AssertTrue(message = "{network.meeting.end-after-start}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
