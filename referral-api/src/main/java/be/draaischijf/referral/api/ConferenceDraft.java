package be.draaischijf.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A case conference (netwerkoverleg) as planned and later written up. Times are Europe/Brussels. */
public record ConferenceDraft(
        @NotNull(message = "{draaischijf.required}") LocalDateTime heldAt,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 300, message = "{draaischijf.size.max}") String place,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 2000, message = "{draaischijf.size.max}") String purpose,
        @NotNull(message = "{draaischijf.required}") LegalGround legalGround,
        @NotEmpty(message = "{referral.conference.participants.required}") List<@Valid ConferenceParticipant> participants,
        @Size(max = 4000, message = "{draaischijf.size.max}") String agenda,
        @Size(max = 8000, message = "{draaischijf.size.max}") String minutes,
        List<@Valid ConferenceAction> actions) implements Serializable {

    public ConferenceDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
