package be.draaischijf.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** A case conference (netwerkoverleg) as planned and later written up. Times are Europe/Brussels. */
public record ConferenceDraft(
        @NotNull(message = "is verplicht") LocalDateTime heldAt,
        @NotBlank(message = "is verplicht") @Size(max = 300, message = "mag hoogstens 300 tekens hebben") String place,
        @NotBlank(message = "is verplicht") @Size(max = 2000, message = "mag hoogstens 2000 tekens hebben") String purpose,
        @NotNull(message = "is verplicht") LegalGround legalGround,
        @NotEmpty(message = "nodig minstens één deelnemer uit") List<@Valid ConferenceParticipant> participants,
        @Size(max = 4000, message = "mag hoogstens 4000 tekens hebben") String agenda,
        @Size(max = 8000, message = "mag hoogstens 8000 tekens hebben") String minutes,
        List<@Valid ConferenceAction> actions) {

    public ConferenceDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
